import type { Language } from "../facts/model.js";
import type { FlagReason } from "../progress/port.js";
import { parseClozeReply } from "../question/types/cloze/index.js";
import type { Certainty } from "./answer-record.js";
import { CERTAINTIES } from "./certainty.js";
import type { Presented } from "./presentation.js";
import type { Response } from "./response.js";

/** What one typed line means in line mode. */
export type Reply =
  | { kind: "answer"; response: Response }
  /** Enter on an essay or a description: read, go on. */
  | { kind: "continue" }
  | { kind: "skip" }
  | { kind: "flag"; reason: FlagReason }
  | { kind: "quit" }
  | {
      kind: "error";
      key:
        | "error.number"
        | "error.numbers"
        | "error.value"
        | "error.matching"
        | "error.ordering"
        | "error.cloze"
        | "error.cloze-choice"
        | "error.cloze-number";
      vars: Record<string, number>;
    };

/**
 * Reads one line of line mode as an answer to the question shown. Numbers refer to the order
 * the choices were printed in. An empty line skips, `:flag [wrong|unclear]` flags, `:quit`
 * ends the quiz. How each type is answered:
 * single and true/false "2"; multiple "1,3" (or "1 3"); numeric "700" ("1 000", "1,5" in French,
 * "1,000" and "1.5" in English); short and essay any text; matching the number of the right-hand
 * choice for each left item in order, "2 1 3"; ordering the item numbers in the right order.
 */
export function parseReply(item: Presented, line: string, lang: Language): Reply {
  const text = line.trim();
  const q = item.question;
  if (text === ":quit" || text === ":q") return { kind: "quit" };
  const flag = /^:flag(?:\s+(wrong|unclear))?$/.exec(text);
  if (flag) return { kind: "flag", reason: (flag[1] as FlagReason | undefined) ?? "unclear" };
  if (q.type === "description") return { kind: "continue" };
  if (q.type === "essay")
    return text ? { kind: "answer", response: { type: "essay", text } } : { kind: "continue" };
  if (!text) return { kind: "skip" };
  switch (q.type) {
    case "single": {
      const n = oneNumber(text, item.choiceOrder.length);
      if (n === undefined) return error("error.number", { max: item.choiceOrder.length });
      return { kind: "answer", response: { type: "single", choice: item.choiceOrder[n - 1]! } };
    }
    case "multiple": {
      const max = item.choiceOrder.length;
      const ns = numbers(text, max);
      if (!ns || ns.length === 0) return error("error.numbers", { max });
      const choices = [...new Set(ns)].map((n) => item.choiceOrder[n - 1]!);
      return { kind: "answer", response: { type: "multiple", choices } };
    }
    case "truefalse": {
      const value = truth(text);
      if (value === undefined) return error("error.number", { max: 2 });
      return { kind: "answer", response: { type: "truefalse", value } };
    }
    case "numeric": {
      const value = parseNumber(text, lang);
      if (value === undefined) return error("error.value", {});
      return { kind: "answer", response: { type: "numeric", value } };
    }
    case "short":
      return { kind: "answer", response: { type: "short", text } };
    case "matching": {
      const max = item.rights.length;
      const ns = numbers(text, max);
      if (!ns || ns.length !== item.lefts.length) {
        return error("error.matching", { count: item.lefts.length, max });
      }
      const rights: (string | null)[] = q.pairs.map(() => null);
      item.lefts.forEach((pair, k) => {
        rights[pair] = item.rights[ns[k]! - 1]!;
      });
      return { kind: "answer", response: { type: "matching", rights } };
    }
    case "cloze": {
      const read = parseClozeReply(item, text, (t) => parseNumber(t, lang));
      return "response" in read
        ? { kind: "answer", response: read.response }
        : error(read.error, read.vars);
    }
    case "ordering": {
      const count = item.itemOrder.length;
      const ns = numbers(text, count);
      if (!ns || ns.length !== count || new Set(ns).size !== count) {
        return error("error.ordering", { count });
      }
      return {
        kind: "answer",
        response: { type: "ordering", order: ns.map((n) => item.itemOrder[n - 1]!) },
      };
    }
  }
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

/** A number as a reader types it, in the language's writing: spaces group, comma or dot marks decimals. */
export function parseNumber(text: string, lang: Language): number | undefined {
  let s = text.replace(/[\s\u00a0\u202f]/g, "");
  if (lang === "en") s = s.replace(/,(?=\d{3}(?:\D|$))/g, "");
  s = s.replace(",", ".");
  const match = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)/.exec(s);
  if (!match) return undefined;
  const value = Number(match[0]);
  return Number.isFinite(value) ? value : undefined;
}

function error(key: Extract<Reply, { kind: "error" }>["key"], vars: Record<string, number>): Reply {
  return { kind: "error", key, vars };
}

function oneNumber(text: string, max: number): number | undefined {
  const ns = numbers(text, max);
  return ns?.length === 1 ? ns[0] : undefined;
}

/** Numbers from 1 to max separated by commas or spaces; undefined if anything else is there. */
function numbers(text: string, max: number): number[] | undefined {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  const ns = parts.map(Number);
  if (ns.some((n) => !Number.isInteger(n) || n < 1 || n > max)) return undefined;
  return ns;
}

function truth(text: string): boolean | undefined {
  const t = text.toLowerCase();
  if (["1", "v", "vrai", "t", "true", "o", "oui", "y", "yes"].includes(t)) return true;
  if (["2", "f", "faux", "false", "n", "non", "no"].includes(t)) return false;
  return undefined;
}
