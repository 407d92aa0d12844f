import type { FormatAbout } from "../format.js";

/** Aiken: single-choice questions, one line a text. */
export const aiken: FormatAbout<"aiken"> = {
  id: "aiken",
  title: "Aiken",
  reads: true,
  writes: true,
  readsName: /\.aiken(?:\.txt)?$/,
  extension: ".aiken",
  sniff: {
    order: 40,
    test: (text) =>
      /^ANSWER:\s*[A-Za-z]/m.test(text) && /^\s*[A-Z][).]/m.test(text) ? "this" : undefined,
  },
  load: async () => (await import("./index.js")).aikenCode,
};
