import type { FormatAbout } from "../format.js";

/** Moodle XML; a file is told to be one by its `<quiz>` element, never by its name alone. */
export const xml: FormatAbout<"xml"> = {
  id: "xml",
  title: "Moodle XML",
  reads: true,
  writes: true,
  extension: ".xml",
  // Tried first: a file that opens with markup is Moodle XML or nothing newsquiz reads.
  sniff: {
    order: 10,
    test(text) {
      const start = text.trimStart();
      if (!start.startsWith("<")) return undefined;
      return /<quiz[\s>]/.test(start.slice(0, 4096)) ? "this" : "none";
    },
  },
  load: async () => (await import("./index.js")).xmlCode,
};
