import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { FlagRecord } from "../../src/core/progress/port.js";
import { answerCodec, flagCodec } from "../../src/core/progress/records.js";
import type { AnswerRecord } from "../../src/core/quiz/answer-record.js";
import { tempHome } from "./run-cli.js";

/** A fresh NEWSQUIZ_HOME whose progress log holds these answers and flags. */
export function homeWithLog(answers: readonly AnswerRecord[], flags: readonly FlagRecord[] = []) {
  const home = tempHome();
  const dir = join(home, "progress");
  mkdirSync(dir, { recursive: true });
  const lines = (items: string[]) => items.map((l) => `${l}\n`).join("");
  writeFileSync(join(dir, "answers.jsonl"), lines(answers.map(answerCodec.serialise)));
  if (flags.length > 0)
    writeFileSync(join(dir, "flags.jsonl"), lines(flags.map(flagCodec.serialise)));
  return { home, dir };
}
