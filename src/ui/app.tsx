import { useApp } from "ink";
import { useEffect, useReducer, useRef, useState } from "react";
import type { Language } from "../core/facts/model.js";
import { msg } from "../core/i18n/msg.js";
import type { QuizAction, QuizSession } from "../core/quiz/session.js";
import type { PlayOptions } from "../core/quiz/setup.js";
import type { LoadedPack } from "../io/packs.js";
import { localMinute } from "../run/local-time.js";
import type { AppProps, QuizPart } from "./app-props.js";
import { type AppState, appReducer, packPlace, type QuizPlace } from "./app-state.js";
import { isInterrupt, type KeymapName } from "./keys.js";
import { HomeScreen } from "./screens/home/home-screen.js";
import { HelpScreen } from "./screens/overlays/help-screen.js";
import { SearchOverlay } from "./screens/overlays/search-overlay.js";
import { ResumeScreen } from "./screens/resume/resume-screen.js";
import { UiProvider } from "./ui-context.js";
import { KeysProvider, useKeyRouter, useKeys } from "./use-keys.js";
import { useAppProgress, useHomeStats } from "./use-progress.js";
import { useResumeOffer } from "./use-resume-offer.js";
import { TooSmall, useTerminalSize } from "./use-terminal-size.js";

export type { AppProps, Leaving, QuizInProgress, QuizPart, ReviewStart } from "./app-props.js";

/** The quiz's code and screens, loaded when first needed (see quiz-part.ts). */
export const loadQuizPart = (): Promise<QuizPart> => import("./quiz-part.js");

