import { useMemo, useState } from "react";
import type { Pack } from "../../../core/facts/model.js";
import type { Question } from "../../../core/question/model.js";
import { highlight } from "../../../core/search/fuzzy-filter.js";
import { inertLine } from "../../../core/text/inert.js";
import { commandOf, scrollDelta, typedText } from "../../keys.js";
import { type Line, line, item as listItem, truncate } from "../../lines.js";
import { Screen } from "../../screen.js";
import { useUi } from "../../ui-context.js";
import { tu } from "../../ui-strings.js";
import { useKeys } from "../../use-keys.js";
import type { TerminalSize } from "../../use-terminal-size.js";
import { packSearch, type SearchEntry, type SearchTarget } from "./search-index.js";

const MAX_RESULTS = 50;

/** The search's own state: the query typed, the result under the cursor, a notice. */
interface SearchState {
  query: string;
  cursor: number;
  notice?: "search.nothing-to-ask";
}

/**
 * `/`: a fuzzy search over the pack's facts and questions, results as you type, the words that
 * matched highlighted; ↑↓ choose a result, Enter quizzes on it (the questions about that fact,
 * or that question); Esc closes.
 */
export function SearchScreen(props: {
  pack: Pack;
  questions: readonly Question[];
  /** The language of the pack's texts (its questions, facts and dates). */
  contentLang: "fr" | "en";
  size: TerminalSize;
  close: () => void;
  /** Starts a quiz on what a result is about; false when no question asks about it. */
  quizOn: (target: SearchTarget) => boolean;
}) {
  const { lang } = useUi();
  const { size } = props;
  const [state, setState] = useState<SearchState>({ query: "", cursor: 0 });
  const search = useMemo(
    () => packSearch(props.pack, props.questions, props.contentLang),
    [props.pack, props.questions, props.contentLang],
  );
  const { query } = state;
  const found = useMemo(
    () => (query.trim() ? search(query).slice(0, MAX_RESULTS) : []),
    [search, query],
  );
  const matched = useMemo(() => search.words(query), [search, query]);
  const cursor = Math.min(state.cursor, Math.max(0, found.length - 1));
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
  let focus = 0;
  if (query.trim() && found.length === 0) body.push(line(tu(lang, "search.none"), "muted"));
  found.forEach((entry, k) => {
    if (k === cursor) focus = body.length;
    body.push(...resultRows(entry, k === cursor, matched, width, lang));
  });
  const footer: Line[] = [
    line("─".repeat(width), "muted"),
    ...(state.notice ? [line(tu(lang, state.notice), "warning")] : []),
    line(tu(lang, found.length ? "search.keys-found" : "search.keys"), "muted"),
  ];
  useKeys((input, key) => {
    const command = commandOf(input, key, "search", true);
    const move = (delta: number) =>
      setState((s) => ({
        ...s,
        notice: undefined,
        cursor: Math.min(Math.max(0, found.length - 1), Math.max(0, cursor + delta)),
      }));
    const delta = scrollDelta(command);
    if (delta !== undefined) return move(delta);
    switch (command) {
      case "back":
        return props.close();
      case "erase":
        return setState((s) => ({ query: [...s.query].slice(0, -1).join(""), cursor: 0 }));
      case "confirm": {
        const entry = found[cursor];
        if (entry && !props.quizOn(entry.target)) {
          setState((s) => ({ ...s, notice: "search.nothing-to-ask" }));
        }
        return;
      }
      default: {
        const text = typedText(input, key);
        if (text && !command) setState((s) => ({ query: s.query + text, cursor: 0 }));
      }
    }
  });
  return <Screen header={header} body={body} footer={footer} size={size} focus={focus} />;
}

/** A result: its kind, its text with the matched words highlighted, and its detail. */
function resultRows(
  entry: SearchEntry,
  here: boolean,
  matched: ReadonlySet<string>,
  width: number,
  lang: "fr" | "en",
): Line[] {
  const marker = `${here ? "›" : " "} ${tu(lang, entry.kind)} · `;
  const rows = listItem(
    marker,
    inertLine(entry.text),
    width,
    here ? "selected" : "normal",
    "accent",
  );
  const lines: Line[] = rows.map(([head, text]) => [
    head!,
    ...highlight(text!.text, matched).map(([run, hit]) => ({
      text: run,
      tone: hit ? ("match" as const) : text!.tone,
    })),
  ]);
  if (entry.detail) lines.push(...listItem("    ", inertLine(entry.detail), width, "muted"));
  return lines;
}
