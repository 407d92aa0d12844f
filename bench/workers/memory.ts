// Peak resident memory around a pack made of N articles, each step in its own fresh process:
//   build N FILE  extracts N made-up articles and writes the pack, as `newsquiz add` does;
//   load FILE     reads and validates it, writes its summary and a quiz, as `newsquiz play` does.
// Prints JSON with the process's peak resident memory (maxRSS).
import { readFileSync, writeFileSync } from "node:fs";
import { stringify } from "yaml";
import { extractPack } from "../../src/core/extract/index.js";
import { generateQuestions } from "../../src/core/generate/index.js";
import { parsePack } from "../../src/core/pack/parse.js";
import { summarise } from "../../src/core/summarise/index.js";
import { syntheticArticles } from "../corpus.js";

const [mode, a, b] = process.argv.slice(2);
const peakMb = () => process.resourceUsage().maxRSS / 1024;
if (mode === "build") {
  const pack = extractPack(syntheticArticles(Number(a)));
  writeFileSync(b!, stringify({ ...pack, id: undefined }));
  console.log(JSON.stringify({ events: pack.events.length, maxRssMb: peakMb() }));
} else {
  const text = readFileSync(a!, "utf8");
  const { pack, errors } = parsePack(text, a!, "bench");
  if (!pack)
    throw new Error(
      errors
        .slice(0, 3)
        .map((e) => e.message)
        .join("; "),
    );
  summarise(pack, { length: "long" });
  const questions = generateQuestions(pack, { seed: 1, count: 20 });
  console.log(
    JSON.stringify({ bytes: text.length, questions: questions.length, maxRssMb: peakMb() }),
  );
}
