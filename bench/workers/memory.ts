// Peak resident memory around a pack made of N articles, each step in its own fresh process:
//   build N FILE  extracts N made-up articles, writes the pack text and checks it, through the
//                 code of `newsquiz add` (a new pack);
//   load FILE     reads and validates it, writes its summary and a quiz, as `newsquiz play` does.
// Prints JSON with the process's peak resident memory (maxRSS).
import { readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { checkedPack, newPack } from "../../src/commands/add/pack-text.js";
import { generateQuestions } from "../../src/core/generate/index.js";
import { parsePack } from "../../src/core/pack/parse.js";
import { summarise } from "../../src/core/summarise/index.js";
import { syntheticArticles } from "../corpus.js";

const [mode, a, b] = process.argv.slice(2);
const peakMb = () => process.resourceUsage().maxRSS / 1024;
if (mode === "build") {
  const target = { id: "bench", dir: dirname(b!), file: b!, shown: b! };
  const { text } = newPack(target, syntheticArticles(Number(a)), undefined);
  const pack = checkedPack(text, target);
  writeFileSync(b!, text);
  console.log(JSON.stringify({ events: pack.events.length, maxRssMb: peakMb() }));
} else {
  const text = readFileSync(a!, "utf8");
  const { pack: read, errors } = parsePack(text, a!, "bench");
  if (!read)
    throw new Error(
      errors
        .slice(0, 3)
        .map((e) => e.message)
        .join("; "),
    );
  // `add` writes `unreviewed: skip`; read as after a review, every fact is summarised and asked.
  const pack = { ...read, unreviewed: "ask" as const };
  summarise(pack, { length: "long" });
  const questions = generateQuestions(pack, { seed: 1, count: 20 });
  console.log(
    JSON.stringify({ bytes: text.length, questions: questions.length, maxRssMb: peakMb() }),
  );
}
