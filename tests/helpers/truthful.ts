// Checks, from the outside, that generated questions teach nothing false (docs/questions.md):
// rules 1 (no second true answer), 2 (spans), 3 (statuses), 6 (plausible dates and figures),
// 8 (one language), and that no event is told without a part its sentence needs. Written apart
// from the generator's own reasoning (its truth index, its distractor rules), so that a mistake
// there shows here.
import { indexFacts } from "../../src/core/facts/fact-index.js";
import type { Claim, FactEvent, Language, Pack } from "../../src/core/facts/model.js";
import { formatClaimValue } from "../../src/core/i18n/format.js";
import { phraseContext } from "../../src/core/phrase/context.js";
import { dateText, spanAdverbText, spanText } from "../../src/core/phrase/date-text.js";
import { eventStatement } from "../../src/core/phrase/event-sentence.js";
import type { Question } from "../../src/core/question/model.js";
import { fold } from "../../src/core/text/fold.js";

type Dated = { date?: string; until?: string };

/** Every text a reader sees of a question. */
function texts(q: Question): string[] {
  const out = [q.prompt, q.explanation ?? ""];
  if ("choices" in q) for (const c of q.choices) out.push(c.text, c.feedback ?? "");
  if ("items" in q) out.push(...q.items);
  return out.filter(Boolean);
}

const wrongChoices = (q: Question) =>
  q.type === "single" ? q.choices.filter((c) => !c.correct) : [];

/** Days since 1970 of the first and last day of a date or span. */
function range(d: Dated): [number, number] | undefined {
  if (!d.date) return undefined;
  const first = edge(d.date, false);
  const last = edge(d.until ?? d.date, true);
  return first === undefined || last === undefined ? undefined : [first, last];
}

function edge(date: string, end: boolean): number | undefined {
  const [y, m, d] = date.split("-").map(Number);
  if (y === undefined || Number.isNaN(y)) return undefined;
  if (!end) return Date.UTC(y, (m ?? 1) - 1, d ?? 1) / 86_400_000;
  if (d !== undefined) return Date.UTC(y, m! - 1, d) / 86_400_000;
  if (m !== undefined) return Date.UTC(y, m, 0) / 86_400_000;
  return Date.UTC(y, 11, 31) / 86_400_000;
}

function meet(a: Dated, b: Dated): boolean {
  const ra = range(a);
  const rb = range(b);
  return !ra || !rb || (ra[0] <= rb[1] && rb[0] <= ra[1]);
}

