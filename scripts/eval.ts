// `npm run eval`: extraction measured on the development corpus (../shared/corpus: real press
// excerpts with exhaustive gold facts) and on the built-in pack's seed pages. Prints recall,
// precision and F1 per kind of fact and per language at the question threshold, the same figures
// held out (each article measured with confidences counted on the other articles only), and a
// calibration table: for each confidence bucket, how often its facts were right.
//
//   --explain          every gold fact missed and every extracted fact that is wrong
//   --held-out         with --explain: those of the leave-one-out reading
//   --families         every rule family with its counts and the confidence it gives
//   --sweep            recall and precision at other thresholds
//   --threshold N      measure at N instead of the question threshold
//   --fit              count the rule families again on the corpus, without writing
//   --strength N       how much a parent family weighs in a child's confidence
//   --write            count the rule families again on the corpus and write the calibration
//                      (src/core/extract/calibration.json) and the ratchet (tests/eval/figures.json)
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { confidenceOf } from "../src/core/extract/calibrate.js";
import { CALIBRATION } from "../src/core/extract/calibration.js";
import { QUESTION_CONFIDENCE_THRESHOLD } from "../src/core/extract/threshold.js";
import { describeFact, describeGold } from "../tests/eval/describe.js";
import { describeSet, figuresOf, STRENGTH } from "../tests/eval/figures.js";
import {
  type ArticleScore,
  calibrationTable,
  countFamilies,
  crossValidate,
  observe,
  readSet,
  scoreAll,
  totals,
} from "../tests/eval/run.js";
import { type Counts, KINDS, rates } from "../tests/eval/score.js";
import { evalSets } from "../tests/eval/sets.js";

// --pack PATH [--out DIR]: a pack's triage decisions as extra gold (scripts/eval-triage.ts),
// instead of the corpus. Kept apart from the corpus eval below.
const packAt = process.argv.indexOf("--pack");
if (packAt >= 0) {
  const outAt = process.argv.indexOf("--out");
  const { evalTriage } = await import("./eval-triage.js");
  await evalTriage(
    process.argv[packAt + 1] ?? "",
    outAt >= 0 ? process.argv[outAt + 1] : undefined,
  );
  process.exit(0);
}

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const threshold = Number(option("--threshold") ?? QUESTION_CONFIDENCE_THRESHOLD);
// How much a parent family weighs in a child's confidence: `--strength N` tries another.
const strength = Number(option("--strength") ?? STRENGTH);
if (!Number.isFinite(threshold)) {
  console.error("eval: --threshold expects a number between 0 and 1");
  process.exit(2);
}

const ROOT = join(import.meta.dirname, "..");
const LABELS = { events: "events", claims: "figures", quotes: "quotes", all: "all" } as const;
const num = (v: number | null) => (v === null ? "  -  " : v.toFixed(2).padStart(5));

function table(rows: [string, Record<keyof typeof LABELS, Counts>][]): void {
  const cols = Object.values(LABELS);
  console.log(`${"".padEnd(22)}${cols.map((c) => `| ${c.padEnd(18)}`).join("")}`);
  console.log(`${"".padEnd(22)}${cols.map(() => "|  R     P     F1   ").join("")}`);
  for (const [label, t] of rows) {
    const cells = (Object.keys(LABELS) as (keyof typeof LABELS)[]).map((k) => {
      const r = rates(t[k]);
      return `| ${num(r.recall)} ${num(r.precision)} ${num(r.f1)} `;
    });
    console.log(`${label.padEnd(22)}${cells.join("")}`);
  }
}

function byLanguage(scores: readonly ArticleScore[], prefix = "") {
  const langs = [...new Set(scores.map((s) => s.item.lang))].sort();
  return [
    ...langs.map(
      (l) =>
        [`${prefix}${l}`, totals(scores, (s) => s.item.lang === l)] as [
          string,
          ReturnType<typeof totals>,
        ],
    ),
    [`${prefix}all`, totals(scores)] as [string, ReturnType<typeof totals>],
  ];
}

function counts(t: ReturnType<typeof totals>): string {
  return KINDS.map(
    (k) => `${LABELS[k]} ${t[k].found}/${t[k].gold} found, ${t[k].correct}/${t[k].extracted} right`,
  ).join("; ");
}

const EDGES = [0, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1];

