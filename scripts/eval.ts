// `npm run eval`: extracts the facts of the seed pages (../shared/seeds) and scores them against
// the gold facts written by the team (tests/eval/gold). Prints precision and recall per fact
// type, for the facts sure enough to become questions and for all of them. `--verbose` lists
// what was wrong and what was missed.
import { QUESTION_CONFIDENCE_THRESHOLD } from "../src/core/extract/index.js";
import { FACT_TYPES, overall, precision, recall, runEval } from "../tests/eval/run.js";

// --pack PATH [--out DIR]: a pack's triage decisions as extra gold (scripts/eval-triage.ts),
// instead of the seed pages. Kept apart from the seed eval below.
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

const verbose = process.argv.includes("--verbose");
const pct = (n: number) => `${(n * 100).toFixed(1).padStart(5)} %`;

for (const [label, threshold] of [
  [
    `facts with confidence >= ${QUESTION_CONFIDENCE_THRESHOLD} (the ones questions are made from)`,
    QUESTION_CONFIDENCE_THRESHOLD,
  ],
  ["all extracted facts", 0],
] as const) {
  const result = runEval(threshold);
  if (!result) {
    console.log(
      "eval skipped: ../shared/seeds is not there (the seed pages are not part of the project)",
    );
    process.exit(0);
  }
  console.log(`\n${label}`);
  console.log("type      extracted  correct  precision   key facts  found   recall");
  const rows = [
    ...FACT_TYPES.map((t) => [t, result.total[t]] as const),
    ["all", overall(result.total)] as const,
  ];
  for (const [type, s] of rows) {
    console.log(
      `${type.padEnd(9)} ${String(s.extracted).padStart(9)} ${String(s.correct).padStart(8)}    ${pct(precision(s))}  ${String(s.key).padStart(9)} ${String(s.found).padStart(6)}  ${pct(recall(s))}`,
    );
  }
  if (verbose) {
    for (const type of FACT_TYPES) {
      for (const w of result.total[type].wrong) console.log(`  wrong  ${type}: ${w}`);
      for (const m of result.total[type].missed) console.log(`  missed ${type}: ${m}`);
    }
  }
}
