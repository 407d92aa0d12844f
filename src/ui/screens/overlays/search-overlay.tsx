import type { Language } from "../../../core/facts/model.js";
import { generateQuestions } from "../../../core/generate/index.js";
import type { QuizSession } from "../../../core/quiz/session.js";
import type { LoadedPack } from "../../../io/packs.js";
import type { PlayOptions } from "../../../play/setup.js";
import type { TerminalSize } from "../../use-terminal-size.js";
import { SearchScreen } from "./search-screen.js";

/** `/` over a pack: Enter on a result starts a quiz on what it is about. */
export function SearchOverlay(props: {
  loaded: LoadedPack;
  /** The language of the pack's questions. */
  lang: Language;
  size: TerminalSize;
  close: () => void;
  start: (loaded: LoadedPack, session: QuizSession) => void;
  setUp: (loaded: LoadedPack, about: NonNullable<PlayOptions["about"]>) => QuizSession;
}) {
  const { loaded } = props;
  return (
    <SearchScreen
      pack={loaded.pack}
      questions={generateQuestions(loaded.pack, { seed: 0, lang: props.lang })}
      contentLang={props.lang}
      size={props.size}
      close={props.close}
      quizOn={(target) => {
        const session = props.setUp(loaded, target);
        if (session.items.length === 0) return false;
        props.start(loaded, session);
        return true;
      }}
    />
  );
}