/** The full-screen app: home, pack, quiz, results, with help and search over them. */
export function App(props: AppProps) {
  const { exit } = useApp();
  const router = useKeyRouter();
  const size = useTerminalSize();
  const progress = useAppProgress(props.progress);
  const lang: Language = props.lang ?? "en";
  // The quiz's code: given when the app opens on a quiz, else loaded with the first pack opened.
  const [quiz, setQuiz] = useState<QuizPart | undefined>(props.quiz);
  const quizLoaded = useRef(props.quiz);
  const withQuiz = async (): Promise<QuizPart> => {
    if (!quizLoaded.current) {
      quizLoaded.current = await loadQuizPart();
      setQuiz(quizLoaded.current);
    }
    return quizLoaded.current;
  };
  /** A pack read, and the quiz's code ready for it. */
  const loadForQuiz = (ref: string) =>
    Promise.all([props.load(ref), withQuiz()]).then(([loaded]) => loaded);
  const [state, dispatch] = useReducer(appReducer, undefined, (): AppState => {
    const loaded = props.initial;
    if (!loaded) return { route: { screen: "home" }, overlay: null };
    const session = props.initialSession ?? newSession(loaded, {});
    return { route: { screen: "quiz", place: packPlace(loaded), session }, overlay: null };
  });
  // The last quiz played, for the line said on the way out.
  const played = useRef<{ session: QuizSession; title: string } | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const stats = useHomeStats(progress, props.packs, props.now, state.route.screen === "home");

  function newSession(loaded: LoadedPack, choice: PlayOptions): QuizSession {
    if (!quizLoaded.current) throw new Error("a quiz starts once its code is loaded");
    return quizLoaded.current.setUpQuiz(
      loaded,
      { ...props.options, ...choice },
      progress.current(),
      props.now(),
    ).session;
  }
  const route = state.route;

  /** Leaves newsquiz: done (the last quiz's score is said), kept (its resume line is), or Ctrl-C. */
  const leave = (how: "done" | "kept" | "interrupted" = "done") => {
    const last = played.current;
    props.onLeave?.({
      line:
        last && quiz && how === "done"
          ? quiz.leaveSummary(last.session, last.title, lang)
          : undefined,
      interrupted: how === "interrupted",
    });
    exit();
  };
  // Each change of the quiz in progress is told, so that leaving at any moment can save it. A
  // review is not kept: its answers are recorded, and what is left stays due.
  const report = (place: QuizPlace, session: QuizSession) =>
    props.onQuiz?.(
      session.phase === "done" || !place.loaded
        ? undefined
        : {
            session,
            packFile: place.loaded.file,
            title: place.title,
            lang: props.options.lang ?? place.loaded.pack.language,
          },
    );
  // What a screen shows is counted or generated as it opens, never while it is drawn.
  // Both are reached only from a pack opened or a quiz played: the quiz's code is loaded.
  const openPack = (loaded: LoadedPack) =>
    dispatch({
      type: "pack",
      loaded,
      available: quizLoaded.current!.questionsAvailable(loaded, progress.current()),
    });
  const openSearch = (loaded: LoadedPack) => {
    const lang = props.options.lang ?? loaded.pack.language;
    const questions = quizLoaded.current!.generateQuestions(loaded.pack, { seed: 0, lang });
    dispatch({ type: "overlay", overlay: { kind: "search", loaded, lang, questions } });
  };
  const startQuizOn = (place: QuizPlace, session: QuizSession) => {
    report(place, session);
    dispatch({ type: "quiz", place, session });
  };
  const offer = useResumeOffer({
    progress,
    pack: props.initial?.pack.id,
    off: props.initialSession !== undefined,
    load: loadForQuiz,
    now: props.now,
    start: (loaded, session) => startQuizOn(packPlace(loaded), session),
  });
  // The quiz a command line starts is in progress from its first question.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, for the first route
  useEffect(() => {
    const first = state.route;
    if (first.screen === "quiz") report(first.place, first.session);
  }, []);

  const quizAction = (place: QuizPlace, session: QuizSession, action: QuizAction) => {
    const next = quizLoaded.current!.applyAndRecord(session, action, progress.current());
    // A quiz (or its retry) that ended is the one the way out speaks of.
    if (!next.review && next.phase === "done")
      played.current = { session: next, title: place.title };
    report(place, next);
    dispatch({ type: "session", session: next });
    return next;
  };
  /** After the quiz's results, or a quiz left without a score: its pack, or home, or out. */
  const afterQuiz = (place: QuizPlace) => {
    if (place.loaded) openPack(place.loaded);
    else if (props.initial) leave();
    else dispatch({ type: "home" });
  };

  useKeys((input, key) => (isInterrupt(input, key) ? leave("interrupted") : undefined), {
    router,
  });

  const help = () => dispatch({ type: "overlay", overlay: { kind: "help" } });
  const closeOverlay = () => dispatch({ type: "overlay", overlay: null });
  const active = state.overlay === null && offer.quiz === undefined;
  let screen: React.ReactNode;
  let keymap: KeymapName = "home";
  if (route.screen === "home") {
    screen = (
      <HomeScreen
        packs={props.packs}
        selected={props.packRef}
        stats={stats}
        size={size}
        isActive={active}
        open={(pack) =>
          // A pack that broke since it was listed stays on the home screen. The pack screen
          // reads the store (flagged questions, settings): it opens once the store is open.
          Promise.all([loadForQuiz(pack.file), progress.ready]).then(
            ([loaded]) => openPack(loaded),
            () => undefined,
          )
        }
        review={
          props.review &&
          (() =>
            Promise.all([props.review!(), withQuiz()]).then(([start]) => {
              if (start) startQuizOn(start.place, start.session);
            }))
        }
        quit={() => leave()}
        help={help}
      />
    );
  } else if (!quiz) {
    // Not reached: a pack or a quiz is shown once the quiz's code is loaded.
    screen = null;
  } else if (route.screen === "pack") {
    keymap = "pack";
    const { loaded, available } = route;
    screen = (
      <quiz.PackScreen
        pack={loaded.pack}
        contentLang={props.options.lang ?? loaded.pack.language}
        available={available}
        certainty={props.options.certainty ?? progress.current().settings().certainty}
        saveCertainty={(certainty) => {
          // A setting: kept for the next quiz and the next run, unless --certainty chose it.
          if (props.options.certainty !== undefined) return;
          const store = progress.current();
          store.saveSettings({ ...store.settings(), certainty });
        }}
        notice={notice}
        size={size}
        isActive={active}
        start={(choice) => {
          setNotice(undefined);
          startQuizOn(packPlace(loaded), newSession(loaded, choice));
        }}
        back={() => (props.initial ? leave() : dispatch({ type: "home" }))}
        help={help}
        search={() => openSearch(loaded)}
      />
    );
  } else {
    const { place, session } = route;
    const ctx = { lang, sources: place.sources };
    const act = (action: QuizAction) => quizAction(place, session, action);
    keymap = session.phase === "done" ? "results" : session.phase;
    screen =
      session.phase === "done" ? (
        <quiz.ResultsScreen
          session={session}
          ctx={ctx}
          title={place.title}
          nextReview={quiz.nextReviewText(
            progress.current(),
            session,
            props.now(),
            lang,
            localMinute,
          )}
          size={size}
          isActive={active}
          retry={() => act({ type: "retry", now: props.now() })}
          back={() => afterQuiz(place)}
          help={help}
          search={place.loaded && (() => openSearch(place.loaded!))}
        />
      ) : (
        <quiz.QuizScreen
          key={quiz.quizScreenKey(session)}
          session={session}
          ctx={ctx}
          title={place.title}
          size={size}
          isActive={active}
          answer={(response, certainty) =>
            act({ type: "answer", response, certainty, now: props.now() })
          }
          act={(type) => act({ type, now: props.now() })}
          flag={(reason) => act({ type: "flag", reason, now: props.now() })}
          leave={(keep) => {
            if (keep) {
              // Kept to take up again: from `play`, saved on the way out as Ctrl-C saves it,
              // and said; from the home screen, saved now, offered at the next start.
              if (props.initial) return leave("kept");
              const store = progress.current();
              if (place.loaded) {
                store.saveInterrupted({
                  session,
                  packFile: place.loaded.file,
                  title: place.title,
                  lang: props.options.lang ?? place.loaded.pack.language,
                  savedAt: props.now(),
                });
                setNotice(msg(lang, "pack.kept"));
              }
              props.onQuiz?.(undefined);
              return afterQuiz(place);
            }
            const ended = act({ type: "finish", now: props.now() });
            // Nothing answered: no score, no results to read; back where the quiz came from.
            if (!quiz.hasAnswers(ended) && ended.round === 0) afterQuiz(place);
          }}
          help={help}
        />
      );
  }
  return (
    <KeysProvider router={router}>
      <UiProvider value={{ lang, theme: props.theme }}>
        {size.tooSmall ? (
          <TooSmall size={size} />
        ) : offer.quiz ? (
          <ResumeScreen
            quiz={offer.quiz}
            minuteOf={(at) => localMinute(new Date(at))}
            problem={offer.problem ? msg(lang, "resume.gone") : undefined}
            size={size}
            isActive={state.overlay === null}
            choose={offer.choose}
            later={offer.later}
          />
        ) : state.overlay?.kind === "help" ? (
          <HelpScreen keymap={keymap} size={size} close={closeOverlay} />
        ) : state.overlay?.kind === "search" ? (
          <SearchOverlay
            loaded={state.overlay.loaded}
            lang={state.overlay.lang}
            questions={state.overlay.questions}
            size={size}
            close={closeOverlay}
            start={(loaded, session) => startQuizOn(packPlace(loaded), session)}
            setUp={(loaded, about) =>
              quizLoaded.current!.setUpQuiz(
                loaded,
                { ...props.options, about },
                progress.current(),
                props.now(),
              ).session
            }
          />
        ) : (
          screen
        )}
      </UiProvider>
    </KeysProvider>
  );
}
