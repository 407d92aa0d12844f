import { checkNewId, type PackData, type Verdict } from "../core/authoring/checks.js";
import { type MessageKey, msg } from "../core/i18n/msg.js";
import { slug } from "../core/text/slug.js";
import type { Asker } from "./prompter.js";
import { ask, BACK, choose, type Item, SKIP, type Step, tick } from "./steps.js";

// The kinds of question an item is made of, each a Step: a typed field, a choice, an id, the
// sources ticked among the pack's, an entity picked among the pack's.

export const optional = (value: string) => (value.trim() === "" ? undefined : value.trim());
/** A field that may not be left empty; `reason`: what is said when it is. */
export const required =
  (reason: MessageKey) =>
  (value: string): Verdict =>
    value.trim() === "" ? { key: reason } : true;
export const text = (v: unknown) => (typeof v === "string" ? v : undefined);
export const list = <T>(v: unknown) => (Array.isArray(v) ? (v as T[]) : []);

/** The items of a list of the pack being written. */
function itemsOf(data: PackData, collection: string): Item[] {
  return list<Item>(data[collection]);
}

/**
 * Asks for an item's id, offering one made from `from` (or the id it has, when it is being
 * changed). `own`: the id the item had, which it may keep.
 */
export function idStep(p: Asker, data: PackData, from: (item: Item) => string, own?: string): Step {
  return async (item) => {
    const base = slug(from(item)) || "item";
    let suggested = text(item.id) ?? base;
    const free = (id: string) => id === own || checkNewId(data, id) === true;
    for (let n = 2; !free(suggested); n++) suggested = `${base}-${n}`;
    const id = await ask(p, {
      message: msg(p.lang, "authoring.id"),
      default: suggested,
      validate: (v) => (v.trim() === own ? true : checkNewId(data, v.trim())),
    });
    if (id === BACK) return BACK;
    item.id = id.trim();
    return undefined;
  };
}

/** A typed field, kept on the item under `key` (undefined when left empty and optional). */
export function textStep(
  p: Asker,
  key: string,
  message: MessageKey,
  validate?: (value: string) => Verdict,
  read: (value: string) => unknown = optional,
): Step {
  return async (item) => {
    const shown = item[key];
    const value = await ask(p, {
      message: msg(p.lang, message),
      default: shown === undefined ? undefined : String(shown),
      validate,
    });
    if (value === BACK) return BACK;
    item[key] = read(value);
    return undefined;
  };
}

/** A choice among fixed values, kept under `key`. */
export function choiceStep<T extends string>(
  p: Asker,
  key: string,
  message: MessageKey,
  choices: readonly { name: string; value: T }[],
  read: (value: T) => unknown = (v) => v,
): Step {
  return async (item) => {
    const value = await choose(p, {
      message: msg(p.lang, message),
      choices,
      default: item[key] as T | undefined,
    });
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
  p: Asker,
  data: PackData,
  message: MessageKey,
  need: boolean,
  key = "sources",
): Step {
  return async (item) => {
    const sources = itemsOf(data, "sources");
    if (sources.length === 0) {
      if (!need) return SKIP;
      p.say(msg(p.lang, "authoring.no-sources"));
      return BACK;
    }
    const picked = await tick(p, {
      message: msg(p.lang, message),
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
export function entityStep(
  p: Asker,
  data: PackData,
  key: string,
  message: MessageKey,
  need: boolean,
): Step {
  return async (item) => {
    const entities = itemsOf(data, "entities");
    if (entities.length === 0) {
      if (!need) return SKIP;
      p.say(msg(p.lang, "authoring.no-entities"));
      return BACK;
    }
    const none = "\u0000none";
    const picked = await choose(p, {
      message: msg(p.lang, message),
      choices: [
        ...entities.map((e) => ({ name: `${e.name} (${e.id})`, value: String(e.id) })),
        ...(need ? [] : [{ name: msg(p.lang, "authoring.none"), value: none }]),
      ],
      default: text(item[key]) ?? (need ? undefined : none),
    });
    if (picked === BACK) return BACK;
    item[key] = picked === none ? undefined : picked;
    return undefined;
  };
}
