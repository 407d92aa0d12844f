import { msg } from "../../../i18n/msg.js";
import { inertLine } from "../../../text/inert.js";
import type { AnswerType } from "../answer-type.js";
import { numbered } from "../kit/choices.js";
import { numbers, refused } from "../kit/numbers.js";
import { letter, type MatchingInput, matchingScreen } from "./input.js";
import { type MatchingQuestion, type MatchingResponse, matchingQuestionSchema } from "./schema.js";

/** Matching: each left item matched with a right one; scored by the share matched right. */
export const matching: AnswerType<
  MatchingQuestion,
  MatchingResponse,
  MatchingInput,
  typeof matchingQuestionSchema
> = {
  schema: matchingQuestionSchema,
  answered: "graded",
  resultKind: "matching",
  reviewLevel: "choice",
  asText: (q, toText) => ({
    ...q,
    pairs: q.pairs.map((p) => ({ left: toText(p.left), right: toText(p.right) })),
  }),
  present: (q, random) => ({
    // Pairs without a left side only add a right item to choose from (Moodle's distractors).
    lefts: q.pairs.flatMap((p, i) => (p.left.trim() ? [i] : [])),
    rights: random.shuffle([...new Set(q.pairs.map((p) => p.right))]),
  }),
  grade(q, response) {
    const lefts = q.pairs.flatMap((p, i) => (p.left.trim() ? [i] : []));
    const good = lefts.filter((i) => response.rights[i] === q.pairs[i]!.right).length;
    return { score: lefts.length ? good / lefts.length : 0, feedback: [] };
  },
  expected: (item) =>
    item.lefts.map((i) => `${item.question.pairs[i]!.left} → ${item.question.pairs[i]!.right}`),
  describe: (item, response) =>
    item.lefts
      .map((i) => `${item.question.pairs[i]!.left} → ${response.rights[i] ?? "?"}`)
      .join(" · "),
  line: {
    choices: (item, lang) => [
      ...item.lefts.map((i, k) => `  ${letter(k)}. ${inertLine(item.question.pairs[i]!.left)}`),
      msg(lang, "ask.choices"),
      ...numbered(item.rights),
    ],
    ask: (_item, lang) => msg(lang, "ask.matching"),
    // The number of the right-hand choice for each left item in order: "2 1 3".
    read(item, text) {
      const max = item.rights.length;
      const ns = numbers(text, max);
      if (!ns || ns.length !== item.lefts.length) {
        return refused("reply.matching", { count: item.lefts.length, max });
      }
      const rights: (string | null)[] = item.question.pairs.map(() => null);
      item.lefts.forEach((pair, k) => {
        rights[pair] = item.rights[ns[k]! - 1]!;
      });
      return { kind: "answer", response: { type: "matching", rights } };
    },
  },
  prompt: (item) => ({
    kind: "fields",
    fields: item.lefts.map((pair, k) => ({
      kind: "pick",
      label: `\n  ${letter(k)}. ${inertLine(item.question.pairs[pair]!.left)} →`,
      choices: item.rights.map((text, r) => ({ name: inertLine(text), value: String(r + 1) })),
    })),
    line: (picked) => picked.join(" "),
  }),
  screen: matchingScreen,
  json: (q) => ({ choices: [], answer: null, extra: { pairs: q.pairs } }),
  authoring: {
    name: "authoring.type.matching",
    fields: [
      {
        kind: "list",
        label: "authoring.matching.pair",
        min: 2,
        check: (v) =>
          /.+->.+/.test(v) ? true : { key: "authoring.matching.no-arrow", vars: { value: v } },
      },
    ],
    build: ([pairs]) => ({
      pairs: (pairs as string[]).map((pair) => ({
        left: pair.split("->")[0]!.trim(),
        right: pair.slice(pair.indexOf("->") + 2).trim(),
      })),
    }),
  },
};
