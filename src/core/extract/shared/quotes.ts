import { foldAligned } from "../../text/fold.js";
import type { ArticleState } from "../state.js";
import type { QuoteDraft, SentenceUnit } from "../types.js";
import {
  after,
  before,
  type Compiled,
  compileQuotes,
  type LastSpeaker,
  type Quotation,
  verbAfter,
} from "./attribution.js";
import { inside } from "./context.js";
import { grammar } from "./grammar.js";
import type { QuoteSpan } from "./quote-spans.js";

const MIN_WORDS = 3;

/**
 * "As a leader, Pat helped… the company, said Frank Yearly, Intel's board chair…: a quotation
 * never closed that holds « , said Name » ends at that comma, where its closing mark was
 * forgotten.
 */
export function forgottenClose(paragraph: string, span: QuoteSpan, c: Compiled): QuoteSpan {
  if (span.closed) return span;
  const folded = foldAligned(paragraph);
  const comma = /,\s+/g;
  comma.lastIndex = span.innerStart;
  for (let m = comma.exec(folded); m && m.index < span.innerEnd; m = comma.exec(folded)) {
    const at = m.index + m[0].length;
    const verb = c.verbFirst.exec(folded.slice(at, span.innerEnd));
    if (!verb || c.inversion?.test(verb[0])) continue;
    if (!/^\s+\p{Lu}/u.test(paragraph.slice(at + verb[0].length))) continue;
    return {
      start: span.start,
      end: m.index,
      innerStart: span.innerStart,
      innerEnd: m.index,
      closed: true,
    };
  }
  return span;
}

/**
 * A quotation left open that does not end a sentence was cut off where the text stops (« faisait
 * l'objet de "la plus gran »): its last word may be a piece, so it goes, and an ellipsis says
 * the words go on (« la plus… »).
 */
function cut(span: QuoteSpan, text: string): string {
  if (span.closed || /[.!?…]$/.test(text)) return text;
  const kept = text.replace(/\s*\S+$/, "").replace(/[\s,;:–—-]+$/, "");
  return kept ? `${kept}…` : text;
}

/** The quotations of an article: each span with the sentences it opens and closes in. */
function quotations(state: ArticleState): Quotation[] {
  const out: Quotation[] = [];
  const byParagraph = new Map<number, SentenceUnit[]>();
  for (const s of state.sentences) {
    const list = byParagraph.get(s.paragraph) ?? [];
    list.push(s);
    byParagraph.set(s.paragraph, list);
  }
  state.paragraphQuotes.forEach((spans, paragraph) => {
    const sentences = byParagraph.get(paragraph);
    if (!sentences) return;
    const at = (offset: number) => sentences.findLast((s) => s.start <= offset) ?? sentences[0]!;
    for (const span of spans) {
      const text = state.paragraphs[paragraph]!.slice(span.innerStart, span.innerEnd)
        .trim()
        .replace(/[,;:]$/, "")
        .trim();
      out.push({
        span,
        paragraph,
        open: at(span.start),
        close: at(span.end - 1),
        text: cut(span, text),
      });
    }
  });
  return out;
}

/**
 * The quotations of an article with their speakers: named in the sentence after the quotation
 * (« », a déclaré X ») or before it (« X a déclaré : « »), by a pronoun for whom the sentences
 * before are about, or, for a quotation that opens its sentence with no speaker of its own, the
 * speaker of the quotation just before it (press articles go on quoting someone paragraph after
 * paragraph). Quotations of fewer than three words are scare quotes, not statements. A quotation
 * no rule can attribute is left out: a quote is never guessed.
 */
export function readQuotations(state: ArticleState): void {
  const c = compileQuotes(state.cfg);
  let last: (LastSpeaker & { sentence: number }) | undefined;
  const all = quotations(state);
  all.forEach((q, i) => {
    const prev = all[i - 1];
    const sameSentence = prev && prev.close.index === q.open.index;
    const from = sameSentence ? prev.span.end - q.open.start : 0;
    const head = q.open.folded.slice(from, q.span.start - q.open.start);
    const attributing = { state, q, c, last };
    let found = after(attributing) ?? before(attributing, from);
    // A quotation whose own speech verb names someone no rule finds is not the last speaker's.
    if (!found && last && !verbAfter(attributing)) {
      const opens = /^[\s,]*$/.test(head);
      const joined = sameSentence && grammar(state.cfg).joinedQuotes.test(head);

      const goesOn = c.continuation.test(head);
      // The previous paragraph ends with the speaker's quotation: this one goes on with it.
      const follows = opens && q.open.index - last.sentence <= 1;
      if (joined || goesOn || follows)
        found = {
          speaker: last.speaker,
          how: joined ? "joined" : "continued",
          reason: "a quotation going on from its speaker's previous one",
        };
    }
    if (!found) return;
    last = { speaker: found.speaker, paragraph: q.paragraph, sentence: q.close.index };
    const local = q.span.start - q.open.start;
    const speakers = state.speakers.get(q.open.index) ?? new Map<number, string>();
    state.speakers.set(q.open.index, speakers.set(Math.max(0, local), found.speaker));
    if (q.text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < MIN_WORDS) return;
    const sentences = state.sentences.slice(q.open.index, q.close.index + 1);
    // A date inside a quotation is part of what was said, not when it was said.
    const date = state.dates[q.close.index]!.find(
      (d) => !d.ownsEventsInside && !inside(state.quotes[q.close.index] ?? [], d.start),
    );
    const draft: QuoteDraft = {
      speaker: found.speaker,
      text: q.text,
      ...(date ? { date: date.date } : {}),
      evidence: sentences.map((x) => x.text).join(" "),
      confidence: 0,
      reason: found.reason,
      rule: `quote/${found.how}`,
    };
    state.facts.quotes.push(draft);
  });
}
