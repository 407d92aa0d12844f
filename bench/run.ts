// `npm run bench`: every budget of DESIGN.md measured in one run, each figure beside its budget,
// medians of several runs, as ratios where the machine's speed would otherwise decide. Prints a
// table and writes bench/results.json. Not a test: the figures vary with the machine and its load.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { extractPack } from "../src/core/extract/index.js";
import type { Pack } from "../src/core/facts/model.js";
import { generateQuestions } from "../src/core/generate/index.js";
import { fuzzySearch } from "../src/core/search/fuzzy-filter.js";
import { syntheticArticles } from "./corpus.js";

const here = import.meta.dirname;
const quick = process.argv.includes("--quick");
const runs = quick ? 3 : 7;

interface Row {
  measure: string;
  value: number;
  unit: string;
  budget: string;
  ok: boolean;
  note?: string;
}
const rows: Row[] = [];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number, digits = 1) => Number(x.toFixed(digits));
// Workers run bundled under plain node, as the real command is: tsx's own loader would add
// its memory to every figure.
const built = join(here, ".build");
await build({
  entryPoints: ["generate-once", "memory"].map((w) => join(here, "workers", `${w}.ts`)),
  outdir: built,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
  banner: {
    js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);',
  },
});
const worker = (name: string, ...args: string[]) =>
  JSON.parse(
    execFileSync(process.execPath, [join(built, `${name}.js`), ...args], {
      encoding: "utf8",
      maxBuffer: 1 << 26,
    }),
  );
const cpuMs = (f: () => unknown) => {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

// 1. Start-up to the first full home screen, in a pty, against `node -e 0` in the same run.
const startup = JSON.parse(
  execFileSync(
    process.execPath,
    [join(here, "startup.mjs"), "--json", "--runs", String(runs * 2 + 1)],
    {
      encoding: "utf8",
    },
  ),
);
rows.push({
  measure: "start-up, home screen (pack summaries cached)",
  value: startup.warmRatio,
  unit: `x node -e 0 (${startup.homeWarmMs} ms vs ${startup.nodeMs} ms)`,
  budget: "≤ 3x",
  ok: startup.warmRatio <= 3,
});
rows.push({
  measure: "start-up, home screen (first start, empty home)",
  value: startup.coldRatio,
  unit: `x node -e 0 (${startup.homeColdMs} ms)`,
  budget: "≤ 3x",
  ok: startup.coldRatio <= 3,
});

// 2. Facts to summaries and questions of the built-in pack, in fresh processes: what a quiz
// needs (short summary, 20 questions), and everything (both summaries, every question).
const gen: Record<string, { first: number; warm: number; questions: number }[]> = {};
for (const what of ["quiz", "all"]) {
  gen[what] = Array.from({ length: runs }, () => worker("generate-once", what));
  const first = median(gen[what]!.map((g) => g.first));
  const warm = median(gen[what]!.map((g) => g.warm));
  const label =
    what === "quiz"
      ? "built-in pack: short summary + a 20-question quiz"
      : `built-in pack: both summaries + all ${gen[what]![0]!.questions} questions`;
  rows.push({
    measure: `${label}, warm`,
    value: round(warm),
    unit: "ms CPU",
    budget: "< 20 ms",
    ok: warm < 20,
  });
  rows.push({
    measure: `${label}, first call of a process`,
    value: round(first),
    unit: "ms CPU",
    budget: "< 20 ms",
    ok: first < 20,
    note: "includes compiling the generator's code",
  });
}

// 3. Extraction throughput at 1x, 10x and 100x the input; growth = cost per MB at 100x / at 1x.
// Warm-up, as in a long `add`: regular expressions compiled, hot functions optimised by the JIT.
for (let i = 0; i < 3; i++) extractPack(syntheticArticles(300, 99 + i));
const perMb: Record<number, number> = {};
for (const times of [1, 10, 100]) {
  const articles = syntheticArticles(20 * times, times);
  const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;
  // Small inputs are read several times per measure, so that every measure covers about the
  // same amount of text and the clock's grain does not weigh on the small ones.
  const repeat = 100 / times;
  const ms =
    median(
      Array.from({ length: times === 100 ? Math.min(3, runs) : runs }, () =>
        cpuMs(() => {
          for (let i = 0; i < repeat; i++) extractPack(articles);
        }),
      ),
    ) / repeat;
  perMb[times] = ms / mb;
  rows.push({
    measure: `extraction, ${times}x (${articles.length} articles, ${round(mb, 2)} MB)`,
    value: round(mb / (ms / 1000), 2),
    unit: "MB/s CPU",
    budget: "≥ 1 MB/s",
    ok: mb / (ms / 1000) >= 1,
  });
}
// The five seed pages, when they are beside the project: real pages, boilerplate and comments
// included (which cleaning drops quickly, so real pages read faster than the dense made-up ones).
const seeds = join(here, "..", "..", "shared", "seeds");
if (existsSync(seeds)) {
  const pages = readdirSync(seeds)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => ({
      text: readFileSync(join(seeds, f), "utf8"),
      meta: { published: "2023-11-21" },
    }));
  const many = Array.from({ length: 20 }, () => pages).flat();
  const mb = many.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;
  const ms = median(Array.from({ length: runs }, () => cpuMs(() => extractPack(many))));
  rows.push({
    measure: `extraction, the seed pages x20 (${round(mb, 2)} MB)`,
    value: round(mb / (ms / 1000), 2),
    unit: "MB/s CPU",
    budget: "≥ 1 MB/s",
    ok: mb / (ms / 1000) >= 1,
  });
}
const growth = perMb[100]! / perMb[1]!;
rows.push({
  measure: "extraction growth, cost per MB at 100x / at 1x",
  value: round(growth, 2),
  unit: "x",
  budget: "≈ 1 (linear)",
  ok: growth < 1.5,
});

