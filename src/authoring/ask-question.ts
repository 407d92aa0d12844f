import { checkWith, type PackData, parseNumber, splitList } from "../core/authoring/checks.js";
import {
  multipleQuestionSchema,
  questionTypes,
  singleQuestionSchema,
} from "../core/question/schema.js";
import { idStep, sourcesStep } from "./fields.js";
import type { Prompter } from "./prompter.js";
import { ask, BACK, type Back, choose, type Item, runSteps, SKIP } from "./steps.js";

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

/**
 * Lines typed one after the other until an empty one, at least `min` of them; `<` takes back
 * the line before (on the first, goes back to the question before the list).
 */
async function askList(
  p: Prompter,
  label: string,
  min: number,
  check?: (v: string) => true | string,
): Promise<string[] | Back> {
  const items: string[] = [];
  for (;;) {
    const value = await ask(p, {
      message: `${label} ${items.length + 1}${items.length >= min ? " (empty to finish)" : ""}`,
      validate: (v) =>
        v.trim() === ""
          ? items.length >= min
            ? true
            : `expected at least ${min}`
          : (check?.(v.trim()) ?? true),
    });
    if (value === BACK) {
      if (items.length === 0) return BACK;
      items.pop();
      continue;
    }
    if (value.trim() === "") return items;
    items.push(value.trim());
  }
}

/** Which choices are right, by number; the schema's own rule says when the answer is refused. */
async function askRight(
  p: Prompter,
  type: "single" | "multiple",
  texts: string[],
): Promise<Item[] | Back> {
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
  const answer = await ask(p, {
    message:
      type === "single"
        ? "Number of the right choice"
        : "Numbers of the right choices (such as 1 3)",
    validate: (v) => {
      const choices = build(v);
      return typeof choices === "string" ? choices : checkWith(schema, choices);
    },
  });
  if (answer === BACK) return BACK;
  return (build(answer) as Item[]).map((c) => (c.correct ? c : { text: c.text }));
}

/** The answers of a question of the type: BACK from their first question goes back before them. */
async function askAnswers(p: Prompter, type: (typeof questionTypes)[number]): Promise<Item | Back> {
  switch (type) {
    case "single":
    case "multiple": {
      for (;;) {
        const texts = await askList(p, "Choice", 2);
        if (texts === BACK) return BACK;
        const choices = await askRight(p, type, texts);
        if (choices !== BACK) return { choices };
      }
    }
    case "truefalse": {
      const answer = await choose(p, {
        message: "The statement is",
        choices: [
          { name: "true", value: "true" },
          { name: "false", value: "false" },
        ],
      });
      return answer === BACK ? BACK : { answer: answer === "true" };
    }
    case "numeric": {
      const number = (optional: boolean) => (v: string) =>
        (optional && v.trim() === "") || parseNumber(v) !== undefined
          ? true
          : `"${v}" is not a number; expected digits, such as 700 or 3.5`;
      const value = await ask(p, { message: "The right number", validate: number(false) });
      if (value === BACK) return BACK;
      const tolerance = await ask(p, {
        message: "Accepted margin, ± (optional)",
        validate: number(true),
      });
      if (tolerance === BACK) return BACK;
      const unit = await ask(p, { message: "Unit (optional)" });
      if (unit === BACK) return BACK;
      return {
        answers: [{ value: parseNumber(value), tolerance: parseNumber(tolerance) }],
        unit: unit.trim() || undefined,
      };
    }
    case "short": {
      const answers = await askList(p, "Accepted answer", 1);
      return answers === BACK ? BACK : { answers };
    }
    case "matching": {
      const pairs = await askList(p, "Pair (left -> right)", 2, (v) =>
        /.+->.+/.test(v) ? true : `"${v}" has no ->; expected left -> right`,
      );
      if (pairs === BACK) return BACK;
      return {
        pairs: pairs.map((pair) => ({
          left: pair.split("->")[0]!.trim(),
          right: pair.slice(pair.indexOf("->") + 2).trim(),
        })),
      };
    }
    case "ordering": {
      const items = await askList(p, "Item, in the right order,", 2);
      return items === BACK ? BACK : { items };
    }
    default:
      return {};
  }
}

/** A hand-written question of any type, asked field by field; `<` goes back one question. */
export async function askQuestion(
  p: Prompter,
  data: PackData,
  current?: Item,
): Promise<Item | Back> {
  const answerKeys = ["choices", "answer", "answers", "unit", "pairs", "items"];
  const item = await runSteps(
    [
      async (q) => {
        const type = await choose(p, {
          message: "Type of question",
          choices: questionTypes
            .filter((t) => t !== "cloze")
            .map((t) => ({ name: TYPE_NAMES[t], value: t })),
          default: q.type as (typeof questionTypes)[number] | undefined,
        });
        if (type === BACK) return BACK;
        q.type = type;
        return undefined;
      },
      async (q) => {
        const prompt = await ask(p, {
          message: "The question",
          default: typeof q.prompt === "string" ? q.prompt : undefined,
          validate: (v) => (v.trim() === "" ? "expected the text of the question" : true),
        });
        if (prompt === BACK) return BACK;
        q.prompt = prompt.trim();
        return undefined;
      },
      async (q) => {
        const answers = await askAnswers(p, q.type as (typeof questionTypes)[number]);
        if (answers === BACK) return BACK;
        for (const key of answerKeys) delete q[key];
        Object.assign(q, answers);
        return undefined;
      },
      async (q) => {
        if (q.type === "description") return SKIP;
        const explanation = await ask(p, {
          message: "Explanation shown after answering (optional)",
          default: typeof q.explanation === "string" ? q.explanation : undefined,
        });
        if (explanation === BACK) return BACK;
        q.explanation = explanation.trim() || undefined;
        return undefined;
      },
      sourcesStep(p, data, "Sources that back it (optional)", false),
      idStep(p, data, (q) => String(q.prompt ?? "question"), current?.id as string | undefined),
    ],
    { ...current },
  );
  if (item === BACK) return BACK;
  const { id, type, prompt, explanation, sources, ...answers } = item;
  return { id, type, prompt, ...answers, explanation, sources };
}
