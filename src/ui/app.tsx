import { useApp, useInput } from "ink";
import { useEffect, useReducer, useRef } from "react";
import type { Language } from "../core/facts/model.js";
import { generateQuestions } from "../core/generate/index.js";
import type { InterruptedQuiz } from "../core/quiz/interrupted.js";
import { applyAndRecord, unflagged } from "../core/quiz/record.js";
import { quizResults } from "../core/quiz/results.js";
import type { QuizAction, QuizSession } from "../core/quiz/session.js";
import { scoreText } from "../core/quiz/transcript.js";
import { localMinute } from "../io/local-time.js";
import type { PackSummary } from "../io/pack-summaries.js";
import type { LoadedPack } from "../io/packs.js";
import { type PlayOptions, setUpQuiz } from "../play/setup.js";
import { type AppState, appReducer } from "./app-state.js";
import type { Command } from "./keys.js";
import { HomeScreen } from "./screens/home/home-screen.js";
import { HelpScreen } from "./screens/overlays/help-screen.js";
import { SearchScreen } from "./screens/overlays/search-screen.js";
import { PackScreen } from "./screens/pack/pack-screen.js";
import { QuizScreen } from "./screens/question/quiz-screen.js";
import { ResultsScreen } from "./screens/results/results-screen.js";
import { ResumeScreen } from "./screens/resume/resume-screen.js";
import type { Theme } from "./theme.js";
import { UiProvider } from "./ui-context.js";
import { tu } from "./ui-strings.js";
import { type ProgressSource, useAppProgress, useHomeStats } from "./use-progress.js";
import { useResumeOffer } from "./use-resume-offer.js";
import { useTerminalSize } from "./use-terminal-size.js";

/** Everything the app needs from outside; tests pass their own. */
export interface AppProps {
  /** The packs for the home screen. */
  packs: PackSummary[];
  /** Reads a pack by id or path (the parser is loaded on first use); rejects when it cannot. */
  load: (ref: string) => Promise<LoadedPack>;
  /** The pack a quiz starts on, already read (`play`). */
  initial?: LoadedPack;
  /** The progress store, or its opening: the home screen paints before the store is loaded. */
  progress: ProgressSource;
  now: () => number;
  options: PlayOptions;
  /** The pack selected on the home screen. */
  packRef: string;
  /** The locale's language, for the home screen when --lang is not given. */
  localeLang?: Language;
  theme: Theme;
  /** The session to play instead of a new one on `initial` (`play --resume`). */
  initialSession?: QuizSession;
  /** Told of the quiz in progress at each change (undefined once it ended), to save it on the way out. */
  onQuiz?: (quiz: QuizInProgress | undefined) => void;
  /** Told the line to print once the terminal is back, on the way out. */
  onLeave?: (line: string) => void;
}

const HELP: Record<"home" | "pack" | "quiz" | "results", Command[]> = {
  home: ["up", "down", "confirm", "erase", "help", "back"],
  pack: [
    "left",
    "right",
    "nextTab",
    "up",
    "down",
    "pageUp",
    "count",
    "difficulty",
    "certainty",
    "confirm",
    "search",
    "help",
    "back",
  ],
  quiz: ["up", "down", "left", "right", "toggle", "confirm", "skip", "flag", "help", "back"],
  results: ["retry", "up", "down", "search", "help", "back"],
};

/** A quiz being played, as it would be saved if the reader left now. */
export type QuizInProgress = Omit<InterruptedQuiz, "savedAt">;

