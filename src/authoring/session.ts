import { checkItem, type PackData } from "../core/authoring/checks.js";
import { idSchema } from "../core/facts/schema.js";
import { schemaText } from "../core/i18n/msg.js";
import { countNoun } from "../core/i18n/plural.js";
import type { NewPackFields } from "../core/pack/new-pack.js";
import { askClaim, askEntity, askEvent, askQuote, askSource } from "./ask-facts.js";
import { askQuestion } from "./ask-question.js";
import {
  COLLECTIONS,
  type Collection,
  label,
  NOUNS,
  ordered,
  referencesTo,
  withoutUndefined,
} from "./items.js";
import type { Prompter } from "./prompter.js";
import { ask, BACK, type Back, choose, type Item } from "./steps.js";

export { COLLECTIONS, type Collection, NOUNS } from "./items.js";

/** What a session produced: the new pack's fields (none when adding to one), and the new items. */
export interface Authored {
  pack?: NewPackFields;
  added: Record<Collection, Record<string, unknown>[]>;
}

type MenuChoice = Collection | "change" | "save";

const MENU: { name: string; value: MenuChoice }[] = [
  { name: "a source (article, page)", value: "sources" },
  { name: "a person or organisation", value: "entities" },
  { name: "a dated event", value: "events" },
  { name: "a figure", value: "claims" },
  { name: "a quote", value: "quotes" },
  { name: "a question", value: "questions" },
  { name: "change or remove something added", value: "change" },
  { name: "nothing more: see it all, then save", value: "save" },
];
const ASK = {
  sources: askSource,
  entities: askEntity,
  events: askEvent,
  claims: askClaim,
  quotes: askQuote,
  questions: askQuestion,
};

/** Where a session is: what it has written so far, to go on from (a draft kept on Ctrl-C). */
export type Progress = Authored;

/**
 * Guided authoring: the pack's fields when it is new, then sources, people, events, figures,
 * quotes and questions, each checked as lint would check it once in the pack. An item refused
 * is shown with its reasons and asked again. `<` (or ‹ back) goes back one question; anything
 * added can be changed or removed; everything is shown once more before it is saved. `onChange`
 * is told of each item added, so that a run stopped with Ctrl-C can keep a draft.
 */
export async function authorPack(
  p: Prompter,
  existing: PackData | null,
  takenPackIds: readonly string[],
  options: { from?: Progress; onChange?: (progress: Progress) => void } = {},
): Promise<Authored> {
  const added: Authored["added"] = options.from
    ? structuredClone(options.from.added)
    : { sources: [], entities: [], events: [], claims: [], quotes: [], questions: [] };
  let pack: NewPackFields | undefined = options.from?.pack;
  const base: PackData = existing ? structuredClone(existing) : {};
  const data = (): PackData => ({
    ...base,
    ...pack,
    ...Object.fromEntries(
      COLLECTIONS.map((c) => [c, [...((base[c] as unknown[] | undefined) ?? []), ...added[c]]]),
    ),
  });
  const changed = () => options.onChange?.({ pack, added: structuredClone(added) });
  if (!existing && !pack) {
    pack = await askPackFields(p, takenPackIds);
    changed();
  }
  for (;;) {
    const what = await p.select({ message: "Add", choices: MENU });
    if (what === "save") {
      if (await confirmSave(p, pack, added)) return { pack, added };
      continue;
    }
    if (what === "change") {
      await changeOne(p, added, data);
      changed();
      continue;
    }
    const item = await askChecked(p, what, data(), undefined);
    if (item === BACK) continue;
    added[what].push(item);
    changed();
  }
}

