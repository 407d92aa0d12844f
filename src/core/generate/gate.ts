import type { FactIndex } from "../facts/fact-index.js";
import type { Language } from "../facts/model.js";
import { phrasingOf } from "../languages/phrasings.js";
import { boundedMemo } from "../memo.js";
import type { Question } from "../question/model.js";
import { answerTypeOf } from "../question/types/index.js";
import { fold } from "../text/fold.js";
import { mentions } from "../text/mentions.js";
import type { AnswerClaim, Built } from "./draft.js";

// The quality gate (DESIGN.md, "Quality rules"): a wrong question is worse than a missing one.
// Generators already avoid what this rejects; the gate checks again, independently, so that a
// mistake in one generator drops a question instead of showing it.

/** Text left over from a template, or a value that was never there. */
const LEFTOVERS = /undefined|\bNaN\b|\bnull\b|\[object|[{}]|\s[,.]|\s{2,}|^\s|\s$/;
/** Every text of a question a reader may see. */
export function textsOf(q: Question): string[] {
  const texts = [q.prompt, q.explanation ?? ""];
  if ("choices" in q) for (const c of q.choices) texts.push(c.text, c.feedback ?? "");
  if ("items" in q) texts.push(...q.items);
  return texts.filter((t) => t !== "");
}

/** Why the text is not fit to show, or undefined. */
export function textProblem(text: string, lang: Language): string | undefined {
  if (LEFTOVERS.test(text)) return `template leftover in "${text}"`;
  // « avec pour mission de « manager les dossiers au quo »: words cut inside a quotation.
  if (count(text, "«") !== count(text, "»") || count(text, "“") !== count(text, "”"))
    return `unbalanced quotation marks in "${text}"`;
  // Quoted pack text keeps its own typography; only what newsquiz wrote is checked.
  const own =
    text.includes("«") || text.includes("“") ? text.replace(/«[^»]*»|“[^”]*”/g, "«»") : text;
  // Punctuation spacing: French puts a space before ? ! : ; and English does not.
  const grammar = phrasingOf(lang);
  if (grammar.spacing.test(own)) return `punctuation spacing in "${text}"`;
  const m = grammar.elisionErrors?.exec(text.toLowerCase());
  if (m) return `${grammar.englishName} elision error "${m[0].trim()}" in "${text}"`;
  return undefined;
}

function count(text: string, mark: string): number {
  let n = 0;
  for (let i = text.indexOf(mark); i !== -1; i = text.indexOf(mark, i + 1)) n++;
  return n;
}

// The same names, choices and explanations recur across a pack's questions; what the text
// checks say of one depends only on the text and the language, so it is remembered (bounded).
const checked = new Map<
  Language,
  (text: string, make: () => string | undefined) => string | undefined
>();

/** {@link textProblem}, remembered. */
function knownTextProblem(text: string, lang: Language): string | undefined {
  let memo = checked.get(lang);
  if (!memo) {
    memo = boundedMemo<string | undefined>(50_000);
    checked.set(lang, memo);
  }
  return memo(text, () => textProblem(text, lang));
}

/** Why a built question must be dropped, or undefined when it may be asked. */
export function gateProblem(
  index: FactIndex,
  built: Built,
  lang: Language,
  mixed?: (text: string) => string | undefined,
): string | undefined {
  const q = built.question;
  if (q.sources.length === 0) return "cites no source";
  const unknown = q.sources.find((s) => !index.sources.has(s));
  if (unknown) return `cites the unknown source ${unknown}`;
  if (!states(index, built.answer)) return "its facts do not state the answer";
  for (const text of textsOf(q)) {
    const problem = knownTextProblem(text, lang);
    if (problem) return problem;
    const foreign = mixed?.(text);
    if (foreign) return `"${foreign}" is not ${phrasingOf(lang).englishName}, in "${text}"`;
  }
  const prompt = fold(q.prompt);
  const giveaway = built.giveaways.find((g) => g.length > 0 && mentions(prompt, g));
  if (giveaway) return `the prompt gives the answer away ("${giveaway}")`;
  // What the question's type asks of a generated question (three choices, one right...).
  return answerTypeOf(q).generate?.problem?.(q, built.forbidden);
}

/** True when the pack's fact holds the value the question gives as its answer. */
function states(index: FactIndex, claim: AnswerClaim): boolean {
  const { fact, field, value } = claim;
  if (field === "description") {
    return index.entities.get(fact)?.descriptions.some((d) => d.text === value) ?? false;
  }
  const record: Record<string, unknown> | undefined =
    index.events.get(fact) ?? index.claims.get(fact) ?? index.quotes.get(fact);
  return record !== undefined && record[field] === value;
}
