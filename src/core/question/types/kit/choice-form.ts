import { type MessageKey, type Said, schemaSaid, verbatim } from "../../../i18n/msg.js";
import { choiceList } from "../../parts.js";
import type { AuthoringForm, AuthoringVerdict } from "../authoring-form.js";

type Written = { text: string; correct: boolean };

/**
 * How `newsquiz new` asks for a choice question: its choices, then which are right, by number;
 * the pack's own rule for a list of choices says when the answer is refused. `one`: exactly one
 * right choice is asked for (the pack allows several, as Moodle does).
 */
export function choiceForm(name: MessageKey, one: boolean): AuthoringForm {
  const read = (value: string, texts: string[]): Written[] | Said => {
    const numbers = value
      .split(/[,\s]+/)
      .filter(Boolean)
      .map(Number);
    const bad = numbers.find((n) => !Number.isInteger(n) || n < 1 || n > texts.length);
    if (bad !== undefined)
      return { key: "authoring.choice.no-such", vars: { n: bad, max: texts.length } };
    if (one && new Set(numbers).size !== 1) return { key: "authoring.choice.one" };
    return texts.map((text, i) => ({ text, correct: numbers.includes(i + 1) }));
  };
  const check = (value: string, texts: string[]): AuthoringVerdict => {
    const choices = read(value, texts);
    if (!Array.isArray(choices)) return choices;
    const result = choiceList.safeParse(choices);
    if (result.success) return true;
    const reason = schemaSaid(result.error.issues[0]!.message);
    return typeof reason === "string" ? verbatim(reason) : reason;
  };
  return {
    name,
    fields: [
      { kind: "list", label: "authoring.choice", min: 2 },
      {
        kind: "text",
        message: one ? "authoring.choice.right" : "authoring.choice.rights",
        check: (value, [texts]) => check(value, texts as string[]),
        back: "field",
      },
    ],
    build: ([texts, right]) => ({
      choices: (read(right as string, texts as string[]) as Written[]).map((c) =>
        c.correct ? c : { text: c.text },
      ),
    }),
  };
}
