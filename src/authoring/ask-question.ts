import { checkNumber, type PackData, parseNumber } from "../core/authoring/checks.js";
import { common } from "../core/question/parts.js";
import type { AuthoringForm, AuthoringValue } from "../core/question/types/authoring-form.js";
import { ANSWER_TYPES, type QuestionType } from "../core/question/types/index.js";
import { idStep, sourcesStep } from "./fields.js";
import type { Prompter } from "./prompter.js";
import { ask, BACK, type Back, choose, type Item, runSteps, SKIP } from "./steps.js";

/** The types offered, each with how it is asked for (cloze is imported or written in pack.yaml). */
const FORMS = Object.entries(ANSWER_TYPES).flatMap(([type, t]) =>
  t.authoring ? [{ type: type as QuestionType, form: t.authoring }] : [],
);

/** The fields answers are kept in (a type's, but for those every question has): a new type drops the old one's. */
const ANSWER_KEYS = [
  ...new Set(Object.values(ANSWER_TYPES).flatMap((t) => Object.keys(t.schema.shape))),
].filter((key) => key !== "type" && !(key in common));

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

/** One field of a type's answers: what was typed, or BACK. */
async function askField(
  p: Prompter,
  field: AuthoringForm["fields"][number],
  before: AuthoringValue[],
): Promise<AuthoringValue | Back> {
  switch (field.kind) {
    case "list":
      return askList(p, field.label, field.min, field.check);
    case "text": {
      const { check } = field;
      return ask(p, { message: field.message, validate: check && ((v) => check(v, before)) });
    }
    case "number": {
      const value = await ask(p, {
        message: field.message,
        validate: (v) => checkNumber(v, field.optional),
      });
      return value === BACK ? BACK : parseNumber(value);
    }
    case "choose":
      return choose(p, { message: field.message, choices: field.choices });
  }
}

/**
 * The answers of a question of the type, as its form asks for them: BACK from a field goes back
 * before them, or to the field before where the form says so.
 */
async function askAnswers(p: Prompter, form: AuthoringForm): Promise<Item | Back> {
  const values: AuthoringValue[] = [];
  while (values.length < form.fields.length) {
    const field = form.fields[values.length]!;
    const value = await askField(p, field, values);
    if (value !== BACK) values.push(value);
    else if (field.kind === "text" && field.back === "field" && values.length > 0) values.pop();
    else return BACK;
  }
  return form.build(values);
}

/** A hand-written question of any type, asked field by field; `<` goes back one question. */
export async function askQuestion(
  p: Prompter,
  data: PackData,
  current?: Item,
): Promise<Item | Back> {
  const item = await runSteps(
    [
      async (q) => {
        const type = await choose(p, {
          message: "Type of question",
          choices: FORMS.map((f) => ({ name: f.form.name, value: f.type })),
          default: q.type as QuestionType | undefined,
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
        const answers = await askAnswers(p, formOf(q.type));
        if (answers === BACK) return BACK;
        for (const key of ANSWER_KEYS) delete q[key];
        Object.assign(q, answers);
        return undefined;
      },
      async (q) => {
        if (formOf(q.type).explained === false) return SKIP;
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

function formOf(type: unknown): AuthoringForm {
  return FORMS.find((f) => f.type === type)!.form;
}
