import { checkNumber, type PackData, parseNumber, type Verdict } from "../core/authoring/checks.js";
import { type MessageKey, msg } from "../core/i18n/msg.js";
import { common } from "../core/question/parts.js";
import type { AuthoringForm, AuthoringValue } from "../core/question/types/authoring-form.js";
import { ANSWER_TYPES, type QuestionType } from "../core/question/types/index.js";
import { idStep, required, sourcesStep } from "./fields.js";
import type { Asker } from "./prompter.js";
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
  p: Asker,
  label: MessageKey,
  min: number,
  check?: (v: string) => Verdict,
): Promise<string[] | Back> {
  const items: string[] = [];
  for (;;) {
    const line = { label: msg(p.lang, label), n: items.length + 1 };
    const value = await ask(p, {
      message: msg(
        p.lang,
        items.length >= min ? "authoring.optional-list" : "authoring.list-item",
        line,
      ),
      validate: (v) =>
        v.trim() === ""
          ? items.length >= min
            ? true
            : { key: "authoring.at-least", vars: { min } }
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
  p: Asker,
  field: AuthoringForm["fields"][number],
  before: AuthoringValue[],
): Promise<AuthoringValue | Back> {
  switch (field.kind) {
    case "list":
      return askList(p, field.label, field.min, field.check);
    case "text": {
      const { check } = field;
      return ask(p, {
        message: msg(p.lang, field.message),
        validate: check && ((v) => check(v, before)),
      });
    }
    case "number": {
      const value = await ask(p, {
        message: msg(p.lang, field.message),
        validate: (v) => checkNumber(v, field.optional),
      });
      return value === BACK ? BACK : parseNumber(value);
    }
    case "choose":
      return choose(p, {
        message: msg(p.lang, field.message),
        choices: field.choices.map((c) => ({ name: msg(p.lang, c.name), value: c.value })),
      });
  }
}

/**
 * The answers of a question of the type, as its form asks for them: BACK from a field goes back
 * before them, or to the field before where the form says so.
 */
async function askAnswers(p: Asker, form: AuthoringForm): Promise<Item | Back> {
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
export async function askQuestion(p: Asker, data: PackData, current?: Item): Promise<Item | Back> {
  const item = await runSteps(
    [
      async (q) => {
        const type = await choose(p, {
          message: msg(p.lang, "authoring.question.type"),
          choices: FORMS.map((f) => ({ name: msg(p.lang, f.form.name), value: f.type })),
          default: q.type as QuestionType | undefined,
        });
        if (type === BACK) return BACK;
        q.type = type;
        return undefined;
      },
      async (q) => {
        const prompt = await ask(p, {
          message: msg(p.lang, "authoring.question.prompt"),
          default: typeof q.prompt === "string" ? q.prompt : undefined,
          validate: required("authoring.question.no-prompt"),
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
          message: msg(p.lang, "authoring.question.explanation"),
          default: typeof q.explanation === "string" ? q.explanation : undefined,
        });
        if (explanation === BACK) return BACK;
        q.explanation = explanation.trim() || undefined;
        return undefined;
      },
      sourcesStep(p, data, "authoring.question.sources", false),
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
