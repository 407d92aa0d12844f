import {
  checkDate,
  checkEntity,
  checkNewId,
  checkNumber,
  checkSources,
  checkWith,
  findEntity,
  type PackData,
  parseNumber,
  splitList,
} from "../core/authoring/checks.js";
import { entityKinds, eventTypes, qualifiers, sourceSchema } from "../core/facts/schema.js";
import { slugify } from "../core/interchange/ids.js";
import type { Prompter } from "./prompter.js";

type Item = Record<string, unknown>;
const optional = (value: string) => (value.trim() === "" ? undefined : value.trim());
const required = (what: string) => (value: string) =>
  value.trim() === "" ? `expected ${what}` : true;

/** Asks for an id, offering one made from `from`. */
export async function askId(p: Prompter, data: PackData, from: string): Promise<string> {
  let suggested = slugify(from) || "item";
  for (let n = 2; checkNewId(data, suggested) !== true; n++)
    suggested = `${slugify(from) || "item"}-${n}`;
  return p
    .input({ message: "Id", default: suggested, validate: (v) => checkNewId(data, v.trim()) })
    .then((v) => v.trim());
}

export async function askSource(p: Prompter, data: PackData): Promise<Item> {
  const outlet = optional(
    await p.input({ message: "Outlet (newspaper, site)", validate: required("the outlet's name") }),
  );
  const title = optional(await p.input({ message: "Title of the article (optional)" }));
  const published = optional(
    await p.input({
      message: "Published on (YYYY-MM-DD, optional)",
      validate: (v) => (v.trim() === "" ? true : checkWith(sourceSchema.shape.published, v.trim())),
    }),
  );
  const language = await p.select({
    message: "Language",
    choices: [
      { name: "French", value: "fr" },
      { name: "English", value: "en" },
    ],
  });
  const url = optional(
    await p.input({
      message: "URL (optional)",
      validate: (v) => (v.trim() === "" ? true : checkWith(sourceSchema.shape.url, v.trim())),
    }),
  );
  const id = await askId(p, data, outlet ?? title ?? "source");
  return { id, outlet, title, published, language, url };
}

export async function askEntity(p: Prompter, data: PackData): Promise<Item> {
  const name = (
    await p.input({ message: "Name, as a sentence would say it", validate: required("a name") })
  ).trim();
  const kind = await p.select({
    message: "Kind",
    choices: entityKinds.map((k) => ({ name: k, value: k })),
  });
  const aliases = (await p.input({ message: "Other names, separated by ; (optional)" }))
    .split(";")
    .map((a) => a.trim())
    .filter((a) => a !== "");
  const gender = await p.select({
    message: "Grammatical gender (for French agreement)",
    choices: [
      { name: "not given", value: "" },
      { name: "feminine", value: "f" },
      { name: "masculine", value: "m" },
    ] as const,
  });
  const id = await askId(p, data, name);
  return {
    id,
    name,
    kind,
    aliases: aliases.length ? aliases : undefined,
    gender: gender || undefined,
  };
}

export async function askEvent(p: Prompter, data: PackData): Promise<Item> {
  const type = await p.select({
    message: "What happened",
    choices: eventTypes.map((t) => ({ name: t, value: t })),
  });
  const entity = async (message: string) => {
    const value = await p.input({ message, validate: (v) => checkEntity(data, v, true) });
    return value.trim() === "" ? undefined : findEntity(data, value);
  };
  const actor = await entity("Who did it (entity id or name, optional)");
  const target = await entity("To whom or what (entity id or name, optional)");
  const role = optional(await p.input({ message: "Role or post involved (optional)" }));
  const date = optional(
    await p.input({ message: "Date (YYYY-MM-DD, YYYY-MM or YYYY)", validate: checkDate }),
  );
  const sources = splitList(
    await p.input({ message: "Sources (ids)", validate: (v) => checkSources(data, v, true) }),
  );
  const id = await askId(p, data, [type, target ?? actor ?? ""].join(" "));
  return { id, type, actor, target, role, date, sources };
}

export async function askClaim(p: Prompter, data: PackData): Promise<Item> {
  const about = (
    await p.input({
      message: "What is counted (« le nombre d'employés »)",
      validate: required("what is counted"),
    })
  ).trim();
  const value = parseNumber(await p.input({ message: "Value", validate: (v) => checkNumber(v) }));
  const qualifier = await p.select({
    message: "Qualifier",
    choices: qualifiers.map((q) => ({ name: q, value: q })),
  });
  const unit = optional(await p.input({ message: "Unit (optional)" }));
  const total = parseNumber(
    await p.input({ message: "Out of how many (optional)", validate: (v) => checkNumber(v, true) }),
  );
  const sources = splitList(
    await p.input({ message: "Sources (ids)", validate: (v) => checkSources(data, v, true) }),
  );
  const id = await askId(p, data, about);
  return { id, about, value, qualifier, unit, total, sources };
}

export async function askQuote(p: Prompter, data: PackData): Promise<Item> {
  const speaker = findEntity(
    data,
    await p.input({
      message: "Who said it (entity id or name)",
      validate: (v) => checkEntity(data, v, false),
    }),
  );
  const text = (
    await p.input({ message: "The words quoted", validate: required("the quotation") })
  ).trim();
  const date = optional(await p.input({ message: "Date (optional)", validate: checkDate }));
  const sources = splitList(
    await p.input({ message: "Sources (ids)", validate: (v) => checkSources(data, v, true) }),
  );
  const id = await askId(p, data, `${speaker ?? ""} ${text}`);
  return { id, speaker, text, date, sources };
}
