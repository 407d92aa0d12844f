// Extraction throughput (`npm run bench:extract`): megabytes of article text read per second, on
// the seed pages repeated 1, 10 and 100 times, both as that many articles and as one long
// article, so that a cost growing faster than the text shows up. Not a test: timings vary with
// the machine; the budget (DESIGN.md) is at least 1 MB/s on one core, linear in input size.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractPack } from "../src/core/extract/index.js";

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
  const pack = extractPack(texts.map((text) => ({ text, meta })));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const mb = bytes / 1e6;
  console.log(
    `${label.padEnd(28)} ${mb.toFixed(2).padStart(7)} MB ${seconds.toFixed(2).padStart(7)} s ${(mb / seconds).toFixed(2).padStart(6)} MB/s  (${pack.events.length} events)`,
  );
}

extractPack(pages.map((text) => ({ text, meta }))); // warm-up: compile regular expressions, JIT
for (const times of [1, 10, 100]) {
  const many = Array.from({ length: times }, () => pages).flat();
  measure(`${times}x, ${many.length} articles`, many);
}
for (const times of [1, 10, 100]) {
  const one = Array.from({ length: times }, () => pages.join("\n\n")).join("\n\n");
  measure(`${times}x, one article`, [one]);
}