/** The full-screen app: home, pack, quiz, results, with help and search over them. */
export function App(props: AppProps) {
  const { exit } = useApp();
  const size = useTerminalSize();
  const progress = useAppProgress(props.progress);
  const [state, dispatch] = useReducer(appReducer, undefined, (): AppState => {
    const loaded = props.initial;
    if (!loaded) return { route: { screen: "home" }, overlay: null };
    const session = props.initialSession ?? newSession(loaded, {});
    const quizLang = props.options.lang ?? loaded.pack.language;
    return { route: { screen: "quiz", loaded, session, lang: quizLang }, overlay: null };
  });
  const lastLeave = useRef<string | undefined>(undefined);
  const stats = useHomeStats(progress, props.packs, props.now, state.route.screen === "home");

  function newSession(loaded: LoadedPack, choice: PlayOptions): QuizSession {
    return setUpQuiz(loaded, { ...props.options, ...choice }, progress.current(), props.now())
      .session;
  }
  const route = state.route;
  // The home screen speaks the locale's language; a quiz, that of its questions; a pack, its own.
  const lang: Language =
    props.options.lang ??
    (route.screen === "home"
      ? (props.localeLang ?? "en")
      : route.screen === "quiz"
        ? route.lang
        : route.loaded.pack.language);

  const leave = () => {
    if (lastLeave.current) props.onLeave?.(lastLeave.current);
    exit();
  };
  // Each change of the quiz in progress is told, so that leaving at any moment can save it.
  const report = (loaded: LoadedPack, session: QuizSession, quizLang: Language) =>
    props.onQuiz?.(
      session.phase === "done"
        ? undefined
        : { session, packFile: loaded.file, title: loaded.pack.title, lang: quizLang },
    );
  const startQuizOn = (
    loaded: LoadedPack,
    session: QuizSession,
    quizLang: Language = props.options.lang ?? loaded.pack.language,
  ) => {
    report(loaded, session, quizLang);
    dispatch({ type: "quiz", loaded, session, lang: quizLang });
  };
  const offer = useResumeOffer({
    progress,
    pack: props.initial?.pack.id,
    off: props.initialSession !== undefined,
    load: props.load,
    now: props.now,
    start: startQuizOn,
  });
  // The quiz a command line starts is in progress from its first question.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, for the first route
  useEffect(() => {
    const first = state.route;
    if (first.screen === "quiz") report(first.loaded, first.session, first.lang);
  }, []);

  const quizAction = (session: QuizSession, action: QuizAction) => {
    const next = applyAndRecord(session, action, progress.current());
    if (next.phase === "done" && session.phase !== "done" && route.screen === "quiz") {
      const score = scoreText(quizResults(next), lang);
      lastLeave.current = tu(lang, "leave.summary", {
        title: route.loaded.pack.title,
        score,
        seed: next.seed,
      });
    }
    if (route.screen === "quiz") report(route.loaded, next, route.lang);
    dispatch({ type: "session", session: next });
  };

  useInput((input, key) => {
    if (key.ctrl && input === "c") leave();
  });

  const help = () => dispatch({ type: "overlay", overlay: "help" });
  const closeOverlay = () => dispatch({ type: "overlay", overlay: null });
  const active = state.overlay === null && offer.quiz === undefined;
  let screen: React.ReactNode;
  if (route.screen === "home") {
    screen = (
      <HomeScreen
        packs={props.packs}
        selected={props.packRef}
        stats={stats}
        size={size}
        isActive={active}
        open={(pack) => {
          // A pack that broke since it was listed stays on the home screen. The pack screen
          // reads the store (flagged questions, settings): it opens once the store is open.
          Promise.all([props.load(pack.file), progress.ready]).then(
            ([loaded]) => dispatch({ type: "pack", loaded }),
            () => undefined,
          );
        }}
        quit={leave}
        help={help}
      />
    );
  } else if (route.screen === "pack") {
    const { loaded } = route;
    const flagged = progress.current().flaggedQuestions(loaded.pack.id, loaded.hash);
    const available = unflagged(generateQuestions(loaded.pack, { seed: 0 }), flagged).length;
    screen = (
      <PackScreen
        pack={loaded.pack}
        available={available}
        certainty={props.options.certainty ?? progress.current().settings().certainty}
        saveCertainty={(certainty) => {
          // A setting: kept for the next quiz and the next run, unless --certainty chose it.
          if (props.options.certainty !== undefined) return;
          const store = progress.current();
          store.saveSettings({ ...store.settings(), certainty });
        }}
        size={size}
        isActive={active}
        start={(choice) => startQuizOn(loaded, newSession(loaded, choice))}
        back={() => (props.initial ? leave() : dispatch({ type: "home" }))}
        help={help}
        search={() => dispatch({ type: "overlay", overlay: "search" })}
      />
    );
  } else {
    const { loaded, session } = route;
    const ctx = { lang, sources: new Map(loaded.pack.sources.map((s) => [s.id, s])) };
    screen =
      session.phase === "done" ? (
        <ResultsScreen
          session={session}
          ctx={ctx}
          title={loaded.pack.title}
          size={size}
          isActive={active}
          retry={() => quizAction(session, { type: "retry", now: props.now() })}
          back={() => dispatch({ type: "pack", loaded })}
          help={help}
          search={() => dispatch({ type: "overlay", overlay: "search" })}
        />
      ) : (
        <QuizScreen
          session={session}
          ctx={ctx}
          title={loaded.pack.title}
          size={size}
          isActive={active}
          answer={(response, certainty) =>
            quizAction(session, { type: "answer", response, certainty, now: props.now() })
          }
          act={(type) => quizAction(session, { type, now: props.now() })}
          flag={(reason) => quizAction(session, { type: "flag", reason, now: props.now() })}
          finish={() => quizAction(session, { type: "finish", now: props.now() })}
          help={help}
        />
      );
  }
  const screenName =
    route.screen === "quiz" && route.session.phase === "done" ? "results" : route.screen;
  return (
    <UiProvider value={{ lang, theme: props.theme }}>
      {offer.quiz ? (
        <ResumeScreen
          quiz={offer.quiz}
          minuteOf={(at) => localMinute(new Date(at))}
          problem={offer.problem ? tu(lang, "resume.changed") : undefined}
          size={size}
          isActive={state.overlay === null}
          choose={offer.choose}
          later={offer.later}
        />
      ) : state.overlay === "help" ? (
        <HelpScreen commands={HELP[screenName]} size={size} close={closeOverlay} />
      ) : state.overlay === "search" && route.screen !== "home" ? (
        <SearchScreen
          pack={route.loaded.pack}
          questions={generateQuestions(route.loaded.pack, { seed: 0, lang })}
          size={size}
          close={closeOverlay}
        />
      ) : (
        screen
      )}
    </UiProvider>
  );
}
