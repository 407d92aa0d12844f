import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, ROOT, tempHome } from "../helpers/run-cli.js";
import { runCommand } from "../helpers/run-command.js";

// A quiz left in line mode by a signal, then taken up again with `play --resume`. The built-in
// pack, seed 7, 5 questions in English: X is choice 1 (right), then Jakub Pachocki, choice 2
// (wrong); the last three have their right answer at 2, 3 and 1.
const NOW = "2024-03-01T09:00:00.000Z";
const QUIZ = ["play", "openai-2023-11", "--count", "5", "--seed", "7", "--lang", "en"];

/** Runs newsquiz, types `input`, and sends `signal` once `marker` is printed. */
function leaveWith(
  signal: NodeJS.Signals,
  input: string,
  marker: string,
  env: Record<string, string>,
  args = QUIZ,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: env.CWD ?? ROOT,
      env: { PATH: process.env.PATH ?? "", LANG: "C.UTF-8", TZ: "UTC", ...env },
    });
    let stdout = "";
    let stderr = "";
    let sent = false;
    child.stdout.on("data", (d) => {
      stdout += d;
      if (!sent && stdout.includes(marker)) {
        sent = true;
        child.kill(signal);
      }
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.write(input);
  });
}

describe("a quiz left before its end", () => {
  it("is saved on SIGTERM, said to be waiting, and taken up again with --resume, answers kept", async () => {
    const home = tempHome();
    const env = { NEWSQUIZ_HOME: home, NEWSQUIZ_NOW: NOW, TZ: "UTC" };
    const left = await leaveWith("SIGTERM", "1\n2\n", "Question 3/5", env);
    expect(left.code).toBe(143);
    expect(left.stderr).toBe(
      'newsquiz: Quiz left at question 3 of 5: "node dist/cli.js play --resume" takes it up again, and the next start offers it.\n',
    );

    // A new quiz on the pack says the other is waiting.
    const other = await runCommand([...QUIZ.slice(0, 2), "--count", "1", "--seed", "1"], {
      input: ":quit\n",
      env: { ...env, LANGUAGE: "fr" },
    });
    expect(other.stderr).toBe(
      "newsquiz: un quiz sur openai-2023-11 attend depuis le 2024-03-01 09:00, laissé à la question 3 sur 5 : « node dist/cli.js play --resume » le reprend\n",
    );

    const resumed = await runCommand(["play", "--resume"], { input: "2\n3\n1\n", env });
    expect([resumed.code, resumed.stderr]).toEqual([0, ""]);
    const out = resumed.stdout.split("\n");
    // Where it was left: the third question, in the language it was asked in.
    expect(out.slice(0, 4)).toEqual([
      "OpenAI: the crisis of November 2023 · 5 questions",
      "Empty line: skip · :flag (or :flag wrong): flag the question · :quit: finish",
      "",
      "Question 3/5",
    ]);
    expect(resumed.stdout).not.toContain("Question 2/5");
    expect(resumed.stdout).toContain("Score: 4/5 (80%) · 5 questions in 0 s");
    expect(resumed.stdout).toContain("     Your answer: Jakub Pachocki");
    const answers = readFileSync(join(home, "progress", "answers.jsonl"), "utf8")
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(answers.map((a) => a.question)).toEqual([
      "reseau-annonce-nadella-en",
      "shear-interim.whom.next",
      "sam-altman.role.who",
      "eviction-altman.who",
      "microsoft-reintegration.true-false",
    ]);
    // One quiz: one session, before and after the break.
    expect(new Set(answers.map((a) => a.session)).size).toBe(1);
    expect(
      JSON.parse((await runCommand(["stats", "--json"], { env })).stdout).packs["openai-2023-11"],
    ).toMatchObject({
      sessions: 1,
      lastScore: { score: 4, total: 5 },
    });

    // Taken up, it is no longer waiting.
    expect(await runCommand(["play", "--resume"], { env })).toEqual({
      code: 1,
      stdout: "",
      stderr: "newsquiz: no unfinished quiz to take up again\n",
    });
  });

  it("is saved when the terminal closes (SIGHUP), and refused for another pack", async () => {
    const home = tempHome();
    const env = { NEWSQUIZ_HOME: home, NEWSQUIZ_NOW: NOW };
    const left = await leaveWith("SIGHUP", "4\n", "Question 2/5", env);
    expect(left.code).toBe(129);
    expect(existsSync(join(home, "progress", "interrupted.json"))).toBe(true);
    const wrong = await runCommand(
      ["play", "tests/fixtures/packs/every-type", "--resume", "--lang", "en"],
      {
        env,
      },
    );
    expect([wrong.code, wrong.stderr]).toEqual([
      1,
      'newsquiz: the unfinished quiz is on openai-2023-11, not tests/fixtures/packs/every-type: "node dist/cli.js play --resume" without a pack takes it up again\n',
    ]);
    // Run as `npm start -- …` (npm names the script in npm_lifecycle_event), the line names
    // that command: `newsquiz` may not be on the PATH.
    const npm = await runCommand(["play", "tests/fixtures/packs/every-type", "--resume"], {
      env: {
        ...env,
        npm_lifecycle_event: "start",
        npm_command: "start",
        npm_lifecycle_script: "node dist/cli.js",
      },
    });
    expect(npm.stderr).toBe(
      'newsquiz: the unfinished quiz is on openai-2023-11, not tests/fixtures/packs/every-type: "npm start -- play --resume" without a pack takes it up again\n',
    );
    // Still there for the right pack.
    const resumed = await runCommand(["play", "openai-2023-11", "--resume"], { input: "", env });
    expect(resumed.stdout).toContain("\nQuestion 2/5\n");
  });

  it("is not taken up again once its pack has changed, and is dropped", async () => {
    const cwd = tempHome();
    mkdirSync(join(cwd, "questions"));
    cpSync(join(ROOT, "questions", "openai-2023-11"), join(cwd, "questions", "openai-2023-11"), {
      recursive: true,
    });
    const env = { NEWSQUIZ_HOME: tempHome(), NEWSQUIZ_NOW: NOW, CWD: cwd };
    await leaveWith("SIGINT", "4\n", "Question 2/5", env);
    const file = join(cwd, "questions", "openai-2023-11", "pack.yaml");
    writeFileSync(file, `${readFileSync(file, "utf8")}\n# edited\n`);
    const refused = await runCommand(["play", "--resume", "--lang", "en"], { cwd, env });
    expect([refused.code, refused.stderr]).toEqual([
      1,
      "newsquiz: openai-2023-11 has changed (or gone) since this quiz was left: it cannot be taken up again, and is dropped\n",
    ]);
    expect((await runCommand(["play", "--resume", "--lang", "en"], { cwd, env })).stderr).toBe(
      "newsquiz: no unfinished quiz to take up again\n",
    );
  });
});
