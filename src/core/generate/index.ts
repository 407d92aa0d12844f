import { isQuestionable, QUESTION_CONFIDENCE_THRESHOLD } from "../extract/threshold.js";
import { allFacts, type FactRef, factById } from "../facts/fact-index.js";
import type { Language, Pack } from "../facts/model.js";
import { factsInUse, fromUnreviewed } from "../facts/review.js";
import { memoPerObject } from "../memo.js";
import type { Difficulty, Question, QuestionKind } from "../question/model.js";
import { answerTypeOf } from "../question/types/index.js";
import { createRandom, seedFrom } from "../random.js";
import { fold } from "../text/fold.js";
import { type GenContext, genContext } from "./context.js";
import type { Draft, Rejection } from "./draft.js";
import { gateProblem } from "./gate.js";
import { howManyDrafts } from "./how-many.js";
import { orderDrafts } from "./order.js";
import { quoteDrafts } from "./quote.js";
import { rank } from "./rank.js";
import { roleDrafts } from "./role.js";
import { successionDrafts } from "./succession.js";
import { trueFalseDrafts } from "./true-false.js";
import { whenDrafts } from "./when.js";
import { whoDrafts } from "./who.js";
import { whomDrafts } from "./whom.js";
import { writtenDrafts } from "./written.js";

export { GENERATED_KINDS } from "./draft.js";

export interface GenerateOptions {
  /** Same seed, same questions in the same order with the same choice order. */
  seed: number;
  /** How many questions to return; all that pass the quality gate when omitted. */
  count?: number;
  /** easy: distractors far from the answer; hard: near dates, near figures, people in the same role. */
  difficulty?: Difficulty;
  /** Language of the prompts; defaults to the pack's. */
  lang?: Language;
}

/** "Ask about this fact, as this kind, at this difficulty": what spaced repetition asks for. */
export interface FactRequest {
  fact: string;
  kind?: QuestionKind;
  difficulty?: Difficulty;
}

/** The questions kept and, for each draft dropped, why. */
export interface Generation {
  questions: Question[];
  rejected: Rejection[];
}

/** A pack prepared once for generation; reuse it to ask many times without re-indexing. */
export interface Generator {
  generate(options: GenerateOptions): Generation;
  /** One question per request that can be asked (none for a fact no kind can ask about). */
  forFacts(requests: readonly FactRequest[], options: Omit<GenerateOptions, "count">): Question[];
  /**
   * The question with this id, as a quiz with these options builds it; undefined when the pack
   * no longer asks it (removed, or its facts changed). How a review asks again what was missed.
   */
  question(id: string, options: Omit<GenerateOptions, "count">): Question | undefined;
  /** The kinds a fact can be asked as, best first. */
  kindsFor(fact: string): QuestionKind[];
  /** The facts no question asks about, each with why (what the gate said, or why none applies). */
  uncovered(options: GenerateOptions): Uncovered[];
}

/** A fact no question asks about, and why. */
export interface Uncovered {
  fact: string;
  reasons: string[];
}

/** What a generator prepares of a pack in a language: its context, and its drafts once listed. */
interface Prepared {
  ctx: GenContext;
  listed(): { kept: Draft[]; duplicates: Rejection[] };
}

// A pack is never changed in place, so what is prepared of it serves every generator of it in
// that language: a command that asks a quiz after the summary, or again, lists its drafts once.
const prepared = memoPerObject<Pack, Language, Prepared>();

function prepare(pack: Pack, lang: Language): Prepared {
  return prepared(pack, lang, () => {
    // Rejected facts, and unreviewed ones the pack does not allow, never reach a question; all
    // but the rejected may be true, so none of them is contradicted by a wrong choice.
    const ctx = genContext(factsInUse(pack), lang, notRejected(pack));
    let all: { kept: Draft[]; duplicates: Rejection[] } | undefined;
    return {
      ctx,
      listed: () => {
        all ??= unique(listDrafts(ctx));
        return all;
      },
    };
  });
}