/** Days back to text, for the dates a choice may show (1990 to 2035, both languages). */
const DAYS = new Map<string, string>();
function dayOf(text: string): string | undefined {
  if (DAYS.size === 0) {
    for (let t = Date.UTC(1990, 0, 1); t <= Date.UTC(2035, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      for (const lang of ["fr", "en"] as const) {
        DAYS.set(dateText(iso, lang), iso);
        DAYS.set(dateText(iso.slice(0, 7), lang), iso.slice(0, 7));
        DAYS.set(dateText(iso.slice(0, 4), lang), iso.slice(0, 4));
      }
    }
  }
  return DAYS.get(text);
}

// Words one language has and the other lacks, kept apart from the generator's own list.
const FOREIGN: Partial<Record<Language, RegExp>> = {
  en: /(?:^|[^\p{L}])(?:le|la|les|des|du|une|est|été|dans|avec|pour|qui|sur|aux|selon|chez|d['’]|l['’]|qu['’])(?=[^\p{L}]|$)/iu,
  fr: /(?:^|[^\p{L}])(?:the|of|and|was|were|with|which|according|has|have|been)(?=[^\p{L}]|$)/iu,
};

function withoutNames(pack: Pack, text: string): string {
  let out = ` ${text} `;
  const names = pack.entities
    .flatMap((e) => [
      e.name,
      ...e.aliases,
      e.translations?.en?.name ?? "",
      e.translations?.fr?.name ?? "",
    ])
    .concat(pack.sources.map((s) => s.outlet ?? ""))
    .filter((n) => n.length > 1 && n.charAt(0) === n.charAt(0).toUpperCase())
    .sort((a, b) => b.length - a.length);
  for (const name of names) out = out.split(name).join(" ");
  return out;
}

/** Entity ids by every name a choice may show (folded). */
function owners(pack: Pack): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of pack.entities) {
    const names = [e.name, ...e.aliases];
    for (const t of Object.values(e.translations ?? {}))
      names.push(t?.name ?? "", ...(t?.aliases ?? []));
    for (const n of names) if (n) out.set(fold(n), e.id);
  }
  return out;
}

/** Types that make each other true: being hired by someone is joining them. */
const SAME_ACT: Partial<Record<FactEvent["type"], FactEvent["type"]>> = {
  hiring: "joining",
  joining: "hiring",
};

/**
 * True when the facts make `candidate` a right answer too: some event of the same act, on
 * dates that may meet, has the candidate in the asked slot and agrees with what the prompt
 * names of the rest.
 */
function alsoTrue(
  pack: Pack,
  asked: FactEvent,
  slot: "actor" | "target",
  candidate: string,
  prompt: string,
): boolean {
  const named = (id: string | undefined) => {
    const e = pack.entities.find((x) => x.id === id);
    return !!e && [e.name, e.translations?.en?.name].some((n) => n && prompt.includes(n));
  };
  const other = slot === "actor" ? asked.target : asked.actor;
  for (const e of pack.events) {
    if (e.id === asked.id) continue;
    const swapped = SAME_ACT[asked.type] === e.type;
    if (e.type !== asked.type && !swapped) continue;
    const inSlot = swapped ? (slot === "actor" ? e.target : e.actor) : e[slot];
    const rest = swapped
      ? slot === "actor"
        ? e.actor
        : e.target
      : e[slot === "actor" ? "target" : "actor"];
    if (inSlot !== candidate) continue;
    if (other && named(other) && rest && rest !== other) continue;
    if (asked.role && e.role && fold(asked.role) !== fold(e.role)) continue;
    // What one said is not what another said: a plan announced is no ChatGPT feature announced.
    const said = ["statement", "announcement", "other"].includes(asked.type);
    if (said && asked.label && e.label && fold(asked.label) !== fold(e.label)) continue;
    if (meet(asked, e)) return true;
  }
  return false;
}

/** The latest day the sources of a question could report (their publication), if known. */
function reportedBy(pack: Pack, sources: readonly string[]): number | undefined {
  const days = (ids: readonly string[]) =>
    ids
      .map((id) => pack.sources.find((s) => s.id === id)?.published)
      .filter((d): d is string => !!d)
      .map((d) => edge(d, false)!);
  const own = days(sources);
  const all = own.length > 0 ? own : days(pack.sources.map((s) => s.id));
  return all.length > 0 ? Math.max(...all) : undefined;
}

/** What a figure shown as a choice amounts to: « 1,5 milliard de dollars », "650 of about 700". */
function amount(text: string): number | undefined {
  const m = /([\d\u00a0\u202f ,.]+)\s*(milliards?|billion|millions?|million)?/u.exec(
    text.replace(/^(?:environ|about|plus de|moins de|more than|fewer than|au moins|at least) /, ""),
  );
  if (!m?.[1]) return undefined;
  const digits = m[1].trim();
  const french = /,\d{1,2}$/.test(digits) || /\u00a0|\u202f/.test(digits);
  const n = Number(
    french ? digits.replace(/[\u00a0\u202f ]/g, "").replace(",", ".") : digits.replace(/,/g, ""),
  );
  if (Number.isNaN(n)) return undefined;
  const scale = /milliard|billion/.test(m[2] ?? "") ? 1e9 : /million/.test(m[2] ?? "") ? 1e6 : 1;
  return n * scale;
}

/**
 * Everything in these questions that could teach the reader something false, as readable
 * lines: empty when they are sound.
 */
export function falsehoods(pack: Pack, questions: readonly Question[], lang: Language): string[] {
  const found: string[] = [];
  const owner = owners(pack);
  const ctx = phraseContext(indexFacts(pack), lang);
  const event = (id: string | undefined) => pack.events.find((e) => e.id === id);
  for (const q of questions) {
    if (q.kind === "written") continue;
    const say = (rule: string, what: string) => found.push(`${q.id}: rule ${rule}: ${what}`);
    const asked = event(q.facts[0]);
    // Rule 8: one language.
    for (const t of texts(q)) {
      const foreign = FOREIGN[lang]?.exec(withoutNames(pack, t));
      if (foreign || (lang === "en" && /[àâçéèêëîïôûùœ]/i.test(withoutNames(pack, t)))) {
        say("8", `not ${lang}: ${t}`);
      }
    }
    // Rule 3: what was announced, planned or might be is never told as done; the conditional
    // is never asked.
    for (const id of q.facts) {
      const e = event(id);
      if (!e?.status) continue;
      if (e.status === "conditional") say("3", `asks about a conditional event ${id}`);
      const done = eventStatement(ctx, { ...e, status: undefined });
      if (done && texts(q).some((t) => fold(t).includes(fold(done)))) {
        say("3", `${id} is ${e.status}, told as done: ${done}`);
      }
    }
    if (!asked) {
      checkClaim(pack, q, lang, say);
      continue;
    }
    // Rule 1: no distractor the facts make right.
    if ((q.kind === "who" || q.kind === "whom") && !q.id.includes(".whom.")) {
      const slot = q.kind === "who" ? "actor" : "target";
      for (const c of wrongChoices(q)) {
        const id = owner.get(fold(c.text));
        if (id && alsoTrue(pack, asked, slot, id, q.prompt)) say("1", `"${c.text}" is right too`);
      }
    }
    // Rules 1, 2 and 6 for dates: no wrong date on a day that may be right, none after what the
    // sources could report.
    if (q.kind === "when") {
      const limit = reportedBy(pack, q.sources);
      for (const c of wrongChoices(q)) {
        const date = dayOf(c.text);
        if (!date) continue;
        const same = pack.events.filter(
          (e) => e.type === asked.type && e.actor === asked.actor && e.target === asked.target,
        );
        if (same.some((e) => meet(e, { date }))) say("2", `"${c.text}" may be right`);
        if (limit !== undefined && edge(date, false)! > limit)
          say("6", `"${c.text}" is after the sources`);
      }
    }
    // Rule 2: a span is never pinned to one of its days, true or false.
    if (asked.until && asked.date) {
      for (let d = edge(asked.date, false)!; d <= edge(asked.until, true)!; d++) {
        const day = new Date(d * 86_400_000).toISOString().slice(0, 10);
        const shown = dateText(day, lang);
        for (const t of texts(q)) {
          const span = [
            spanAdverbText(asked.date, asked.until, lang),
            spanText(asked.date, asked.until, lang),
          ];
          const cleared = span.reduce(
            (x, s) => x.split(s.toLowerCase()).join(" "),
            t.toLowerCase(),
          );
          if (cleared.includes(shown.toLowerCase())) say("2", `pins the span to ${day}: ${t}`);
        }
      }
    }
    // No unrealised slot: the post an appointment gives, the names of whom it concerns.
    const role = lang === pack.language ? asked.role : asked.translations?.[lang]?.role;
    if (
      asked.type === "appointment" &&
      !asked.text &&
      !texts(q).some((t) => role && t.includes(role))
    ) {
      say("slot", `tells an appointment without its post`);
    }
  }
  return found;
}

function checkClaim(
  pack: Pack,
  q: Question,
  lang: Language,
  say: (rule: string, what: string) => void,
): void {
  const claim = pack.claims.find((c) => c.id === q.facts[0]);
  if (!claim || q.kind !== "how-many") return;
  // Rule 1: no figure another source gives for the same thing, or for what may be the same.
  const kin = pack.claims.filter(
    (c: Claim) =>
      c.id !== claim.id &&
      (fold(c.about) === fold(claim.about) ||
        (c.subject !== undefined && c.subject === claim.subject && c.unit === claim.unit)),
  );
  const shown = new Set(kin.map((c) => fold(formatClaimValue(c, lang))));
  const values = new Set(kin.map((c) => c.value));
  for (const c of wrongChoices(q)) {
    const v = amount(c.text);
    if (shown.has(fold(c.text)) || (v !== undefined && values.has(v))) {
      say("1", `"${c.text}" is another source's figure for it`);
    }
    // Rule 6: believable figures, within a factor of two.
    if (v !== undefined && claim.value > 0 && (v > claim.value * 2 || v < claim.value / 2)) {
      say("6", `"${c.text}" is far from ${claim.value}`);
    }
  }
  if (!["exactly", "about"].includes(claim.qualifier)) say("1", "asks a bound as a figure to pick");
}
