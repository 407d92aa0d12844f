import { useInput } from "ink";
import { useMemo, useState } from "react";
import type { Pack } from "../../../core/facts/model.js";
import type { Question } from "../../../core/question/model.js";
import { inertLine } from "../../../core/text/inert.js";
import { commandOf, typedText } from "../../keys.js";
import { type Line, line, item as listItem, truncate } from "../../lines.js";
import { bodyHeight, Screen, scrollBy } from "../../screen.js";
import { useUi } from "../../ui-context.js";
import { tu } from "../../ui-strings.js";
import type { TerminalSize } from "../../use-terminal-size.js";
import { packSearch } from "./search-index.js";

const MAX_RESULTS = 50;

/** `/`: a fuzzy search over the pack's facts and questions, results as you type; Esc closes. */
export function SearchScreen(props: {
  pack: Pack;
  questions: readonly Question[];
  size: TerminalSize;
  close: () => void;
}) {
  const { lang } = useUi();
  const { size } = props;
  const [query, setQuery] = useState("");
  const [scroll, setScroll] = useState(0);
  const search = useMemo(
    () => packSearch(props.pack, props.questions, lang),
    [props.pack, props.questions, lang],
  );
  const found = useMemo(
    () => (query.trim() ? search(query).slice(0, MAX_RESULTS) : []),
    [search, query],
  );
  const width = Math.max(10, size.columns - 1);
  const header: Line[] = [
    line(
      truncate(tu(lang, "search.title", { title: inertLine(props.pack.title) }), width),
      "muted",
    ),
    line(tu(lang, "search.prompt", { query: `${inertLine(query)}▏` }), "accent"),
    line("─".repeat(width), "muted"),
  ];
  const body: Line[] = [];
  if (query.trim() && found.length === 0) body.push(line(tu(lang, "search.none"), "muted"));
  for (const entry of found) {
    body.push(
      ...listItem(`${tu(lang, entry.kind)} · `, inertLine(entry.text), width, "normal", "accent"),
    );
    if (entry.detail) body.push(...listItem("  ", inertLine(entry.detail), width, "muted"));
  }
  const footer: Line[] = [line("─".repeat(width), "muted"), line(tu(lang, "search.keys"), "muted")];
  const max = Math.max(0, body.length - bodyHeight(size.rows, header.length, footer.length));
  useInput((input, key) => {
    const command = commandOf(input, key, true);
    if (command === "back") return props.close();
    if (command === "erase") {
      setQuery((q) => [...q].slice(0, -1).join(""));
      return setScroll(0);
    }
    if (command === "up" || command === "down") {
      return setScroll((s) => scrollBy(s, max, command === "up" ? -1 : 1));
    }
    if (command) return;
    const text = typedText(input, key);
    if (text) {
      setQuery((q) => q + text);
      setScroll(0);
    }
  });
  return <Screen header={header} body={body} footer={footer} size={size} scroll={scroll} />;
}
