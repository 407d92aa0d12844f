import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { answerCodec } from "../src/core/progress/records.js";
import type { AnswerRecord } from "../src/core/quiz/answer-record.js";
import { answer } from "./helpers/answers.js";
import { homeWithLog } from "./helpers/progress-log.js";
import { ROOT } from "./helpers/run-cli.js";
import { runCommand } from "./helpers/run-command.js";

// docs/progress.md (where the README's progress sections moved) shows what `stats` and
// `review` print for this log: it must stay true.
const readme = readFileSync(join(ROOT, "docs", "progress.md"), "utf8");

function consoleBlockAfter(marker: string): { command: string; output: string[] } {
  const start = readme.indexOf(marker);
  expect(start, `docs/progress.md has "${marker}"`).toBeGreaterThan(-1);
  const open = readme.indexOf("```console\n", start) + "```console\n".length;
  const [command, ...output] = readme.slice(open, readme.indexOf("\n```", open)).split("\n");
  return { command: command!.replace(/^\$ newsquiz /, ""), output };
}

const o = (fields: Partial<AnswerRecord> & Pick<AnswerRecord, "at" | "question">) =>
  answer({ pack: "openai-2023-11", ...fields });
const staff = { kind: "how-many", type: "numeric", facts: ["effectif-700"] } as const;
const shear = { type: "short", facts: ["emmett-shear"] } as const;
const log = [
  o({
    question: "reseau-annonce-nadella",
    facts: ["embauche-altman"],
    at: "2024-03-01T09:00:00.000Z",
  }),
  o({
    question: "effectif-selon-macgeneration",
    ...staff,
    facts: [...staff.facts],
    correct: false,
    at: "2024-03-01T09:01:00.000Z",
  }),
  o({
    question: "plateforme-shear",
    ...shear,
    facts: [...shear.facts],
    correct: false,
    at: "2024-03-01T09:02:00.000Z",
  }),
  o({
    question: "effectif-selon-macgeneration",
    ...staff,
    facts: [...staff.facts],
    at: "2024-03-02T09:00:00.000Z",
    session: "s2",
  }),
  o({
    question: "plateforme-shear",
    ...shear,
    facts: [...shear.facts],
    correct: false,
    at: "2024-03-02T09:01:00.000Z",
    session: "s2",
  }),
];

describe("docs/progress.md", () => {
  it("shows an answer line the log reads", async () => {
    const start = readme.indexOf("An answer line looks like this");
    const open = readme.indexOf("```json\n", start) + "```json\n".length;
    const line = readme.slice(open, readme.indexOf("\n```", open));
    expect(answerCodec.parse(line)).toMatchObject({
      kind: "record",
      record: { question: "plateforme-shear", facts: ["emmett-shear"], correct: false },
    });
  });

  it("shows the stats newsquiz really prints", async () => {
    const { home } = homeWithLog(log);
    const { command, output } = consoleBlockAfter("## `newsquiz stats");
    const result = await runCommand(command.split(" "), {
      env: { NEWSQUIZ_HOME: home, TZ: "UTC" },
    });
    const printed = result.stdout.trimEnd().split("\n");
    // All but the folder, which is the reader's own.
    expect(printed.slice(0, -1)).toEqual(output.slice(0, -1));
    expect(output.at(-1)).toBe("Progress is kept in /home/you/.local/share/newsquiz/progress");
  });

  it("shows the review newsquiz really prints (on 5 March 2024)", async () => {
    const { home } = homeWithLog(log);
    const { command, output } = consoleBlockAfter("## `newsquiz review");
    const args = [...command.split(" "), "--at", "2024-03-05"];
    const result = await runCommand(args, { env: { NEWSQUIZ_HOME: home, TZ: "UTC" } });
    // newsquiz keeps French punctuation on its word with a no-break space; the README has a space.
    const printed = result.stdout
      .replace(/\u00a0/g, " ")
      .trimEnd()
      .split("\n");
    expect(printed).toEqual(output);
  });
});
