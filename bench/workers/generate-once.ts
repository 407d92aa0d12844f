// One fresh process: the CPU time of the first summary-and-questions call on the built-in pack
// (what one command pays, compilation included) and of the same call once warm. Prints JSON.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateQuestions } from "../../src/core/generate/index.js";
import { parsePack } from "../../src/core/pack/parse.js";
import { summarise } from "../../src/core/summarise/index.js";

const file = join(import.meta.dirname, "..", "..", "questions", "openai-2023-11", "pack.yaml");
const pack = parsePack(readFileSync(file, "utf8"), file, "openai-2023-11").pack!;
const all = () => {
  summarise(pack, { length: "short" });
  summarise(pack, { length: "long" });
  return generateQuestions(pack, { seed: 1 }).length;
};
const cpuMs = (f: () => unknown) => {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
/** What `newsquiz play` does before its first question: a short summary and a 20-question quiz. */
const quiz = () => {
  summarise(pack, { length: "short" });
  return generateQuestions(pack, { seed: 2, count: 20 }).length;
};
const which = process.argv[2] === "quiz" ? quiz : all;
const first = cpuMs(which);
const warm: number[] = [];
for (let i = 0; i < 30; i++) warm.push(cpuMs(which));
warm.sort((a, b) => a - b);
console.log(JSON.stringify({ first, warm: warm[15], questions: which() }));
