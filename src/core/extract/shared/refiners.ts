import { foldAligned } from "../../text/fold.js";
import type { LanguageConfig } from "../config.js";
import type { EntityDraft, EventDraft } from "../types.js";
import { genderOfPost } from "./appositions.js";

/**
 * "Mr. Ostrow left the company in 2019": « the company » is the article's main one, unless the
 * article ties the person to one other company only (founded, joined, hired by, named to a post
 * at it): then that is the company left.
 */
export function companyLeft(
  events: EventDraft[],
  entities: Map<string, EntityDraft>,
  mainOrg: string | undefined,
): void {
  if (!mainOrg) return;
  const isOrg = (key?: string) => key !== undefined && entities.get(key)?.kind === "organisation";
  for (const e of events) {
    if ((e.type !== "departure" && e.type !== "resignation") || !e.targetByReference || !e.actor)
      continue;
    const ties = new Set<string>();
    for (const x of events) {
      if ((x.type === "founding" || x.type === "joining") && x.actor === e.actor && isOrg(x.target))
        ties.add(x.target!);
      if (x.type === "hiring" && x.target === e.actor && isOrg(x.actor)) ties.add(x.actor!);
      if (x.type === "appointment" && x.target === e.actor && isOrg(x.org)) ties.add(x.org!);
    }
    if (ties.size === 1 && !ties.has(mainOrg)) e.target = [...ties][0]!;
  }
}

/**
 * « a nommé Claire Dubois directrice générale »: a person named to a post whose noun shows a
 * gender takes it, where nothing else said it, so that sentences agree (« nommée »).
 */
export function genderFromPosts(
  events: readonly EventDraft[],
  entities: Map<string, EntityDraft>,
  cfg: LanguageConfig,
): void {
  for (const e of events) {
    if (e.type !== "appointment" || !e.role || !e.target) continue;
    const person = entities.get(e.target);
    if (person?.kind !== "person" || person.gender) continue;
    const gender = genderOfPost(foldAligned(e.role), cfg);
    if (gender) person.gender = gender;
  }
}

/**
 * « la grève des pilotes d'Air France »: a strike is against the employer of those who strike,
 * the organisation their group belongs to.
 */
export function strikeTargets(events: EventDraft[], entities: Map<string, EntityDraft>): void {
  for (const e of events) {
    if (e.type !== "strike" || e.target || !e.actor) continue;
    const org = groupOrg(e.actor, entities);
    if (org) e.target = org;
  }
}

/** The organisation a group belongs to (« les pilotes d'Air France »: Air France). */
function groupOrg(key: string, entities: Map<string, EntityDraft>): string | undefined {
  if (entities.get(key)?.kind !== "group") return undefined;
  const org = key.slice(key.lastIndexOf(":") + 1);
  return org && entities.get(org)?.kind === "organisation" ? org : undefined;
}

/**
 * One way out per person: a departure read from « remplacé par », "replacing him" is the same
 * exit as the dismissal or resignation the article tells, which says more.
 */
export function oneExit(events: EventDraft[]): EventDraft[] {
  const exits = new Set(
    events
      .filter(
        (e) =>
          (e.type === "dismissal" || e.type === "resignation") &&
          (e.status === undefined || e.status === "planned"),
      )
      .map((e) => (e.type === "dismissal" ? e.target : e.actor)),
  );
  return events.filter(
    (e) => !(e.type === "departure" && e.rule.includes("/replacement") && exits.has(e.actor)),
  );
}

/**
 * Files each event's rule family under how much of the event the sentence gave: `complete` when
 * it has its actor, its target where the rule wants one, and a date; `undated` when only the date
 * is missing; `partial` when a participant is (« X a été limogé » names no one who dismissed
 * him). The three are measured apart (`event/dismissal/complete/active/…`), so a frame that is
 * sure when complete is not held back by its incomplete readings.
 */
export function participants(events: readonly EventDraft[]): void {
  const levels = new Set(["complete", "undated", "partial"]);
  for (const e of events) {
    const [kind, type, ...rest] = e.rule.split("/");
    if (kind !== "event" || !type || levels.has(rest[0] ?? "")) continue;
    const whole = e.actor !== undefined && !rest.some((r) => r.split("+").includes("no-target"));
    const level = !whole ? "partial" : e.date ? "complete" : "undated";
    e.rule = [kind, type, level, ...rest].join("/");
  }
}
