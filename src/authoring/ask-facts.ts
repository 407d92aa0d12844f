import {
  checkNewId,
  checkNumber,
  checkTypedDate,
  checkUnit,
  checkWith,
  type PackData,
  parseNumber,
  readTypedDate,
} from "../core/authoring/checks.js";
import { entityKinds, eventTypes, qualifiers, sourceSchema } from "../core/facts/schema.js";
import { slugify } from "../core/interchange/ids.js";
import type { Prompter } from "./prompter.js";
import {
  ask,
  BACK,
  type Back,
  choose,
  type Item,
  runSteps,
  SKIP,
  type Step,
  tick,
} from "./steps.js";

const optional = (value: string) => (value.trim() === "" ? undefined : value.trim());
const required = (what: string) => (value: string) =>
  value.trim() === "" ? `expected ${what}` : true;
const text = (v: unknown) => (typeof v === "string" ? v : undefined);
const list = <T>(v: unknown) => (Array.isArray(v) ? (v as T[]) : []);

/** The items of a list of the pack being written. */
function itemsOf(data: PackData, collection: string): Item[] {
  return list<Item>(data[collection]);
}

/**
 * Asks for an item's id, offering one made from `from` (or the id it has, when it is being
 * changed). `own`: the id the item had, which it may keep.
 */
export function idStep(
  p: Prompter,
  data: PackData,
  from: (item: Item) => string,
  own?: string,
): Step {
  return async (item) => {
    const base = slugify(from(item)) || "item";
    let suggested = text(item.id) ?? base;
    const free = (id: string) => id === own || checkNewId(data, id) === true;
    for (let n = 2; !free(suggested); n++) suggested = `${base}-${n}`;
    const id = await ask(p, {
      message: "Id",
      default: suggested,
      validate: (v) => (v.trim() === own ? true : checkNewId(data, v.trim())),
    });
    if (id === BACK) return BACK;
    item.id = id.trim();
    return undefined;
  };
}

/** A typed field, kept on the item under `key` (undefined when left empty and optional). */
function textStep(
  p: Prompter,
  key: string,
  message: string,
  validate?: (value: string) => true | string,
  read: (value: string) => unknown = optional,
): Step {
  return async (item) => {
    const shown = item[key];
    const value = await ask(p, {
      message,
      default: shown === undefined ? undefined : String(shown),
      validate,
    });
    if (value === BACK) return BACK;
    item[key] = read(value);
    return undefined;
  };
}

/** A choice among fixed values, kept under `key`. */
function choiceStep<T extends string>(
  p: Prompter,
  key: string,
  message: string,
  choices: readonly { name: string; value: T }[],
  read: (value: T) => unknown = (v) => v,
): Step {
  return async (item) => {
    const value = await choose(p, { message, choices, default: item[key] as T | undefined });
    if (value === BACK) return BACK;
    item[key] = read(value);
    return undefined;
  };
}

/**
 * The sources that state a fact, ticked among the pack's (a fact names at least one); said and
 * stepped back from when the pack has none yet.
 */
export function sourcesStep(
  p: Prompter,
  data: PackData,
  message: string,
  need: boolean,
  key = "sources",
): Step {
  return async (item) => {
    const sources = itemsOf(data, "sources");
    if (sources.length === 0) {
      if (!need) return SKIP;
      p.say("✗ A fact names the sources that state it: add a source first.");
      return BACK;
    }
    const picked = await tick(p, {
      message,
      choices: sources.map((s) => ({
        name: [s.id, s.outlet ?? s.title, s.published].filter(Boolean).join(" · "),
        value: String(s.id),
      })),
      checked: list<string>(item[key]),
      required: need,
    });
    item[key] = picked.length ? picked : undefined;
    return undefined;
  };
}

/** An entity of the pack, picked from a list (or none, when optional). */
function entityStep(
  p: Prompter,
  data: PackData,
  key: string,
  message: string,
  need: boolean,
): Step {
  return async (item) => {
    const entities = itemsOf(data, "entities");
    if (entities.length === 0) {
      if (!need) return SKIP;
      p.say("✗ This needs a person or an organisation of the pack: add them first.");
      return BACK;
    }
    const none = "\u0000none";
    const picked = await choose(p, {
      message,
      choices: [
        ...entities.map((e) => ({ name: `${e.name} (${e.id})`, value: String(e.id) })),
        ...(need ? [] : [{ name: "none", value: none }]),
      ],
      default: text(item[key]) ?? (need ? undefined : none),
    });
    if (picked === BACK) return BACK;
    item[key] = picked === none ? undefined : picked;
    return undefined;
  };
}

/** Asks for a source; `current`, when it is being changed. */
export async function askSource(p: Prompter, data: PackData, current?: Item): Promise<Item | Back> {
  return runSteps(
    [
      textStep(p, "outlet", "Outlet (newspaper, site)", required("the outlet's name")),
      textStep(p, "title", "Title of the article (optional)"),
      textStep(
        p,
        "published",
        "Published on (2024-03-15 or 15 mars 2024, optional)",
        (v) => checkTypedDate(v, false),
        (v) => readTypedDate(v, false),
      ),
      choiceStep(p, "language", "Language", [
        { name: "French", value: "fr" },
        { name: "English", value: "en" },
      ]),
      textStep(p, "url", "URL (optional)", (v) =>
        v.trim() === "" ? true : checkWith(sourceSchema.shape.url, v.trim()),
      ),
      idStep(p, data, (i) => text(i.outlet) ?? text(i.title) ?? "source", text(current?.id)),
    ],
    { ...current },
  );
}

