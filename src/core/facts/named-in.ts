import { memoPerObject } from "../memo.js";
import { fold } from "../text/fold.js";
import type { FactIndex } from "./fact-index.js";

/** Longest name, in words, looked for inside a text. */
const MAX_NAME_WORDS = 5;

// Generating a pack's questions asks about the same hundred texts (labels, names, claims) a few
// thousand times over: what a text names is worked out once per index.
const remembered = memoPerObject<FactIndex, string, ReadonlySet<string>>();

/** The entities whose name or alias a text contains, as whole words. */
export function entitiesNamedIn(index: FactIndex, text: string): ReadonlySet<string> {
  return remembered(index, text, () => namedIn(index, text));
}

function namedIn(index: FactIndex, text: string): Set<string> {
  const words = fold(text)
    .split(" ")
    // « d'OpenAI » and "OpenAI's" both name OpenAI.
    .map((w) =>
      w
        .replace(/^[a-z]{1,2}'/, "")
        .replace(/['’]s$/, "")
        .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""),
    )
    .filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    let phrase = "";
    for (let n = 0; n < MAX_NAME_WORDS && i + n < words.length; n++) {
      phrase = n === 0 ? words[i]! : `${phrase} ${words[i + n]}`;
      const id = index.owner.get(phrase);
      if (id) out.add(id);
    }
  }
  return out;
}
