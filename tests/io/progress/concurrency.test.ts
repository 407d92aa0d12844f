import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readLog } from "../../../src/core/progress/log-text.js";
import { answerCodec } from "../../../src/core/progress/records.js";
import { tempHome } from "../../helpers/run-cli.js";
import { tempStore } from "./store-helpers.js";

const WORKER = join(import.meta.dirname, "append-worker.ts");

function worker(dir: string, name: string, count: number) {
  const child = spawn(process.execPath, ["--import", "tsx", WORKER, dir, name, String(count)], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  const printed = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (stdout.split("\n").includes(text)) resolve();
      };
      child.stdout.on("data", check);
      child.on("exit", () => reject(new Error(`worker exited first: ${stderr}`)));
      check();
    });
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { child, printed, exited, stderr: () => stderr };
}

const go = (child: ChildProcess) => child.stdin!.end("go\n");

describe("two newsquiz processes answering at once", () => {
  it("keep every answer: 1,000 each gives 2,000 whole records", async () => {
    const dir = join(tempHome(), "progress");
    const a = worker(dir, "a", 1000);
    const b = worker(dir, "b", 1000);
    await Promise.all([a.printed("ready"), b.printed("ready")]);
    go(a.child);
    go(b.child);
    expect(await Promise.all([a.exited, b.exited])).toEqual([0, 0]);
    expect([a.stderr(), b.stderr()]).toEqual(["", ""]);

    const log = readLog(readFileSync(join(dir, "answers.jsonl")), answerCodec);
    expect(log.damaged).toEqual([]);
    expect(log.records).toHaveLength(2000);
    for (const name of ["a", "b"]) {
      // Each process's answers are all there, in the order it wrote them.
      const mine = log.records.filter((r) => r.session === `${name}-session`);
      expect(mine.map((r) => r.question)).toEqual(
        Array.from({ length: 1000 }, (_, n) => `${name}-${n}`),
      );
    }
    const { store, notices } = tempStore({ dir });
    expect(store.answers()).toHaveLength(2000);
    expect(notices).toEqual([]);
  }, 120_000);

  it("a process killed while writing leaves at most its last record incomplete", async () => {
    const dir = join(tempHome(), "progress");
    const w = worker(dir, "k", 0);
    await w.printed("ready");
    go(w.child);
    await w.printed("200");
    w.child.kill("SIGKILL");
    await w.exited;

    const log = readLog(readFileSync(join(dir, "answers.jsonl")), answerCodec);
    expect(log.records.length).toBeGreaterThanOrEqual(200);
    expect(log.damaged.every((d) => d.incomplete)).toBe(true);
    expect(log.damaged.length).toBeLessThanOrEqual(1);
    expect(log.records.map((r) => r.question)).toEqual(
      Array.from({ length: log.records.length }, (_, n) => `k-${n}`),
    );
  }, 120_000);
});
