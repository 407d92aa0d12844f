// One line for a gold fact or an extracted fact, for `npm run eval -- --explain`.
import type { ArticleFacts } from "../../src/core/extract/types.js";
import type { Facts, FactsClaim, FactsEvent, FactsQuote, Kind } from "./score.js";

const short = (s: unknown, n = 110) => {
  const t = String(s ?? "").replace(/\s+/g, " ");
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

type GoldLike = Record<string, unknown>;

export function describeGold(kind: Kind, gold: object): string {
  const g = gold as GoldLike;
  const j = (v: unknown) => JSON.stringify(v ?? null);
  if (kind === "events")
    return `${j(g.type)} actor=${j(g.actor)} target=${j(g.target)} date=${j(g.date)} :: ${short(g.evidence)}`;
  if (kind === "claims")
    return `${g.value}${g.total != null ? ` of ${g.total}` : ""} ${g.unit ?? ""} holder=${j(g.holder)} (${g.about}) :: ${short(g.evidence)}`;
  return `${g.speaker}: «${g.text_start}…»`;
}

/** An extracted fact with its confidence and, found among the drafts, the rule that read it. */
export function describeFact(kind: Kind, x: unknown, facts: Facts, drafts: ArticleFacts): string {
  const name = (ref: unknown) => {
    if (ref == null) return "null";
    const e = facts.entities?.find((e) => e.id === ref);
    return e ? e.name : String(ref);
  };
  const f = x as Record<string, unknown>;
  const rule = (list: readonly { evidence: string; rule: string }[], same: (d: never) => boolean) =>
    list.find((d) => d.evidence === f.evidence && same(d as never))?.rule ?? "?";
  const conf = `conf=${f.confidence ?? "-"}`;
  if (kind === "events") {
    const e = x as FactsEvent;
    const r = rule(drafts.events, (d: FactsEvent) => d.type === e.type);
    return `${e.type} actor=${name(e.actor)} target=${name(e.target)} date=${e.date ?? "null"} ${conf} [${r}] :: ${short(f.evidence)}`;
  }
  if (kind === "claims") {
    const c = x as FactsClaim;
    const r = rule(drafts.claims, (d: FactsClaim) => d.value === c.value);
    return `${c.value}${c.total != null ? ` of ${c.total}` : ""} ${f.unit ?? ""} (${c.about}) ${conf} [${r}] :: ${short(f.evidence)}`;
  }
  const q = x as FactsQuote;
  const r = rule(drafts.quotes, (d: FactsQuote) => d.text === q.text);
  return `${name(q.speaker)}: «${short(q.text, 60)}» ${conf} [${r}]`;
}