/** The new pack's id, title, language and description; `<` goes back one question. */
async function askPackFields(p: Prompter, taken: readonly string[]): Promise<NewPackFields> {
  const fields: Partial<NewPackFields> = {};
  const steps = [
    async () => {
      const id = await ask(p, {
        message: "Pack id (lowercase words joined by dashes)",
        default: fields.id,
        validate: (v) => {
          const shape = idSchema.safeParse(v.trim());
          if (!shape.success)
            return `"${v.trim()}": ${schemaText("en", shape.error.issues[0]!.message)}`;
          return taken.includes(v.trim())
            ? `a pack "${v.trim()}" exists already; expected a new id`
            : true;
        },
      });
      if (id === BACK) return BACK;
      fields.id = id.trim();
    },
    async () => {
      const title = await ask(p, {
        message: "Title",
        default: fields.title,
        validate: (v) => (v.trim() === "" ? "expected a title" : true),
      });
      if (title === BACK) return BACK;
      fields.title = title.trim();
    },
    async () => {
      const language = await choose(p, {
        message: "Language of the pack",
        choices: [
          { name: "French", value: "fr" },
          { name: "English", value: "en" },
        ] as const,
        default: fields.language,
      });
      if (language === BACK) return BACK;
      fields.language = language;
    },
    async () => {
      const description = await ask(p, {
        message: "Description (optional)",
        default: fields.description,
      });
      if (description === BACK) return BACK;
      fields.description = description.trim() || undefined;
    },
  ];
  for (let i = 0; i < steps.length; ) {
    // Back from the first question stays on it: there is nothing before.
    i = (await steps[i]!()) === BACK ? Math.max(0, i - 1) : i + 1;
  }
  return fields as NewPackFields;
}

/** An item asked, then checked as lint would; refused, its reasons are said and it is asked again. */
async function askChecked(
  p: Prompter,
  what: Collection,
  data: PackData,
  current: Item | undefined,
): Promise<Item | Back> {
  const others = current
    ? { ...data, [what]: ((data[what] as Item[] | undefined) ?? []).filter((i) => i !== current) }
    : data;
  let draft = current;
  for (;;) {
    const asked = await ASK[what](p, others, draft);
    if (asked === BACK) return BACK;
    const item = ordered(what, withoutUndefined(asked));
    const problems = checkItem(others, what, item);
    if (problems.length === 0) return item;
    for (const problem of problems) p.say(`✗ ${problem}`);
    p.say("Let's write it again.");
    draft = undefined;
  }
}

/** Changes or removes an item added in this session (never one the pack had: edit the file). */
async function changeOne(
  p: Prompter,
  added: Authored["added"],
  data: () => PackData,
): Promise<void> {
  const choices = COLLECTIONS.flatMap((c) =>
    added[c].map((item, k) => ({ name: `${NOUNS[c][0]}: ${label(c, item)}`, value: `${c}:${k}` })),
  );
  if (choices.length === 0) {
    p.say("Nothing has been added yet.");
    return;
  }
  const picked = await choose(p, { message: "Which one", choices });
  if (picked === BACK) return;
  const [collection, index] = picked.split(":") as [Collection, string];
  const item = added[collection][Number(index)]!;
  const action = await choose(p, {
    message: label(collection, item),
    choices: [
      { name: "change it", value: "change" },
      { name: "remove it", value: "remove" },
    ],
  });
  if (action === BACK) return;
  if (action === "remove") {
    const users = referencesTo(String(item.id), data(), item);
    if (users.length > 0) {
      p.say(`✗ ${item.id} is used by ${users.join(", ")}; change or remove those first.`);
      return;
    }
    added[collection].splice(Number(index), 1);
    return;
  }
  const changed = await askChecked(p, collection, data(), item);
  if (changed === BACK) return;
  const users = changed.id === item.id ? [] : referencesTo(String(item.id), data(), item);
  if (users.length > 0) {
    p.say(`✗ ${item.id} is used by ${users.join(", ")}: its id stays ${item.id}.`);
    changed.id = item.id;
  }
  added[collection][Number(index)] = changed;
}

/** Everything added, shown before saving; true to save, false to go on adding. */
async function confirmSave(
  p: Prompter,
  pack: NewPackFields | undefined,
  added: Authored["added"],
): Promise<boolean> {
  if (pack) p.say(`Pack ${pack.id}: ${pack.title} (${pack.language})`);
  let total = 0;
  for (const c of COLLECTIONS) {
    if (added[c].length === 0) continue;
    total += added[c].length;
    p.say(`${countNoun("en", added[c].length, ...NOUNS[c])}:`);
    for (const item of added[c]) p.say(`  ${label(c, item)}`);
  }
  if (total === 0) p.say("Nothing added.");
  const answer = await p.select({
    message: "Save it?",
    choices: [
      { name: "save", value: "save" },
      { name: "not yet: go on adding or changing", value: "back" },
    ],
  });
  return answer === "save";
}
