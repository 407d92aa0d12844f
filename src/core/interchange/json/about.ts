import type { FormatAbout } from "../format.js";

/** newsquiz's own JSON: every field kept, and the pack's reviewed facts. */
export const json: FormatAbout<"json"> = {
  id: "json",
  title: { key: "format.json" },
  reads: true,
  writes: true,
  readsName: /\.json$/,
  extension: ".json",
  // A GIFT file may begin with an answer block, but then it goes on with question text.
  sniff: {
    order: 20,
    test: (text) => (/^[[{]\s*["{[\]]/.test(text.trimStart()) ? "this" : undefined),
  },
  load: async () => (await import("./index.js")).jsonCode,
};
