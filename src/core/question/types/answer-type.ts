import type { z } from "zod";
import type { Language } from "../../i18n/language.js";
import type { MessageKey } from "../../i18n/msg.js";
import type { PresentedAs } from "../../quiz/presented.js";
import type { Random } from "../../random.js";
import type { QuestionKind, QuestionMeta } from "../meta.js";
import type { common } from "../parts.js";
import type { AuthoringForm } from "./authoring-form.js";
import type {
  ChoiceReview,
  EditAction,
  Edited,
  KeyHint,
  PromptAsk,
  ScreenBody,
  Submitted,
} from "./faces.js";

// The contract of an answer type: everything the program asks of a question because of its type.
// Each type's folder implements it; types/index.ts registers them; the rest of the program asks
// the registry, and never switches on a question's type.

/** The fields every question has, whatever its type. */
export type CommonFields = z.output<z.ZodObject<typeof common>>;

/** A question of some type, as one type sees another (the blanks of a cloze question). */
export type AnyQuestion = CommonFields & { type: string };

/** A question ready to be asked: what the pack holds, and how it was made. */
export type Asked<Q> = Q & QuestionMeta;

/** A question as it is shown (with the display order of its choices). */
export type Shown<Q> = PresentedAs<Asked<Q>>;

/** What the reader answered, of some type: a response's type is its question's. */
export interface AnyResponse {
  type: string;
}

/** How well a response answers its question. */
export interface Grade {
  /** From 0 to 1: the share of the mark earned (partial credit for several types). */
  score: number;
  /** Full marks. */
  correct: boolean;
  /** The feedback the response triggers: per choice, per accepted answer, right or wrong. */
  feedback: string[];
}

/** What a type's grading gives: the share earned (the quiz rounds it) and the feedback. */
export interface Marks {
  score: number;
  feedback: string[];
}

/** A line of line mode, read by a type: an answer, nothing to answer, or why it is refused. */
export type ReadReply<R> =
  | { kind: "answer"; response: R }
  /** Enter on what is read rather than answered (an essay left blank, a description). */
  | { kind: "continue" }
  | { kind: "error"; key: MessageKey; vars: Record<string, number> };

/** The display order a type gives its question: the fields of Presented it sets. */
export type Presentation<Q> = Partial<Omit<Shown<Q>, "origin">>;

/** The type's part of `newsquiz questions --json`: choices shown, the right one, and extras. */
export interface JsonAnswer {
  choices: string[];
  answer: number | null;
  extra?: QuestionJsonExtra;
}

/** The fields some types add to a question in `newsquiz questions --json`. */
export interface QuestionJsonExtra {
  /** single: why each choice is wrong, null where the facts say nothing. */
  feedback?: (string | null)[];
  /** multiple: every right choice. */
  answers?: number[];
  /** ordering: the choices' indices in the right order. */
  order?: number[];
  /** numeric and short: what is accepted. */
  accept?: unknown[];
  unit?: string;
  /** matching: the pairs to match. */
  pairs?: { left: string; right: string }[];
  /** cloze: the blanks, as the pack holds them; the prompt marks each {#n}. */
  blanks?: unknown[];
}

/** How line mode prints and reads a question of the type. */
export interface LineHooks<Q, R> {
  /** The lines under the prompt: numbered choices, items, pairs. */
  choices(item: Shown<Q>, lang: Language): string[];
  /** The prompt for the line of answer, saying how to type it. */
  ask(item: Shown<Q>, lang: Language): string;
  /**
   * A line read as an answer (trimmed; numbers refer to the order printed). Empty only for a
   * type that is not graded: an empty line skips a graded question before it gets here.
   */
  read(item: Shown<Q>, text: string, lang: Language): ReadReply<R>;
}

