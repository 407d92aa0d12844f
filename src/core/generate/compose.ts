import type { Question, QuestionKind } from "../question/model.js";
import { answerTypeOf } from "../question/types/index.js";
import { createRandom, seedFrom } from "../random.js";
import { fold } from "../text/fold.js";
import { textsOf } from "./gate.js";

// How the questions of one quiz are put together, whatever chose them (the ranked list, or a
// set-up that prefers due and unseen facts): no kind takes over the quiz, no answer comes back
// again and again, no two questions ask one fact both ways, and no question's feedback answers
// one asked after it.

/** The most of a quiz one kind may take; true or false, which tells least, takes less. */
const KIND_SHARE: Partial<Record<QuestionKind, number>> = { "true-false": 0.15 };
const DEFAULT_SHARE = 0.3;
/** One quiz question in this many may share its right answer with another. */
const SAME_ANSWER_EVERY = 10;
/** Words of a prompt an explanation must also hold to be about the same thing. */
const SAME_TOPIC = 0.5;

export interface ComposeOptions {
  /** How many questions the quiz asks; fewer when the candidates cannot make that many. */
  count: number;
  /** Orders questions the rules leave free, so that a retake does not open the same way. */
  seed: number;
}

/**
 * A quiz of `count` questions from the candidates, taken in the order given (best first):
 * each kind at most its share (true or false 15 %, any other 30 %), one right answer at most
 * once in ten questions, one question per fact (« Qui est Satya Nadella ? » and « Qui est le PDG
 * de Microsoft ? » are one), and an order in which no question's explanation or feedback tells
 * the answer of a question after it. When the candidates cannot fill the quiz within the shares,
 * the shares give way first, then the spread of answers; the rest never do.
 */
export function composeQuiz(candidates: readonly Question[], options: ComposeOptions): Question[] {
  const count = Math.max(0, options.count);
  const chosen: Question[] = [];
  for (const strictness of [2, 1, 0] as const) {
    for (const q of candidates) {
      if (chosen.length >= count) break;
      if (!chosen.includes(q) && fits(q, chosen, count, strictness)) chosen.push(q);
    }
  }
  return order(chosen, candidates, options.seed);
}

/** Whether a question may join the quiz: always one per fact, then answers, then kinds. */
function fits(
  q: Question,
  chosen: readonly Question[],
  count: number,
  strictness: number,
): boolean {
  const fact = q.facts[0];
  if (fact !== undefined && chosen.some((c) => c.facts[0] === fact)) return false;
  if (chosen.some((c) => mirrors(c, q))) return false;
  if (strictness >= 1) {
    const answer = answerOf(q);
    const most = Math.max(1, Math.ceil(count / SAME_ANSWER_EVERY));
    if (answer && chosen.filter((c) => answerOf(c) === answer).length >= most) return false;
  }
  if (strictness >= 2) {
    const most = Math.max(1, Math.floor(count * (KIND_SHARE[q.kind] ?? DEFAULT_SHARE)));
    if (chosen.filter((c) => c.kind === q.kind).length >= most) return false;
  }
  return true;
}

/** Two questions that each tell the other's answer: asking both asks one thing twice. */
function mirrors(a: Question, b: Question): boolean {
  return tells(a, b) && tells(b, a);
}

/**
 * The order of asking: the given order, shuffled a little by the seed, except that written
 * questions keep their author's order among themselves, and that a question whose explanation
 * or feedback tells another's answer comes after that other.
 */
function order(chosen: readonly Question[], ranked: readonly Question[], seed: number): Question[] {
  const rank = new Map(ranked.map((q, i) => [q, i]));
  const rng = createRandom(seedFrom(seed, "compose"));
  const jitter = new Map(chosen.map((q) => [q, (rank.get(q) ?? 0) + rng.next() * 3]));
  // A teacher's quiz is asked as written: the written questions take the places their jitter
  // gives them, in the author's order. Unshuffled, the pack's first written question would open
  // every quiz, whatever the seed.
  const written = chosen
    .filter((q) => q.kind === "written")
    .sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  const places = written.map((q) => jitter.get(q)!).sort((a, b) => a - b);
  for (const [i, q] of written.entries()) jitter.set(q, places[i]!);
  // b must be asked before a when a's feedback tells b's answer.
  const before = new Map(chosen.map((a) => [a, chosen.filter((b) => b !== a && tells(a, b))]));
  const out: Question[] = [];
  const left = new Set(chosen);
  while (left.size > 0) {
    const ready = [...left].filter((a) => before.get(a)!.every((b) => !left.has(b)));
    // A cycle cannot happen between questions that do not mirror each other more than one step
    // away, but should one, the best ranked goes next rather than none.
    const pool = ready.length > 0 ? ready : [...left];
    const next = pool.reduce((x, y) => (jitter.get(y)! < jitter.get(x)! ? y : x));
    out.push(next);
    left.delete(next);
  }
  return out;
}

/** The right answer as a reader sees it, folded; undefined when it is not one text. */
function answerOf(q: Question): string | undefined {
  const right = answerTypeOf(q).generate?.answer?.(q);
  return right ? fold(right) : undefined;
}

const WORD = /[\p{L}\p{N}]{4,}/gu;
const FUNCTION_WORDS = new Set(
  "quel quelle quels quelles lequel laquelle parmi propositions vrai faux what which when where these true false with from that this dans pour avec".split(
    " ",
  ),
);

function contentWords(text: string): Set<string> {
  return new Set((fold(text).match(WORD) ?? []).filter((w) => !FUNCTION_WORDS.has(w)));
}

/**
 * True when what `a` shows after it is answered (its explanation, a choice's feedback) tells
 * the answer of `b`: it tests the fact `b` asks about, or one sentence of it holds `b`'s right
 * answer and most of the words of `b`'s prompt.
 */
export function tells(a: Question, b: Question): boolean {
  const asked = b.facts[0];
  if (asked !== undefined && a.facts.includes(asked)) return true;
  const answer = answerOf(b);
  if (!answer || answer.length < 3) return false;
  const words = contentWords(b.prompt);
  if (words.size === 0) return false;
  const shown = textsOf(a).filter((t) => t !== a.prompt && !isChoice(a, t));
  for (const text of shown) {
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      if (!fold(sentence).includes(answer)) continue;
      const told = contentWords(sentence);
      let common = 0;
      for (const w of words) if (told.has(w)) common++;
      if (common / words.size >= SAME_TOPIC) return true;
    }
  }
  return false;
}

function isChoice(q: Question, text: string): boolean {
  return "choices" in q && q.choices.some((c) => c.text === text);
}
