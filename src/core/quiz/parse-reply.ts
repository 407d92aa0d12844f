import type { Language } from "../facts/model.js";
import type { FlagReason } from "../progress/port.js";
import type { ReadReply } from "../question/types/answer-type.js";
import { answerTypeOf } from "../question/types/index.js";
import type { Certainty } from "./answer-record.js";
import { CERTAINTIES } from "./certainty.js";
import type { Presented } from "./presentation.js";
import type { Response } from "./response.js";

export { parseNumber } from "../question/types/kit/numbers.js";

/** What one typed line means in line mode. */
export type Reply =
  /** An answer; or Enter on an essay or a description: read, go on; or why the line is refused. */
  ReadReply<Response> | { kind: "skip" } | { kind: "flag"; reason: FlagReason } | { kind: "quit" };

/**
 * Reads one line of line mode as an answer to the question shown. Numbers refer to the order
 * the choices were printed in. An empty line skips, `:flag [wrong|unclear]` flags, `:quit`
 * ends the quiz; anything else is read as the question's type reads it: single and true/false
 * "2"; multiple "1,3" (or "1 3"); numeric "700" ("1 000", "1,5" in French, "1,000" and "1.5" in
 * English); short and essay any text; matching the number of the right-hand choice for each
 * left item in order, "2 1 3"; ordering the item numbers in the right order.
 */
export function parseReply(item: Presented, line: string, lang: Language): Reply {
  const text = line.trim();
  if (text === ":quit" || text === ":q") return { kind: "quit" };
  const flag = /^:flag(?:\s+(wrong|unclear))?$/.exec(text);
  if (flag) return { kind: "flag", reason: (flag[1] as FlagReason | undefined) ?? "unclear" };
  const type = answerTypeOf(item.question);
  // Essays and descriptions read an empty line themselves: nothing to skip there.
  if (!text && type.answered === "graded") return { kind: "skip" };
  return type.line.read(item, text, lang) as ReadReply<Response>;
}

/** A certainty typed as 1, 2 or 3 (or its first letter in either language). */
export function parseCertainty(line: string): Certainty | undefined {
  const text = line.trim().toLowerCase();
  const n = Number(text);
  if (Number.isInteger(n) && n >= 1 && n <= 3) return CERTAINTIES[n - 1];
  if (["l", "low", "f", "faible"].includes(text)) return "low";
  if (["m", "medium", "moyenne"].includes(text)) return "medium";
  if (["h", "high", "haute"].includes(text)) return "high";
  return undefined;
}