// 4. Fuzzy search over 10,000 questions, per keystroke of three queries typed letter by letter.
const big: Pack = extractPack(syntheticArticles(600, 7));
const questions = generateQuestions(big, { seed: 1 }).slice(0, 10_000);
const pool = Array.from({ length: Math.ceil(10_000 / questions.length) }, () => questions)
  .flat()
  .slice(0, 10_000);
const buildMs = cpuMs(() => fuzzySearch(pool, [{ get: (q) => q.prompt, weight: 2 }]));
const keystrokes: number[] = [];
for (let r = 0; r < runs; r++) {
  const search = fuzzySearch(pool, [
    { get: (q) => q.prompt, weight: 2 },
    { get: (q) => q.explanation ?? "" },
  ]);
  for (const query of ["qui a limogé", "directrice générale", "martin 2024"]) {
    for (let i = 1; i <= query.length; i++) {
      const t = performance.now();
      search(query.slice(0, i));
      keystrokes.push(performance.now() - t);
    }
  }
}
keystrokes.sort((a, b) => a - b);
const p95 = keystrokes[Math.floor(keystrokes.length * 0.95)]!;
rows.push({
  measure: `fuzzy search, ${pool.length} questions, per keystroke (median)`,
  value: round(median(keystrokes)),
  unit: "ms",
  budget: "< 16 ms",
  ok: median(keystrokes) < 16,
});
rows.push({
  measure: "fuzzy search, per keystroke (95th percentile)",
  value: round(p95),
  unit: `ms (index built in ${round(buildMs)} ms)`,
  budget: "< 16 ms",
  ok: p95 < 16,
});

// 5. Peak memory of a 1,000-article pack: made by one process (as `add`), then read back,
// validated, summarised and quizzed by a fresh one (as `play`). Medians: the resident set moves
// by several megabytes from one run to the next with V8's background compilation.
const packFile = join(built, "pack-1000.yaml");
const builds: { events: number; maxRssMb: number }[] = Array.from({ length: quick ? 1 : 5 }, () =>
  worker("memory", "build", "1000", packFile),
);
const made = { events: builds[0]!.events, maxRssMb: median(builds.map((b) => b.maxRssMb)) };
const reads: number[] = Array.from(
  { length: quick ? 1 : 3 },
  () => worker("memory", "load", packFile).maxRssMb,
);
const memory = median(reads);
rows.push({
  measure: `peak memory, reading a 1,000-article pack (${made.events} events)`,
  value: round(memory),
  unit: "MB resident",
  budget: "< 150 MB",
  ok: memory < 150,
});
rows.push({
  measure: "peak memory, extracting the 1,000 articles into it",
  value: round(made.maxRssMb),
  unit: "MB resident",
  budget: "< 150 MB",
  ok: made.maxRssMb < 150,
});

const width = Math.max(...rows.map((r) => r.measure.length));
console.log(`${"measure".padEnd(width)}  ${"value".padStart(7)}  unit / budget`);
for (const r of rows) {
  console.log(
    `${r.measure.padEnd(width)}  ${String(r.value).padStart(7)}  ${r.unit}; budget ${r.budget} ${r.ok ? "ok" : "OVER"}${r.note ? ` (${r.note})` : ""}`,
  );
}
const results = {
  date: new Date().toISOString(),
  node: process.version,
  runs,
  rows,
  raw: {
    startup,
    generation: gen,
    keystrokes: keystrokes.length,
    memory: {
      extracting: builds.map((b) => round(b.maxRssMb)),
      reading: reads.map((r) => round(r)),
    },
  },
};
writeFileSync(join(here, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwritten to bench/results.json (medians of ${runs} runs)`);
