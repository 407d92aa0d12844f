import {
  checkSources,
  checkWith,
  type PackData,
  parseNumber,
  splitList,
} from "../core/authoring/checks.js";
import {
  multipleQuestionSchema,
  questionTypes,
  singleQuestionSchema,
} from "../core/question/schema.js";
import { askId } from "./ask-facts.js";
import type { Prompter } from "./prompter.js";

type Item = Record<string, unknown>;

// Cloze questions are imported (GIFT, Moodle XML) or written in pack.yaml, not asked for here.
const TYPE_NAMES: Record<Exclude<(typeof questionTypes)[number], "cloze">, string> = {
  single: "single choice (one right answer)",
  multiple: "multiple answers (select all that apply)",
  truefalse: "true or false",
  numeric: "a number (with a tolerance)",
  short: "short answer (typed)",
  matching: "matching pairs",
  ordering: "put in order",
  essay: "essay (free text, not scored)",
  description: "description (text shown between questions)",
};

/** Lines typed one after the other until an empty one, at least `min` of them. */
async function askList(
  p: Prompter,
  label: string,
  min: number,
  check?: (v: string) => true | string,
): Promise<string[]> {
  const items: string[] = [];
  for (;;) {
    const value = await p.input({
      message: `${label} ${items.length + 1}${items.length >= min ? " (empty to finish)" : ""}`,
      validate: (v) =>
        v.trim() === ""
          ? items.length >= min
            ? true
            : `expected at least ${min}`
          : (check?.(v.trim()) ?? true),
    });
    if (value.trim() === "") return items;
    items.push(value.trim());
  }
}

/** Which choices are right, by number; the schema's own rule says when the answer is refused. */
async function askRight(
  p: Prompter,
  type: "single" | "multiple",
  texts: string[],
): Promise<Item[]> {
  const schema = (type === "single" ? singleQuestionSchema : multipleQuestionSchema).shape.choices;
  const build = (value: string) => {
    const numbers = splitList(value).map(Number);
    const bad = numbers.find((n) => !Number.isInteger(n) || n < 1 || n > texts.length);
    if (bad !== undefined) return `no choice ${bad}; expected numbers from 1 to ${texts.length}`;
    // The pack allows several right choices (Moodle does); "one right answer" is what was chosen here.
    if (type === "single" && new Set(numbers).size !== 1)
      return "expected exactly one choice marked correct: true";
    return texts.map((text, i) => ({ text, correct: numbers.includes(i + 1) }));
  };
  const answer = await p.input({
    message:
      type === "single"
        ? "Number of the right choice"
        : "Numbers of the right choices (such as 1 3)",
    validate: (v) => {
      const choices = build(v);
      return typeof choices === "string" ? choices : checkWith(schema, choices);
    },
  });
  return (build(answer) as Item[]).map((c) => (c.correct ? c : { text: c.text }));
}

async function askAnswers(p: Prompter, type: (typeof questionTypes)[number]): Promise<Item> {
  switch (type) {
    case "single":
    case "multiple":
      return { choices: await askRight(p, type, await askList(p, "Choice", 2)) };
    case "truefalse":
      return {
        answer:
          (await p.select({
            message: "The statement is",
            choices: [
              { name: "true", value: "true" },
              { name: "false", value: "false" },
            ],
          })) === "true",
      };
    case "numeric": {
      const number = (optional: boolean) => (v: string) =>
        (optional && v.trim() === "") || parseNumber(v) !== undefined
          ? true
          : `"${v}" is not a number; expected digits, such as 700 or 3.5`;
      const value = parseNumber(
        await p.input({ message: "The right number", validate: number(false) }),
      );
      const tolerance = parseNumber(
        await p.input({ message: "Accepted margin, ± (optional)", validate: number(true) }),
      );
      const unit = (await p.input({ message: "Unit (optional)" })).trim() || undefined;
      return { answers: [{ value, tolerance }], unit };
    }
    case "short":
      return { answers: await askList(p, "Accepted answer", 1) };
    case "matching": {
      const pairs = await askList(p, "Pair (left -> right)", 2, (v) =>
        /.+->.+/.test(v) ? true : `"${v}" has no ->; expected left -> right`,
      );
      return {
        pairs: pairs.map((pair) => ({
          left: pair.split("->")[0]!.trim(),
          right: pair.slice(pair.indexOf("->") + 2).trim(),
        })),
      };
    }
    case "ordering":
      return { items: await askList(p, "Item, in the right order,", 2) };
    default:
      return {};
  }
}

/** A hand-written question of any type, asked field by field. */
export async function askQuestion(p: Prompter, data: PackData): Promise<Item> {
  const type = await p.select({
    message: "Type of question",
    choices: questionTypes
      .filter((t) => t !== "cloze")
      .map((t) => ({ name: TYPE_NAMES[t], value: t })),
  });
  const prompt = (
    await p.input({
      message: "The question",
      validate: (v) => (v.trim() === "" ? "expected the text of the question" : true),
    })
  ).trim();
  const answers = await askAnswers(p, type);
  const explanation =
    type === "description"
      ? ""
      : (await p.input({ message: "Explanation shown after answering (optional)" })).trim();
  const sources = splitList(
    await p.input({
      message: "Sources that back it (ids, optional)",
      validate: (v) => checkSources(data, v, false),
    }),
  );
  const id = await askId(p, data, prompt);
  return {
    id,
    type,
    prompt,
    ...answers,
    explanation: explanation || undefined,
    sources: sources.length ? sources : undefined,
  };
}
