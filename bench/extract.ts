// Extraction throughput (`npm run bench:extract`): megabytes of article text read per second, on
// the seed pages repeated 1, 10 and 100 times, both as that many articles and as one long
// article, so that a cost growing faster than the text shows up. Not a test: timings vary with
// the machine; the budget (DESIGN.md) is at least 1 MB/s on one core, linear in input size.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractPack } from "../src/core/extract/index.js";
import { cleanArticle } from "../src/core/text/clean.js";

const seeds = join(import.meta.dirname, "..", "..", "shared", "seeds");
if (!existsSync(seeds)) {
  console.log("bench skipped: ../shared/seeds is not there");
  process.exit(0);
}
const pages = readdirSync(seeds)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join(seeds, f), "utf8"));
const meta = { published: "2023-11-21" };

function measure(label: string, texts: string[]): void {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const pack = extractPack(texts.map((text) => ({ text, meta })));
  const used = process.cpuUsage(cpu);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  // CPU time is what one core spends, whatever else the machine runs; wall time is what a user waits.
  const cpuSeconds = (used.user + used.system) / 1e6;
  const mb = bytes / 1e6;
  console.log(
    `${label.padEnd(24)} ${mb.toFixed(2).padStart(6)} MB  wall ${seconds.toFixed(2).padStart(5)} s ${(mb / seconds).toFixed(2).padStart(5)} MB/s  cpu ${cpuSeconds.toFixed(2).padStart(5)} s ${(mb / cpuSeconds).toFixed(2).padStart(5)} MB/s  (${pack.events.length} events)`,
  );
}

// Warm-up: regular expressions compiled, functions optimised by the JIT, as in a long run.
for (let i = 0; i < 5; i++) extractPack(pages.map((text) => ({ text, meta })));
for (const times of [1, 10, 100]) {
  const many = Array.from({ length: times }, () => pages).flat();
  measure(`${times}x, ${many.length} articles`, many);
}
// One long article: the pages' own text without their footers and comments, which would
// otherwise end the article at the first page's footer.
const bodies = pages
  .map((p) =>
    cleanArticle(p)
      .paragraphs.map((x) => x.text)
      .join("\n\n"),
  )
  .join("\n\n");
for (const times of [1, 10, 100]) {
  const one = Array.from({ length: times }, () => bodies).join("\n\n");
  measure(`${times}x, one article`, [one]);
}
