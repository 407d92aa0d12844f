// Benchmark (not a test): facts to summary and questions for the built-in pack, in a fresh
// process (the first call, which a command pays) and warm; then generation on synthetic packs
// five times apart in size, to see that it grows linearly. Run: npx tsx bench/generate.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Pack } from "../src/core/facts/model.js";
import { eventTypes } from "../src/core/facts/schema.js";
import { generateQuestions } from "../src/core/generate/index.js";
import { parsePack } from "../src/core/pack/parse.js";
import { createRandom } from "../src/core/random.js";
import { summarise } from "../src/core/summarise/index.js";

const file = join(import.meta.dirname, "..", "questions", "openai-2023-11", "pack.yaml");
const pack = parsePack(readFileSync(file, "utf8"), file, "openai-2023-11").pack!;

/** Milliseconds of CPU per call of `f`, over `n` calls. */
function cpu(f: () => void, n = 1): number {
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / n;
}

const all = () => {
  summarise(pack, { length: "short" });
  summarise(pack, { length: "long" });
  return generateQuestions(pack, { seed: 1 });
};
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
console.log(`built-in pack, first call: summaries and all questions ${fmt(cpu(all))}`);
for (let i = 0; i < 50; i++) all();
console.log(
  `built-in pack, warm: summaries ${fmt(cpu(() => summarise(pack, { length: "short" }), 50))}, ` +
    `20 questions ${fmt(cpu(() => generateQuestions(pack, { seed: 2, count: 20 }), 50))}, ` +
    `all ${all().length} questions ${fmt(cpu(() => generateQuestions(pack, { seed: 3 }), 50))}`,
);

/** A made-up pack of `scale` organisations, three people each, five events each. */
function syntheticPack(scale: number): Pack {
  const rng = createRandom(scale);
  const entities = [
    ...Array.from({ length: scale * 3 }, (_, i) => ({
      id: `p${i}`,
      name: `Personne ${i}`,
      kind: "person" as const,
      gender: i % 2 ? ("f" as const) : ("m" as const),
      aliases: [],
      descriptions: [{ text: `rôle ${i % 50}`, sources: ["s0"] }],
    })),
    ...Array.from({ length: scale }, (_, i) => ({
      id: `o${i}`,
      name: `Société ${i}`,
      kind: "organisation" as const,
      gender: "f" as const,
      aliases: [],
      descriptions: [],
    })),
  ];
  const sources = Array.from({ length: 20 }, (_, i) => ({
    id: `s${i}`,
    outlet: `Journal ${i}`,
    language: "fr" as const,
  }));
  const any = () => entities[rng.int(entities.length)]!.id;
  const source = () => [`s${rng.int(sources.length)}`];
  const day = () =>
    `202${rng.int(4)}-${String(1 + rng.int(12)).padStart(2, "0")}-${String(1 + rng.int(28)).padStart(2, "0")}`;
  return {
    id: "synthetic",
    title: "Synthetic",
    language: "fr",
    sources,
    entities,
    events: Array.from({ length: scale * 5 }, (_, i) => ({
      id: `e${i}`,
      type: eventTypes[rng.int(eventTypes.length)]!,
      actor: any(),
      target: any(),
      date: day(),
      sources: source(),
    })),
    claims: Array.from({ length: scale * 2 }, (_, i) => ({
      id: `c${i}`,
      about: `le nombre de choses ${i % (scale / 2)}`,
      value: 10 + rng.int(1000),
      qualifier: "exactly" as const,
      unit: "personnes",
      sources: source(),
    })),
    quotes: Array.from({ length: scale * 2 }, (_, i) => ({
      id: `q${i}`,
      speaker: any(),
      text: `Citation ${i}`,
      date: day(),
      sources: source(),
    })),
    questions: [],
  };
}

for (const scale of [200, 1000]) {
  const big = syntheticPack(scale);
  const quiz = cpu(() => generateQuestions(big, { seed: 1, count: 20 }));
  let count = 0;
  const every = cpu(() => {
    count = generateQuestions(big, { seed: 1 }).length;
  });
  const summary = cpu(() => summarise(big, { length: "long" }));
  console.log(
    `${big.events.length} events: 20 questions ${fmt(quiz)}, all ${count} questions ${fmt(every)}, long summary ${fmt(summary)}`,
  );
}
