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
import { msg } from "../core/i18n/msg.js";
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
import type { Asker } from "./prompter.js";
import { ask, BACK, type Back, choose, type Item, runSteps, SKIP } from "./steps.js";

/** Asks for a source; `current`, when it is being changed. */
export async function askSource(p: Asker, data: PackData, current?: Item): Promise<Item | Back> {
  return runSteps(
    [
      textStep(p, "outlet", "authoring.source.outlet", required("authoring.source.no-outlet")),
      textStep(p, "title", "authoring.source.title"),
      textStep(
        p,
        "published",
        "authoring.source.published",
        (v) => checkTypedDate(v, false),
        (v) => readTypedDate(v, false),
      ),
      choiceStep(p, "language", "authoring.source.language", languageChoices(p)),
      textStep(p, "url", "authoring.source.url", (v) =>
        v.trim() === "" ? true : checkWith(sourceSchema.shape.url, v.trim()),
      ),
      idStep(p, data, (i) => text(i.outlet) ?? text(i.title) ?? "source", text(current?.id)),
    ],
    { ...current },
  );
}

/** Asks for a person, an organisation, a group, a product or a place. */
export async function askEntity(p: Asker, data: PackData, current?: Item): Promise<Item | Back> {
  return runSteps(
    [
      textStep(p, "name", "authoring.entity.name", required("authoring.entity.no-name"), (v) =>
        v.trim(),
      ),
      choiceStep(
        p,
        "kind",
        "authoring.entity.kind",
        entityKinds.map((k) => ({ name: msg(p.lang, `authoring.kind.${k}`), value: k })),
      ),
      // A sentence agrees its verb with a group: « les salariés d'Acme se sont mis en grève ».
      async (item) => {
        if (item.kind !== "group") {
          item.plural = undefined;
          return SKIP;
        }
        const plural = await choose(p, {
          message: msg(p.lang, "authoring.entity.plural"),
          choices: [
            { name: msg(p.lang, "authoring.entity.plural.yes"), value: "yes" },
            { name: msg(p.lang, "authoring.entity.plural.no"), value: "no" },
          ],
          default: item.plural === false ? "no" : "yes",
        });
        if (plural === BACK) return BACK;
        item.plural = plural === "yes" ? true : undefined;
        return undefined;
      },
      textStep(p, "aliases", "authoring.entity.aliases"),
      choiceStep(
        p,
        "gender",
        "authoring.entity.gender",
        [
          { name: msg(p.lang, "authoring.entity.gender.none"), value: "" },
          { name: msg(p.lang, "authoring.entity.gender.f"), value: "f" },
          { name: msg(p.lang, "authoring.entity.gender.m"), value: "m" },
        ] as const,
        (v) => v || undefined,
      ),
      // What the person or organisation is, as the articles say it: questions and the who's
      // who use it (« déléguée syndicale chez Acme »).
      async (item) => {
        const first = list<Item>(item.descriptions)[0];
        const description = await ask(p, {
          message: msg(p.lang, "authoring.entity.description"),
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
        const step = sourcesStep(p, data, "authoring.entity.description-sources", true);
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
export async function askEvent(p: Asker, data: PackData, current?: Item): Promise<Item | Back> {
  return runSteps(
    [
      choiceStep(
        p,
        "type",
        "authoring.event.type",
        eventTypes.map((t) => ({ name: msg(p.lang, `authoring.event-type.${t}`), value: t })),
      ),
      entityStep(p, data, "actor", "authoring.event.actor", false),
      entityStep(p, data, "target", "authoring.event.target", false),
      textStep(p, "role", "authoring.event.role"),
      textStep(
        p,
        "date",
        "authoring.event.date",
        (v) => checkTypedDate(v, true),
        (v) => readTypedDate(v, true),
      ),
      sourcesStep(p, data, "authoring.fact-sources", true),
      idStep(p, data, (i) => [i.type, i.target ?? i.actor ?? ""].join(" "), text(current?.id)),
    ],
    { ...current },
  );
}

/** Asks for a figure: what is counted, how many, in what unit. */
export async function askClaim(p: Asker, data: PackData, current?: Item): Promise<Item | Back> {
  return runSteps(
    [
      textStep(p, "about", "authoring.claim.about", required("authoring.claim.no-about"), (v) =>
        v.trim(),
      ),
      textStep(p, "value", "authoring.claim.value", (v) => checkNumber(v), parseNumber),
      choiceStep(
        p,
        "qualifier",
        "authoring.claim.qualifier",
        qualifiers.map((q) => ({ name: msg(p.lang, `authoring.qualifier.${q}`), value: q })),
      ),
      async (item) => {
        const unit = await ask(p, {
          message: msg(p.lang, "authoring.claim.unit"),
          default: text(item.unit),
          validate: (v) => checkUnit(v, item.value as number | undefined),
        });
        if (unit === BACK) return BACK;
        item.unit = optional(unit);
        return undefined;
      },
      textStep(p, "total", "authoring.claim.total", (v) => checkNumber(v, true), parseNumber),
      sourcesStep(p, data, "authoring.fact-sources", true),
      idStep(p, data, (i) => text(i.about) ?? "figure", text(current?.id)),
    ],
    { ...current },
  );
}

/** Asks for a quote: who said it, the words, when. */
export async function askQuote(p: Asker, data: PackData, current?: Item): Promise<Item | Back> {
  return runSteps(
    [
      entityStep(p, data, "speaker", "authoring.quote.speaker", true),
      textStep(p, "text", "authoring.quote.text", required("authoring.quote.no-text"), (v) =>
        v.trim(),
      ),
      textStep(
        p,
        "date",
        "authoring.quote.date",
        (v) => checkTypedDate(v, true),
        (v) => readTypedDate(v, true),
      ),
      sourcesStep(p, data, "authoring.fact-sources", true),
      idStep(p, data, (i) => `${i.speaker ?? ""} ${i.text ?? ""}`, text(current?.id)),
    ],
    { ...current },
  );
}

/** The languages a source or a pack may be in, named in the interface's language. */
export function languageChoices(p: Asker) {
  return [
    { name: msg(p.lang, "authoring.lang.fr"), value: "fr" },
    { name: msg(p.lang, "authoring.lang.en"), value: "en" },
  ] as const;
}
