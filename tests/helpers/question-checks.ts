import { expect } from "vitest";
import type { Language, Pack } from "../../src/core/facts/model.js";
import { questionJson } from "../../src/core/generate/json.js";
import type { Question } from "../../src/core/question/model.js";
import { fold } from "../../src/core/text/fold.js";

/** French elision and contraction mistakes a template could make (issue 3 names these). */
export const FRENCH_MISTAKES: RegExp[] = [
  /(?<![\p{L}'’])(?:de|le|la|que|ne|se) (?:[aeiouàâéèêîôûœ]|y(?![aeiouy]))/iu,
  /(?<![\p{L}'’])(?:de|à) (?:le|les) /iu,
  /(?<![\p{L}'’])si il/iu,
];

/** Text a template left behind: a placeholder, a missing value. */
export const LEFTOVERS = /undefined|\bNaN\b|\bnull\b|\[object|[{}]|\s{2,}/;

/** Every text of a question a reader sees. */
export function textsOf(q: Question): string[] {
  const texts = [q.prompt, q.explanation ?? ""];
  if ("choices" in q) for (const c of q.choices) texts.push(c.text, c.feedback ?? "");
  if ("items" in q) texts.push(...q.items);
  return texts.filter((t) => t !== "");
}

/** Text problems in one text, as readable strings (empty when clean). */
export function textMistakes(text: string, lang: Language): string[] {
  const found: string[] = [];
  if (LEFTOVERS.test(text)) found.push(`leftover in: ${text}`);
  if (lang === "fr") {
    for (const rule of FRENCH_MISTAKES) {
      const m = rule.exec(text);
      if (m) found.push(`"${m[0]}" in: ${text}`);
    }
  }
  return found;
}

/**
 * The rules every generated question keeps (DESIGN.md, "Quality rules"), checked from the
 * outside: one right choice, distinct choices, no alias of the answer among the others, a valid
 * answer index, cited sources that exist, clean text, unique ids.
 */
export function expectFairQuestions(
  pack: Pack,
  questions: readonly Question[],
  lang: Language,
): void {
  const sources = new Set(pack.sources.map((s) => s.id));
  const owner = new Map<string, string>();
  for (const e of pack.entities) for (const n of [e.name, ...e.aliases]) owner.set(fold(n), e.id);
  const ids = new Set<string>();
  for (const q of questions) {
    expect(ids.has(q.id), `duplicate id ${q.id}`).toBe(false);
    ids.add(q.id);
    if (q.kind === "written") continue;
    expect(q.id).toMatch(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/);
    expect(q.sources.length, q.id).toBeGreaterThan(0);
    for (const s of q.sources) expect(sources.has(s), `${q.id} cites ${s}`).toBe(true);
    for (const text of textsOf(q)) expect(textMistakes(text, lang), q.id).toEqual([]);
    const json = questionJson(q, lang, 1);
    if (json.choices.length > 0) {
      expect(json.answer, q.id).not.toBeNull();
      expect(json.answer!).toBeGreaterThanOrEqual(0);
      expect(json.answer!).toBeLessThan(json.choices.length);
    }
    if (q.type !== "single") continue;
    expect(
      q.choices.filter((c) => c.correct),
      q.id,
    ).toHaveLength(1);
    const folded = q.choices.map((c) => fold(c.text));
    expect(new Set(folded).size, `${q.id}: ${folded.join(" | ")}`).toBe(folded.length);
    const answer = owner.get(fold(q.choices.find((c) => c.correct)!.text));
    if (answer) {
      for (const c of q.choices.filter((c) => !c.correct)) {
        expect(owner.get(fold(c.text)), `${q.id}: ${c.text} names the answer`).not.toBe(answer);
      }
    }
  }
}
