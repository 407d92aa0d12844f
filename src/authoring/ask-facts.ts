import {
  checkNumber,
  checkTypedDate,
  checkUnit,
  checkWith,
  type PackData,
  parseNumber,
  readTypedDate,
} from "../core/authoring/checks.js";
import { entityKinds, eventTypes, qualifiers, sourceSchema } from "../core/facts/schema.js";
import {
  choiceStep,
  entityStep,
  idStep,
  list,
  optional,
  required,
  sourcesStep,
  text,
  textStep,
} from "./fields.js";
import type { Prompter } from "./prompter.js";
import { ask, BACK, type Back, choose, type Item, runSteps, SKIP } from "./steps.js";

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
