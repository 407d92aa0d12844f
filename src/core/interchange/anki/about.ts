import type { FormatAbout } from "../format.js";
import { ANKI_HEADER } from "./header.js";

/** Anki's tab-separated notes, told by their `#separator:tab` header. */
export const anki: FormatAbout<"anki"> = {
  id: "anki",
  title: { key: "format.anki" },
  reads: true,
  writes: true,
  sniff: {
    order: 30,
    test: (text) => (ANKI_HEADER.test(text.trimStart().split("\n", 1)[0]!) ? "this" : undefined),
  },
  load: async () => (await import("./index.js")).ankiCode,
};
