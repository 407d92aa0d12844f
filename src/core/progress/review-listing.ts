import type { Language } from "../facts/model.js";
import { msg } from "../i18n/msg.js";
import type { Question } from "../question/model.js";
import { fitWidth, wrapWidth } from "../text/fit-width.js";
import { inertLine } from "../text/inert.js";
import type { AskLevel } from "./escalation.js";
import type { ReviewPlan } from "./review-plan.js";
import type { ItemRef, Schedule } from "./schedule.js";
import type { ReviewItem, ReviewReason } from "./selection.js";

/** Which review: what is due, a pack crammed, or what a pack's last session missed. */
export type ReviewMode = "due" | "cram" | "missed";

/** An item of the review, as `newsquiz review --json` lists it. */
export type ListedItem = ItemRef & {
  reason: ReviewReason;
  /** When it falls or fell due (ISO 8601); null for an item never asked. */
  due: string | null;
  retrievability: number;
  /** Sessions in which it was missed. */
  misses: number;
  leech: boolean;
};

/** A question the review would ask, at which level, and the items it reviews. */
export interface ListedQuestion {
  pack: string;
  id: string;
  type: string;
  kind: string;
  prompt: string;
  level: AskLevel;
  difficulty: "easy" | "hard";
  typed: boolean;
  items: ListedItem[];
}

/** What `newsquiz review` would ask, in order: the JSON of `--json`, and what the text shows. */
export interface ReviewListing {
  mode: ReviewMode;
  pack: string | null;
  now: string;
  questions: ListedQuestion[];
  /** Items due that no question can ask about now (removed from the pack, or flagged). */
  unaskable: ListedItem[];
  /** Items left for later by `--count`. */
  later: number;
  /** When the next item falls due, when nothing is due now. */
  next: string | null;
  /** Packs in the log that cannot be found or read any more; their items are left out. */
  missingPacks: string[];
}

export interface ListingInput {
  mode: ReviewMode;
  pack?: string;
  now: Date;
  plan: ReviewPlan<Question>;
  schedule: Schedule;
  missingPacks?: string[];
}

/** The review as data, from its plan. */
export function reviewListing(input: ListingInput): ReviewListing {
  const { plan, now } = input;
  return {
    mode: input.mode,
    pack: input.pack ?? null,
    now: now.toISOString(),
    questions: plan.questions.map(({ pack, question, ask, items }) => ({
      pack,
      id: question.id,
      type: question.type,
      kind: question.kind,
      prompt: question.prompt,
      level: ask.level,
      difficulty: ask.difficulty,
      typed: ask.typed,
      items: items.map(listed),
    })),
    unaskable: plan.unaskable.map(listed),
    later: plan.later,
    next:
      plan.questions.length === 0 && input.mode === "due"
        ? (nextDue(input.schedule, now, input.pack)?.toISOString() ?? null)
        : null,
    missingPacks: input.missingPacks ?? [],
  };
}

/** When the next item falls due after `now` (in one pack, or any). */
export function nextDue(schedule: Schedule, now: Date, pack?: string): Date | undefined {
  let next: Date | undefined;
  for (const m of schedule.values()) {
    if (pack !== undefined && m.ref.pack !== pack) continue;
    if (m.card.due > now && (!next || m.card.due < next)) next = m.card.due;
  }
  return next;
}

function listed(item: ReviewItem): ListedItem {
  return {
    ...item.ref,
    reason: item.reason,
    due: item.memory ? item.memory.card.due.toISOString() : null,
    retrievability: Math.round(item.retrievability * 10_000) / 10_000,
    misses: item.memory?.misses ?? 0,
    leech: item.memory?.leech ?? false,
  };
}

/** How the review listing is written for a reader. */
export interface ReviewTextOptions {
  lang: Language;
  columns: number;
  /** The reader's local time of a moment: YYYY-MM-DD HH:MM. */
  minuteOf: (at: Date) => string;
}

/**
 * The review as text: a heading, then each question numbered with its pack and level, its
 * prompt, and for each fact it reviews why it is asked. Pack text is made inert and every line
 * fits the terminal's width.
 */
export function renderReview(listing: ReviewListing, options: ReviewTextOptions): string {
  const { lang, columns } = options;
  const facts = (n: number) => msg(lang, "n.facts", { n });
  const pack = listing.pack ?? "";
  const lines: string[] = [];
  // Sentences and prompts wrap; the rows of a question are cut to the width.
  const say = (text: string, indent = 0) =>
    lines.push(...wrapWidth(inertLine(`${" ".repeat(indent)}${text}`), columns, indent));
  const row = (text: string) => lines.push(fitWidth(inertLine(text), columns));
  const asked = listing.questions.reduce((n, q) => n + q.items.length, 0);
  const questions = msg(lang, "n.questions", { n: listing.questions.length });
  if (listing.questions.length === 0) {
    if (listing.mode === "missed") say(msg(lang, "review.nothingMissed", { pack }));
    else if (listing.mode === "cram") say(msg(lang, "review.nothingToCram", { pack }));
    else say(msg(lang, "review.nothingDue"));
    if (listing.next)
      say(msg(lang, "review.next", { date: options.minuteOf(new Date(listing.next)) }));
  } else if (listing.mode === "due")
    say(msg(lang, "review.due", { questions, facts: facts(asked) }));
  else if (listing.mode === "cram") {
    say(msg(lang, "review.cram", { pack, questions, facts: facts(asked) }));
  } else say(msg(lang, "review.missed", { pack, questions }));

  listing.questions.forEach((q, n) => {
    row(`${`${n + 1}.`.padStart(3)} ${q.pack} · ${msg(lang, `level.${q.level}`)}`);
    say(q.prompt, 4);
    // The status first: in a narrow terminal the end of the line is what gets cut.
    for (const item of q.items) row(`    ${status(item, listing, options)} · ${itemName(item)}`);
  });
  if (listing.later > 0) say(msg(lang, "review.later", { facts: facts(listing.later) }));
  const unaskable = listing.unaskable.filter((i) => !listing.missingPacks.includes(i.pack));
  if (unaskable.length > 0) {
    say(msg(lang, "review.unaskable", { list: unaskable.map(itemName).join(", ") }));
  }
  for (const gone of listing.missingPacks) say(msg(lang, "review.packGone", { pack: gone }));
  return `${lines.join("\n")}\n`;
}

function itemName(item: ListedItem): string {
  return "fact" in item ? item.fact : item.question;
}

function status(item: ListedItem, listing: ReviewListing, options: ReviewTextOptions): string {
  const { lang } = options;
  const parts: string[] = [];
  if (item.reason === "missed") parts.push(msg(lang, "review.missedHere"));
  else if (item.due === null) parts.push(msg(lang, "review.new"));
  else {
    // The day only: the JSON has the exact time, and the line must fit 40 columns.
    const date = options.minuteOf(new Date(item.due)).slice(0, 10);
    parts.push(msg(lang, item.due <= listing.now ? "review.dueSince" : "review.dueOn", { date }));
  }
  if (item.leech) parts.push(msg(lang, "review.leech"));
  return parts.join(", ");
}
