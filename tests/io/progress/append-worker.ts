// Run by the concurrency tests as a separate process: records answers through the real store.
// Usage: node --import tsx append-worker.ts DIR NAME COUNT   (COUNT 0: until killed)
// It prints "ready", waits for a line on stdin (so that both workers start together), then
// records its answers, printing how many are done every 50.
import { createInterface } from "node:readline";
import { openProgressStore } from "../../../src/io/progress/progress-store.js";

const [dir, name, countText] = process.argv.slice(2);
const count = Number(countText);
const store = openProgressStore({ dir: dir!, warn: (line) => process.stderr.write(`${line}\n`) });
process.stdout.write("ready\n");
const input = createInterface({ input: process.stdin });
input.once("line", () => {
  input.close();
  for (let n = 0; count === 0 || n < count; n++) {
    store.recordAnswer({
      v: 1,
      pack: "p",
      packHash: "h1",
      question: `${name}-${n}`,
      kind: "who",
      type: "single",
      facts: [`fact-${n % 40}`, `fact-${(n + 1) % 40}`],
      correct: n % 3 !== 0,
      score: n % 3 !== 0 ? 1 : 0,
      at: new Date(Date.UTC(2024, 2, 1, 9, 0, n)).toISOString(),
      ms: 1000 + n,
      session: `${name}-session`,
    });
    if ((n + 1) % 50 === 0) process.stdout.write(`${n + 1}\n`);
  }
  process.stdin.destroy();
});
