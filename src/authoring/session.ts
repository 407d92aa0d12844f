import { checkItem, checkWith, type PackData, type Verdict } from "../core/authoring/checks.js";
import { idSchema } from "../core/facts/schema.js";
import { msg } from "../core/i18n/msg.js";
import type { NewPackFields } from "../core/pack/new-pack.js";
import {
  askClaim,
  askEntity,
  askEvent,
  askQuote,
  askSource,
  languageChoices,
} from "./ask-facts.js";
import { askQuestion } from "./ask-question.js";
import { required } from "./fields.js";
import {
  COLLECTIONS,
  COUNTED,
  type Collection,
  label,
  NOUN,
  ordered,
  referencesTo,
  withoutUndefined,
} from "./items.js";
import type { Asker } from "./prompter.js";
import { ask, BACK, type Back, choose, type Item } from "./steps.js";

export { COLLECTIONS, type Collection } from "./items.js";

/** What a session produced: the new pack's fields (none when adding to one), and the new items. */
export interface Authored {
  pack?: NewPackFields;
  added: Record<Collection, Record<string, unknown>[]>;
}

type MenuChoice = Collection | "change" | "save";

const MENU: MenuChoice[] = [...COLLECTIONS, "change", "save"];
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
  p: Asker,
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
    const what = await p.select({
      message: msg(p.lang, "authoring.menu"),
      choices: MENU.map((value) => ({ name: msg(p.lang, `authoring.menu.${value}`), value })),
    });
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
async function askPackFields(p: Asker, taken: readonly string[]): Promise<NewPackFields> {
  const fields: Partial<NewPackFields> = {};
  const steps = [
    async () => {
      const id = await ask(p, {
        message: msg(p.lang, "authoring.pack.id"),
        default: fields.id,
        validate: (v): Verdict => {
          const id = v.trim();
          const shape = checkWith(idSchema, id);
          if (shape !== true)
            return { key: "authoring.check.value", vars: { value: id, why: shape } };
          return taken.includes(id) ? { key: "authoring.pack.exists", vars: { id } } : true;
        },
      });
      if (id === BACK) return BACK;
      fields.id = id.trim();
    },
    async () => {
      const title = await ask(p, {
        message: msg(p.lang, "authoring.pack.title"),
        default: fields.title,
        validate: required("authoring.pack.no-title"),
      });
      if (title === BACK) return BACK;
      fields.title = title.trim();
    },
    async () => {
      const language = await choose(p, {
        message: msg(p.lang, "authoring.pack.language"),
        choices: languageChoices(p),
        default: fields.language,
      });
      if (language === BACK) return BACK;
      fields.language = language;
    },
    async () => {
      const description = await ask(p, {
        message: msg(p.lang, "authoring.pack.description"),
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
  p: Asker,
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
    const problems = checkItem(others, what, item, p.lang);
    if (problems.length === 0) return item;
    for (const problem of problems) p.say(`✗ ${problem}`);
    p.say(msg(p.lang, "authoring.again"));
    draft = undefined;
  }
}

/** Changes or removes an item added in this session (never one the pack had: edit the file). */
async function changeOne(p: Asker, added: Authored["added"], data: () => PackData): Promise<void> {
  const choices = COLLECTIONS.flatMap((c) =>
    added[c].map((item, k) => ({
      name: msg(p.lang, "authoring.change.item", {
        noun: msg(p.lang, NOUN[c]),
        label: label(c, item, p.lang),
      }),
      value: `${c}:${k}`,
    })),
  );
  if (choices.length === 0) {
    p.say(msg(p.lang, "authoring.change.nothing"));
    return;
  }
  const picked = await choose(p, { message: msg(p.lang, "authoring.change.which"), choices });
  if (picked === BACK) return;
  const [collection, index] = picked.split(":") as [Collection, string];
  const item = added[collection][Number(index)]!;
  const action = await choose(p, {
    message: label(collection, item, p.lang),
    choices: [
      { name: msg(p.lang, "authoring.change.change"), value: "change" },
      { name: msg(p.lang, "authoring.change.remove"), value: "remove" },
    ],
  });
  if (action === BACK) return;
  if (action === "remove") {
    const users = referencesTo(String(item.id), data(), item);
    if (users.length > 0) {
      p.say(msg(p.lang, "authoring.change.used", { id: String(item.id), users: users.join(", ") }));
      return;
    }
    added[collection].splice(Number(index), 1);
    return;
  }
  const changed = await askChecked(p, collection, data(), item);
  if (changed === BACK) return;
  const users = changed.id === item.id ? [] : referencesTo(String(item.id), data(), item);
  if (users.length > 0) {
    p.say(
      msg(p.lang, "authoring.change.id-kept", { id: String(item.id), users: users.join(", ") }),
    );
    changed.id = item.id;
  }
  added[collection][Number(index)] = changed;
}

/** Everything added, shown before saving; true to save, false to go on adding. */
async function confirmSave(
  p: Asker,
  pack: NewPackFields | undefined,
  added: Authored["added"],
): Promise<boolean> {
  if (pack) p.say(msg(p.lang, "authoring.summary.pack", { ...pack }));
  let total = 0;
  for (const c of COLLECTIONS) {
    if (added[c].length === 0) continue;
    total += added[c].length;
    const count = msg(p.lang, COUNTED[c], { n: added[c].length });
    p.say(msg(p.lang, "authoring.summary.count", { count }));
    for (const item of added[c]) p.say(`  ${label(c, item, p.lang)}`);
  }
  if (total === 0) p.say(msg(p.lang, "authoring.summary.nothing"));
  const answer = await p.select({
    message: msg(p.lang, "authoring.summary.save"),
    choices: [
      { name: msg(p.lang, "authoring.summary.yes"), value: "save" },
      { name: msg(p.lang, "authoring.summary.not-yet"), value: "back" },
    ],
  });
  return answer === "save";
}
