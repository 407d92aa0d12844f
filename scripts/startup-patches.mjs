import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/**
 * Small edits to dependencies, made while bundling, that only make the first screen come sooner
 * (DESIGN.md's start-up budget); what each computes is unchanged. An edit whose text is no longer
 * found (a dependency was upgraded) is skipped with a warning: the bundle is then slower, not wrong.
 */
const patches = [
  {
    // Ink's layout engine (yoga, compiled by emscripten) checks `typeof fetch` before reading its
    // inlined wasm; on Node 20 that one check loads the whole undici HTTP client, about a fifth
    // of the start-up time. A local `fetch` in that module alone answers the check without it.
    // Its base64 is then decoded by `atob` and a loop over the characters: Buffer does it at once.
    file: "node_modules/yoga-layout/dist/binaries/yoga-wasm-base64-esm.js",
    prepend: "var fetch;\n",
    edits: [
      [
        "var b=xa(a.slice(37)),c=new Uint8Array(b.length);for(a=0;a<b.length;++a)c[a]=b.charCodeAt(a);var d=c",
        'var d=new Uint8Array(Buffer.from(a.slice(37),"base64"))',
      ],
    ],
  },
  {
    // string-width tests every non-ASCII character against /^\p{RGI_Emoji}$/v, a regular
    // expression V8 takes 10 to 20 ms to build. Every RGI emoji holds a non-ASCII code point with
    // the Emoji property, or the keycap mark U+20E3 (1️⃣), so a cluster with neither cannot match:
    // the big expression is built the first time one has, which the home screen's text (·, ›, ↑,
    // ─, digits, accents) never does.
    // (Only the copy Ink measures text with: the older ones nested under wrap-ansi differ.)
    file: "node_modules/string-width/index.js",
    edits: [
      [
        "const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;",
        `const mayBeEmojiRegex = /[[\\p{Emoji}\\u20E3]--[\\0-\\x7F]]/v;
let rgiEmojiRegexBuilt;
const rgiEmojiRegex = {
\ttest: segment => mayBeEmojiRegex.test(segment)
\t\t&& (rgiEmojiRegexBuilt ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test(segment),
};`,
      ],
    ],
  },
  {
    // terminal-size (Ink's fallback when the output is not a terminal) imports node:child_process
    // for `tput`; loading that module costs the home screen a few milliseconds it never uses.
    file: "node_modules/terminal-size/index.js",
    edits: [
      [
        "import {execFileSync} from 'node:child_process';",
        "const execFileSync = (...arguments_) => require('node:child_process').execFileSync(...arguments_);",
      ],
    ],
  },
];

export function startupPatches() {
  return {
    name: "startup-patches",
    setup(b) {
      for (const { file, prepend = "", edits } of patches) {
        const path = resolve(file);
        const filter = new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
        b.onLoad({ filter }, (args) => {
          let contents = readFileSync(args.path, "utf8");
          const warnings = [];
          for (const [from, to] of edits) {
            if (contents.includes(from)) contents = contents.replace(from, () => to);
            else warnings.push({ text: `start-up patch not applied: ${from.slice(0, 60)}…` });
          }
          return { contents: prepend + contents, loader: "js", warnings };
        });
      }
    },
  };
}
