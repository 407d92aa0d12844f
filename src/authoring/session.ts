import { checkItem, type PackData } from "../core/authoring/checks.js";
import { idSchema } from "../core/facts/schema.js";
import type { NewPackFields } from "../core/pack/new-pack.js";
import { askClaim, askEntity, askEvent, askQuote, askSource } from "./ask-facts.js";
import { askQuestion } from "./ask-question.js";
import type { Prompter } from "./prompter.js";

/** The lists guided authoring adds to, in the order a pack file shows them. */
export const COLLECTIONS = [
  "sources",
  "entities",
  "events",
  "claims",
  "quotes",
  "questions",
] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** What a session produced: the new pack's fields (none when adding to one), and the new items. */
export interface Authored {
  pack?: NewPackFields;
  added: Record<Collection, Record<string, unknown>[]>;
}

const MENU: { name: string; value: Collection | "save" }[] = [
  { name: "a source (article, page)", value: "sources" },
  { name: "a person or organisation", value: "entities" },
  { name: "a dated event", value: "events" },
  { name: "a figure", value: "claims" },
  { name: "a quote", value: "quotes" },
  { name: "a question", value: "questions" },
  { name: "nothing more: save", value: "save" },
];
const ASK = {
  sources: askSource,
  entities: askEntity,
  events: askEvent,
  claims: askClaim,
  quotes: askQuote,
  questions: askQuestion,
};

/**
 * Guided authoring: the pack's fields when it is new, then sources, people, events, figures,
 * quotes and questions, each checked as lint would check it once in the pack. An item refused
 * is shown with its reasons and asked again.
 */
export async function authorPack(
  p: Prompter,
  existing: PackData | null,
  takenPackIds: readonly string[],
): Promise<Authored> {
  const added: Authored["added"] = {
    sources: [],
    entities: [],
    events: [],
    claims: [],
    quotes: [],
    questions: [],
  };
  let pack: NewPackFields | undefined;
  const data: PackData = existing ? structuredClone(existing) : {};
  if (!existing) {
    const id = (
      await p.input({
        message: "Pack id (lowercase words joined by dashes)",
        validate: (v) => {
          const shape = idSchema.safeParse(v.trim());
          if (!shape.success) return `"${v.trim()}": ${shape.error.issues[0]!.message}`;
          return takenPackIds.includes(v.trim())
            ? `a pack "${v.trim()}" exists already; expected a new id`
            : true;
        },
      })
    ).trim();
    const title = (
      await p.input({
        message: "Title",
        validate: (v) => (v.trim() === "" ? "expected a title" : true),
      })
    ).trim();
    const language = await p.select({
      message: "Language of the pack",
      choices: [
        { name: "French", value: "fr" },
        { name: "English", value: "en" },
      ] as const,
    });
    const description = (await p.input({ message: "Description (optional)" })).trim() || undefined;
    pack = { id, title, language, description };
    Object.assign(data, pack);
  }
  for (;;) {
    const what = await p.select({ message: "Add", choices: MENU });
    if (what === "save") return { pack, added };
    for (;;) {
      const item = withoutUndefined(await ASK[what](p, data));
      const problems = checkItem(data, what, item);
      if (problems.length === 0) {
        added[what].push(item);
        data[what] = [...((data[what] as unknown[] | undefined) ?? []), item];
        break;
      }
      for (const problem of problems) p.say(`✗ ${problem}`);
      p.say("Let's write it again.");
    }
  }
}

function withoutUndefined(item: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined));
}