/** The pack without the facts a person rejected: what may be true. */
function notRejected(pack: Pack): Pack {
  const keep = <T extends { review?: string }>(facts: T[]) =>
    facts.filter((f) => f.review !== "rejected");
  return {
    ...pack,
    events: keep(pack.events),
    claims: keep(pack.claims),
    quotes: keep(pack.quotes),
  };
}

export function createGenerator(pack: Pack, lang: Language = pack.language): Generator {
  const { ctx, listed } = prepare(pack, lang);
  const drafts = () => listed().kept;
  return {
    generate(options) {
      const rejected: Rejection[] = [...listed().duplicates];
      const questions: Question[] = [];
      const prompts = new Set<string>();
      for (const draft of ordered(drafts(), options.seed)) {
        if (options.count !== undefined && questions.length >= options.count) break;
        const result = build(ctx, draft, options.seed, options.difficulty);
        if (typeof result === "string") {
          rejected.push({ id: draft.id, facts: draft.facts, reason: result });
          continue;
        }
        const prompt = signature(result);
        if (prompts.has(prompt) && result.kind !== "written") {
          rejected.push({
            id: draft.id,
            facts: draft.facts,
            reason: "same prompt as a question already kept",
          });
          continue;
        }
        prompts.add(prompt);
        questions.push(result);
      }
      return { questions, rejected };
    },
    forFacts(requests, options) {
      const out: Question[] = [];
      const seen = new Set<string>();
      for (const request of requests) {
        const candidates = drafts()
          .filter(
            (d) => d.facts.includes(request.fact) && (!request.kind || d.kind === request.kind),
          )
          .sort(
            (a, b) =>
              Number(b.facts[0] === request.fact) - Number(a.facts[0] === request.fact) ||
              b.score - a.score,
          );
        for (const draft of candidates) {
          if (seen.has(draft.id)) break;
          const result = build(ctx, draft, options.seed, request.difficulty ?? options.difficulty);
          if (typeof result === "string") continue;
          seen.add(draft.id);
          out.push(result);
          break;
        }
      }
      return out;
    },
    question(id, options) {
      const draft = drafts().find((d) => d.id === id);
      const result = draft && build(ctx, draft, options.seed, options.difficulty);
      return typeof result === "object" ? result : undefined;
    },
    uncovered(options) {
      const { questions, rejected } = this.generate(options);
      const covered = new Set(questions.flatMap((q) => q.facts));
      const out: Uncovered[] = [];
      for (const ref of allFacts(ctx.index)) {
        const id = ref.fact.id;
        if (covered.has(id)) continue;
        const reasons = [
          ...new Set(rejected.filter((r) => r.facts[0] === id).map((r) => `${r.id}: ${r.reason}`)),
        ];
        out.push({ fact: id, reasons: reasons.length > 0 ? reasons : [unaskable(ctx, ref)] });
      }
      return out;
    },
    kindsFor(fact) {
      const kinds: QuestionKind[] = [];
      for (const d of [...drafts()].sort((a, b) => b.score - a.score)) {
        if (!d.facts.includes(fact) || kinds.includes(d.kind)) continue;
        if (typeof build(ctx, d, 0, undefined) !== "string") kinds.push(d.kind);
      }
      return kinds;
    },
  };
}

/**
 * The questions of a pack: generated from its facts and its hand-written ones, past the
 * quality gate, ranked (facts stated by more sources and central events first).
 */
export function generateQuestions(pack: Pack, options: GenerateOptions): Question[] {
  return createGenerator(pack, options.lang).generate(options).questions;
}

/** Questions about the given facts, as the given kinds: the entry point of spaced repetition. */
export function generateForFacts(
  pack: Pack,
  requests: readonly FactRequest[],
  options: Omit<GenerateOptions, "count">,
): Question[] {
  return createGenerator(pack, options.lang).forFacts(requests, options);
}

/**
 * The order questions are asked in: ranked, unless the pack has nothing to generate from. A
 * pack of hand-written questions only (an imported Moodle quiz) is a quiz its author composed:
 * it keeps the author's order, as Moodle does, so that a description introduces what follows.
 */
