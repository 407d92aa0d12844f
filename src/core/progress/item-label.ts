import type { Pack } from "../facts/model.js";
import { quoted } from "../i18n/typography.js";
import type { ItemRef } from "./schedule.js";

/**
 * A short, readable name for what an item tests, from its pack: a person's name, an event's
 * own sentence or who did it to whom, what a figure counts, who said a quote; for a question
 * naming no fact, its prompt. Undefined when the pack no longer has it.
 */
export function itemLabel(pack: Pack, ref: ItemRef): string | undefined {
  if (!("fact" in ref)) return pack.questions.find((q) => q.id === ref.question)?.prompt;
  const id = ref.fact;
  const name = (entity: string | undefined) =>
    entity ? (pack.entities.find((e) => e.id === entity)?.name ?? entity) : undefined;
  const entity = pack.entities.find((e) => e.id === id);
  if (entity) return entity.name;
  const event = pack.events.find((e) => e.id === id);
  if (event) {
    if (event.text ?? event.label) return event.text ?? event.label;
    const who = [name(event.actor), name(event.target)].filter(Boolean).join(" → ");
    return [who || event.type, event.role, event.date].filter(Boolean).join(", ");
  }
  const claim = pack.claims.find((c) => c.id === id);
  if (claim) return `${claim.about}: ${claim.value}${claim.unit ? ` ${claim.unit}` : ""}`;
  const quote = pack.quotes.find((q) => q.id === id);
  if (quote) {
    const text = quoted(quote.text, pack.language);
    return `${name(quote.speaker)}: ${text}`;
  }
  return undefined;
}