/** Asks for a person, an organisation, a group, a product or a place. */
export async function askEntity(p: Prompter, data: PackData, current?: Item): Promise<Item | Back> {
  return runSteps(
    [
      textStep(p, "name", "Name, as a sentence would say it", required("a name"), (v) => v.trim()),
      choiceStep(
        p,
        "kind",
        "Kind",
        entityKinds.map((k) => ({ name: k, value: k })),
      ),
      // A sentence agrees its verb with a group: « les salariés d'Acme se sont mis en grève ».
      async (item) => {
        if (item.kind !== "group") {
          item.plural = undefined;
          return SKIP;
        }
        const plural = await choose(p, {
          message: "Is the name plural (« les salariés d'Acme »)?",
          choices: [
            { name: "plural", value: "yes" },
            { name: "singular (« la direction »)", value: "no" },
          ],
          default: item.plural === false ? "no" : "yes",
        });
        if (plural === BACK) return BACK;
        item.plural = plural === "yes" ? true : undefined;
        return undefined;
      },
      textStep(p, "aliases", "Other names, separated by ; (optional)"),
      choiceStep(
        p,
        "gender",
        "Grammatical gender (for French agreement)",
        [
          { name: "not given", value: "" },
          { name: "feminine", value: "f" },
          { name: "masculine", value: "m" },
        ] as const,
        (v) => v || undefined,
      ),
      // What the person or organisation is, as the articles say it: questions and the who's
      // who use it (« déléguée syndicale chez Acme »).
      async (item) => {
        const first = list<Item>(item.descriptions)[0];
        const description = await ask(p, {
          message:
            "Description, as an article puts it (« déléguée syndicale chez Acme », optional)",
          default: text(first?.text),
        });
        if (description === BACK) return BACK;
        item.descriptions = description.trim()
          ? [{ text: description.trim(), sources: first?.sources ?? [] }]
          : undefined;
        return undefined;
      },
      async (item) => {
        const [description] = list<Item>(item.descriptions);
        if (!description) return SKIP;
        const step = sourcesStep(p, data, "Sources of that description", true);
        const result = await step(description);
        return result === SKIP ? SKIP : result;
      },
      idStep(p, data, (i) => text(i.name) ?? "entity", text(current?.id)),
    ],
    {
      ...current,
      aliases:
        current?.aliases === undefined ? undefined : list<string>(current.aliases).join("; "),
    },
  ).then((item) => {
    if (item === BACK) return BACK;
    // Aliases are typed as one line, kept as a list.
    if (typeof item.aliases === "string") {
      const aliases = item.aliases
        .split(";")
        .map((a) => a.trim())
        .filter(Boolean);
      item.aliases = aliases.length ? aliases : undefined;
    }
    return item;
  });
}

/** Asks for a dated event. */
export async function askEvent(p: Prompter, data: PackData, current?: Item): Promise<Item | Back> {
  return runSteps(
    [
      choiceStep(
        p,
        "type",
        "What happened",
        eventTypes.map((t) => ({ name: t, value: t })),
      ),
      entityStep(p, data, "actor", "Who did it", false),
      entityStep(p, data, "target", "To whom or what", false),
      textStep(p, "role", "Role or post involved (optional)"),
      textStep(
        p,
        "date",
        "Date (2024-03-14, 14 mars 2024, mars 2024 or 2024; optional)",
        (v) => checkTypedDate(v, true),
        (v) => readTypedDate(v, true),
      ),
      sourcesStep(p, data, "Sources that state it", true),
      idStep(p, data, (i) => [i.type, i.target ?? i.actor ?? ""].join(" "), text(current?.id)),
    ],
    { ...current },
  );
}

/** Asks for a figure: what is counted, how many, in what unit. */
export async function askClaim(p: Prompter, data: PackData, current?: Item): Promise<Item | Back> {
  return runSteps(
    [
      textStep(
        p,
        "about",
        "What is counted (« le nombre d'employés »)",
        required("what is counted"),
        (v) => v.trim(),
      ),
      textStep(p, "value", "Value", (v) => checkNumber(v), parseNumber),
      choiceStep(
        p,
        "qualifier",
        "Qualifier",
        qualifiers.map((q) => ({ name: q, value: q })),
      ),
      async (item) => {
        const unit = await ask(p, {
          message: "Unit: what the number counts (« salariés », optional)",
          default: text(item.unit),
          validate: (v) => checkUnit(v, item.value as number | undefined),
        });
        if (unit === BACK) return BACK;
        item.unit = optional(unit);
        return undefined;
      },
      textStep(p, "total", "Out of how many (optional)", (v) => checkNumber(v, true), parseNumber),
      sourcesStep(p, data, "Sources that state it", true),
      idStep(p, data, (i) => text(i.about) ?? "figure", text(current?.id)),
    ],
    { ...current },
  );
}

/** Asks for a quote: who said it, the words, when. */
export async function askQuote(p: Prompter, data: PackData, current?: Item): Promise<Item | Back> {
  return runSteps(
    [
      entityStep(p, data, "speaker", "Who said it", true),
      textStep(p, "text", "The words quoted", required("the quotation"), (v) => v.trim()),
      textStep(
        p,
        "date",
        "Date (optional)",
        (v) => checkTypedDate(v, true),
        (v) => readTypedDate(v, true),
      ),
      sourcesStep(p, data, "Sources that state it", true),
      idStep(p, data, (i) => `${i.speaker ?? ""} ${i.text ?? ""}`, text(current?.id)),
    ],
    { ...current },
  );
}
