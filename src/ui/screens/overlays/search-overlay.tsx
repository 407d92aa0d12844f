import type { Language } from "../../../core/facts/model.js";
import type { Question } from "../../../core/question/model.js";
import type { QuizSession } from "../../../core/quiz/session.js";
import type { PlayOptions } from "../../../core/quiz/setup.js";
import type { LoadedPack } from "../../../io/packs.js";
import type { TerminalSize } from "../../use-terminal-size.js";
import { SearchScreen } from "./search-screen.js";

/** `/` over a pack: Enter on a result starts a quiz on what it is about. */
export function SearchOverlay(props: {
  loaded: LoadedPack;
  /** The language of the pack's questions. */
  lang: Language;
  /** The questions searched, generated as the search opened. */
  questions: readonly Question[];
  size: TerminalSize;
  close: () => void;
  start: (loaded: LoadedPack, session: QuizSession) => void;
  setUp: (loaded: LoadedPack, about: NonNullable<PlayOptions["about"]>) => QuizSession;
}) {
  const { loaded } = props;
  return (
    <SearchScreen
      pack={loaded.pack}
      questions={props.questions}
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