function ordered(drafts: Draft[], seed: number): Draft[] {
  return drafts.every((d) => d.kind === "written") ? drafts : rank(drafts, seed);
}

function build(
  ctx: GenContext,
  draft: Draft,
  seed: number,
  difficulty: Difficulty | undefined,
): Question | string {
  const facts = draft.facts.map((id) => factById(ctx.index, id)?.fact);
  const unsure = facts.find((fact) => fact !== undefined && !isQuestionable(fact));
  if (unsure) {
    return `fact ${unsure.id} was extracted with confidence ${unsure.confidence ?? 0}, below ${QUESTION_CONFIDENCE_THRESHOLD}`;
  }
  // Each question draws from its own stream: its choices do not depend on which others were built.
  const rng = createRandom(seedFrom(seed, draft.id));
  const built = draft.build({ rng, difficulty });
  if (typeof built === "string") return built;
  // A person wrote and the pack's schema checked the hand-written ones; they are shown as written.
  if (draft.kind === "written") return built.question;
  const problem = gateProblem(ctx.index, built, ctx.lang, ctx.mixed);
  if (problem) return problem;
  // The quiz says so of a question whose facts no person has reviewed (`unreviewed: ask`).
  return fromUnreviewed(facts) ? { ...built.question, unreviewed: true } : built.question;
}

/** What the reader sees of a question, folded: two questions that read the same are one. */
function signature(q: Question): string {
  const seen = answerTypeOf(q).generate?.signature?.(q);
  return fold(seen ? `${q.prompt} ${seen.join(" ")}` : q.prompt);
}

function listDrafts(ctx: GenContext): Draft[] {
  const { pack } = ctx.index;
  const facts: FactRef[] = allFacts(ctx.index);
  return [
    ...whoDrafts(ctx, pack.events),
    ...whomDrafts(ctx, pack.events),
    ...successionDrafts(ctx, pack.events),
    ...whenDrafts(ctx, pack.events),
    ...howManyDrafts(ctx, pack.claims),
    ...roleDrafts(
      ctx,
      pack.events,
      pack.entities.map((e) => e.id),
    ),
    ...quoteDrafts(ctx, pack.quotes),
    ...orderDrafts(ctx, pack.events),
    ...trueFalseDrafts(ctx, facts),
    ...writtenDrafts(ctx),
  ];
}

/**
 * One draft per question asked: of drafts asking the same thing (one key), the best ranked stays,
 * the others are reported; a generated id that a hand-written question already uses is dropped.
 */
function unique(drafts: Draft[]): { kept: Draft[]; duplicates: Rejection[] } {
  const best = new Map<string, Draft>();
  for (const d of drafts) {
    const kept = best.get(d.key);
    if (!kept || d.score > kept.score || (d.score === kept.score && d.id < kept.id)) {
      best.set(d.key, d);
    }
  }
  const ids = new Set<string>();
  const kept: Draft[] = [];
  const written = [...best.values()].filter((d) => d.kind === "written");
  for (const d of [...written, ...[...best.values()].filter((d) => d.kind !== "written")]) {
    if (ids.has(d.id)) continue;
    ids.add(d.id);
    kept.push(d);
  }
  const keptSet = new Set(kept);
  const duplicates = drafts
    .filter((d) => !keptSet.has(d))
    .map((d) => ({
      id: d.id,
      facts: d.facts,
      reason: `asks what ${best.get(d.key)?.id ?? d.id} asks`,
    }));
  return { kept, duplicates };
}

/** Why no kind of question applies to a fact. */
function unaskable(ctx: GenContext, ref: FactRef): string {
  if (ref.kind === "event" && ref.fact.text !== undefined && !ctx.phrase.text(ref.fact, "text")) {
    return `only the author's sentence, which the pack gives in no words of ${ctx.lang}, tells this event`;
  }
  if (ref.kind === "event" && ref.fact.status === "conditional") {
    return "it only might happen: what is conditional is never asked";
  }
  return "no kind of question applies to this fact";
}