function printCalibration(label: string, scores: readonly ArticleScore[]): void {
  console.log(
    `\ncalibration, ${label}: confidence bucket -> facts, right, precision (mean confidence)`,
  );
  for (const b of calibrationTable(scores, EDGES)) {
    if (!b.facts) continue;
    console.log(
      `  ${b.from.toFixed(2)}-${b.to.toFixed(2)}  ${String(b.facts).padStart(4)} ${String(b.right).padStart(4)}  ${num(b.right / b.facts)}  (${b.mean.toFixed(2)})`,
    );
  }
}

const sets = evalSets();
if (!sets.some((s) => s.measure)) {
  console.log(
    "eval skipped: ../shared/corpus is not there (the corpus is kept outside the repository)",
  );
  process.exit(0);
}

// With --write, the calibration counted on the corpus (the first set) measures every set.
let cal = CALIBRATION;
for (const set of sets) {
  const readings = readSet(set);
  const observations = observe(readings);
  if ((flag("--write") || flag("--fit")) && set.measure)
    cal = countFamilies(observations, describeSet(set), strength);
  const scores = scoreAll(readings, () => cal, threshold);
  const t = totals(scores);
  console.log(
    `\n== ${set.name}: ${set.items.length} articles (${set.about}), threshold ${threshold}`,
  );
  table(byLanguage(scores));
  console.log(`counts: ${counts(t)}`);
  if (!set.measure) continue;

  const loo = crossValidate(readings, observations, (a) => a, strength, threshold);
  const index = new Map(set.items.map((it, i) => [it.name, i]));
  const halves = crossValidate(
    readings,
    observations,
    (a) => `half ${index.get(a)! % 2 ? "B" : "A"}`,
    strength,
    threshold,
  );
  console.log("\nheld out: confidences counted on the other articles only");
  table([...byLanguage(loo, "leave one out, "), ["two halves, all", totals(halves)]]);
  console.log(`counts (leave one out): ${counts(totals(loo))}`);
  printCalibration("in sample", scores);
  printCalibration("held out (leave one out)", loo);

  if (flag("--sweep")) {
    console.log("\nthreshold sweep: all facts, R / P in sample, R / P held out (leave one out)");
    for (const th of [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.88, 0.9, 0.92, 0.95]) {
      const a = rates(totals(scoreAll(readings, () => cal, th)).all);
      const b = rates(totals(crossValidate(readings, observations, (x) => x, strength, th)).all);
      console.log(
        `  ${th.toFixed(2)}  ${num(a.recall)} ${num(a.precision)}   ${num(b.recall)} ${num(b.precision)}`,
      );
    }
  }

  if (flag("--families")) {
    console.log("\nrule families: extracted, right, confidence given");
    for (const [path, [n, right]] of Object.entries(cal.counts)) {
      console.log(
        `  ${path.padEnd(64)} ${String(n).padStart(4)} ${String(right).padStart(4)}  ${confidenceOf(path, cal).toFixed(2)}`,
      );
    }
  }

  if (flag("--write")) {
    writeFileSync(
      join(ROOT, "src/core/extract/calibration.json"),
      // Pairs on one line, as biome formats them.
      `${JSON.stringify(cal, null, 2).replace(/\[\s+(\d+),\s+(\d+)\s+\]/g, "[$1, $2]")}\n`,
    );
    writeFileSync(
      join(ROOT, "tests/eval/figures.json"),
      `${JSON.stringify(figuresOf(threshold, scores, loo), null, 2)}\n`,
    );
    console.log("\nwrote src/core/extract/calibration.json and tests/eval/figures.json");
  }

  if (flag("--explain")) {
    // --held-out: the misses and mistakes of the leave-one-out reading instead.
    const explained = flag("--held-out") ? loo : scores;
    for (const [i, { item, facts, score }] of explained.entries()) {
      const drafts = readings[i]!.drafts;
      const lines: string[] = [];
      for (const kind of KINDS) {
        for (const g of score[kind].missed)
          lines.push(`  MISS  ${LABELS[kind]}: ${describeGold(kind, g)}`);
        for (const x of score[kind].wrong)
          lines.push(`  WRONG ${LABELS[kind]}: ${describeFact(kind, x, facts, drafts)}`);
      }
      if (lines.length) console.log(`\n${item.name}\n${lines.join("\n")}`);
    }
  }
}
