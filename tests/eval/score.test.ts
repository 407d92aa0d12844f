import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CALIBRATION } from "../../src/core/extract/calibration.js";
import { factsOf, readSet } from "./run.js";
import { type Facts, type Gold, KINDS, type Score, scoreArticle } from "./score.js";
import { CORPUS_DIR, corpusSet } from "./sets.js";

const REFERENCE = join(CORPUS_DIR, "score.mjs");
const present = existsSync(REFERENCE);

type ReferenceScore = Record<
  string,
  { gold: number; found: number; extracted: number; correct: number }
>;
type ScoreOne = (facts: Facts, gold: Gold, min: number) => ReferenceScore;

const counts = (s: Score | ReferenceScore) =>
  Object.fromEntries(
    KINDS.map((k) => [k, [s[k]!.gold, s[k]!.found, s[k]!.extracted, s[k]!.correct]]),
  );

describe("the eval's scorer", () => {
  it("finds, misses, rights and wrongs facts as the corpus conventions say", () => {
    const gold: Gold = {
      entities: [{ name: "Inès Blanc", aliases: ["Blanc"] }],
      events: [
        { type: "dismissal", actor: "Vega", target: "Inès Blanc", date: "2024-03" },
        { type: ["departure", "resignation"], actor: "Paul Roux", optional: true },
      ],
      claims: [{ value: 1200, total: 4000, holder: "Vega" }],
      quotes: [{ speaker: "Inès Blanc", text_start: "Nous partons" }],
    };
    const facts: Facts = {
      entities: [
        { id: "vega", name: "Vega" },
        { id: "blanc", name: "Blanc" },
        { id: "roux", name: "Paul Roux" },
      ],
      events: [
        // a surname alone names the person; a date known to the day meets a month
        { type: "dismissal", actor: "vega", target: "blanc", date: "2024-03-02" },
        // an optional fact is right without counting for recall
        { type: "resignation", actor: "roux", confidence: 0.9 },
        // below the threshold: neither right nor wrong
        { type: "hiring", actor: "vega", target: "roux", confidence: 0.2 },
      ],
      claims: [
        { value: 1201, total: 4000, about: "les salariés de Vega en grève" },
        { value: 1200, total: 4000, about: "les salariés en grève" },
      ],
      quotes: [{ speaker: "blanc", text: "« Nous partons demain », dit-elle" }],
    };
    const s = scoreArticle(facts, gold, 0.6);
    expect(counts(s)).toEqual({
      events: [1, 1, 2, 2],
      claims: [1, 1, 2, 1],
      quotes: [1, 1, 1, 1],
    });
  });

  it.skipIf(!present)(
    `agrees with the corpus's reference scorer on every corpus article, at two thresholds${present ? "" : " (skipped: ../shared/corpus/score.mjs is not there)"}`,
    async () => {
      const { scoreOne } = (await import(REFERENCE)) as { scoreOne: ScoreOne };
      const set = corpusSet()!;
      for (const { item, drafts } of readSet(set)) {
        const facts = factsOf(drafts, CALIBRATION);
        for (const min of [0, 0.6]) {
          expect(counts(scoreArticle(facts, item.gold, min)), `${item.name} at ${min}`).toEqual(
            counts(scoreOne(facts, item.gold, min)),
          );
        }
      }
      const tests = join(CORPUS_DIR, "scorer-tests");
      const gold = JSON.parse(readFileSync(join(tests, "gold-synthetic.json"), "utf8")) as Gold;
      for (const file of ["facts-perfect.json", "facts-half.json", "facts-zero.json"]) {
        const facts = JSON.parse(readFileSync(join(tests, file), "utf8")) as Facts;
        expect(counts(scoreArticle(facts, gold, 0.6)), file).toEqual(
          counts(scoreOne(facts, gold, 0.6)),
        );
      }
    },
  );
});