/** The full-screen quiz's input of a question of the type: a pure reducer and its view. */
export interface ScreenHooks<Q, R, I> {
  /** The empty input. */
  initial(item: Shown<Q>): I;
  /** The input after a key. */
  edit(item: Shown<Q>, input: I, action: EditAction): Edited<I>;
  /** What Enter hands in: the response the input stands for, or why not. */
  submit(item: Shown<Q>, input: I, lang: Language): Submitted<R, I>;
  /** Whether keys type text now (letters and digits are text, not commands). */
  typing(item: Shown<Q>, input: I): boolean;
  /** Whether nothing was entered: Enter then skips it, as an empty line does in line mode. */
  empty(item: Shown<Q>, input: I): boolean;
  /** Whether ↑ ↓ still move while typing (from blank to blank). */
  movesWhileTyping: boolean;
  /** The rows under the prompt: choices with the cursor, a text field, pairs, items. */
  body(item: Shown<Q>, input: I, lang: Language): ScreenBody;
  keys(item: Shown<Q>): KeyHint;
  /** The choices marked after the answer; undefined: the answer given and the right one. */
  review(item: Shown<Q>, response: R | undefined, lang: Language): ChoiceReview | undefined;
}

/** What the question generator asks of written and generated questions of the type. */
export interface GenerateHooks<Q> {
  /** The question with its choices shuffled (an author tends to write the right one first). */
  shuffle?(question: Q, shuffle: <T>(items: readonly T[]) => T[]): Q;
  /** Why a generated question of the type must not be asked, if it must not. */
  problem?(question: Q, forbidden: ReadonlySet<string>): string | undefined;
  /** What the reader sees besides the prompt, when it tells two questions apart. */
  signature?(question: Asked<Q>): readonly string[] | undefined;
  /** The right answer when it is one text. */
  answer?(question: Q): string | undefined;
}

/**
 * An answer type: its schema, how a question of it is shown, read, graded and written as text,
 * and the hooks the faces need. `Q` is its question as the pack holds it, `R` its response, `I`
 * the full screen's input while answering, `S` its schema.
 */
export interface AnswerType<Q extends AnyQuestion, R extends AnyResponse, I, S extends z.ZodType> {
  schema: S;
  /**
   * graded: the answer counts in the score; kept: it is kept, not scored, and the explanation is
   * a model answer (an essay); none: there is nothing to answer, only to read (a description).
   */
  answered: "graded" | "kept" | "none";
  /** What a hand-written question of the type counts as in the results (and is called in the header). */
  resultKind: Exclude<QuestionKind, "written"> | Q["type"];
  /** The level a review asks it at: choices, typed; undefined when it cannot be scored. */
  reviewLevel: "typed" | "choice" | undefined;
  /** The type's own texts converted by `toText` (an HTML question shown in a terminal). */
  asText(question: Q, toText: (html: string) => string): Q;
  /** The display order of what the reader picks, from the seed; `previous`: how it was shown. */
  present(question: Asked<Q>, random: Random, previous: Shown<Q> | undefined): Presentation<Q>;
  /** The share of the mark a response earns; `gradeOther` grades a question of another type. */
  grade(
    question: Q,
    response: R,
    gradeOther: (question: AnyQuestion, response: AnyResponse) => Grade,
  ): Marks;
  /** The right answer, as lines to show after a miss (empty when there is none). */
  expected(
    item: Shown<Q>,
    lang: Language,
    expectedOther: (item: Shown<AnyQuestion>, lang: Language) => string[],
  ): string[];
  /** What the reader answered, in words. */
  describe(
    item: Shown<Q>,
    response: R,
    lang: Language,
    describeOther: (item: Shown<AnyQuestion>, response: AnyResponse, lang: Language) => string,
  ): string;
  line: LineHooks<Q, R>;
  /** How plain prompts ask it. */
  prompt(item: Shown<Q>, lang: Language): PromptAsk;
  screen: ScreenHooks<Q, R, I>;
  json(question: Asked<Q>, lang: Language, seed: number): JsonAnswer;
  /** How `newsquiz new` asks for one; a type without a form is not offered there. */
  authoring?: AuthoringForm;
  generate?: GenerateHooks<Q>;
}
