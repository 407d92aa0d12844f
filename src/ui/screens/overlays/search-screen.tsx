import { useMemo, useReducer } from "react";
import type { Pack } from "../../../core/facts/model.js";
import type { Language } from "../../../core/i18n/language.js";
import { msg } from "../../../core/i18n/msg.js";
import type { Question } from "../../../core/question/model.js";
import { highlight } from "../../../core/search/fuzzy-filter.js";
import { inertLine } from "../../../core/text/inert.js";
import { type Line, line, item as listItem, truncate } from "../../lines.js";
import { Screen } from "../../screen.js";
import { useUi } from "../../ui-context.js";
import type { TerminalSize } from "../../use-terminal-size.js";
import { packSearch, type SearchEntry, type SearchTarget } from "./search-index.js";
import { INITIAL_SEARCH, searchReducer } from "./search-state.js";
import { useSearchInput } from "./use-search-input.js";

const MAX_RESULTS = 50;

/**
 * `/`: a fuzzy search over the pack's facts and questions, results as you type, the words that
 * matched highlighted; ↑↓ choose a result, Enter quizzes on it (the questions about that fact,
 * or that question); Esc closes.
 */
export function SearchScreen(props: {
  pack: Pack;
  questions: readonly Question[];
  /** The language of the pack's texts (its questions, facts and dates). */
  contentLang: Language;
  size: TerminalSize;
  close: () => void;
  /** Starts a quiz on what a result is about; false when no question asks about it. */
  quizOn: (target: SearchTarget) => boolean;
}) {
  const { lang } = useUi();
  const { size } = props;
  const [state, dispatch] = useReducer(searchReducer, INITIAL_SEARCH);
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
      truncate(msg(lang, "search.title", { title: inertLine(props.pack.title) }), width),
      "muted",
    ),
    line(msg(lang, "search.prompt", { query: `${inertLine(query)}▏` }), "accent"),
    line("─".repeat(width), "muted"),
  ];
  const body: Line[] = [];
  let focus = 0;
  if (query.trim() && found.length === 0) body.push(line(msg(lang, "search.none"), "muted"));
  found.forEach((entry, k) => {
    if (k === cursor) focus = body.length;
    body.push(...resultRows(entry, k === cursor, matched, width, lang));
  });
  const footer: Line[] = [
    line("─".repeat(width), "muted"),
    ...(state.notice ? [line(msg(lang, state.notice), "warning")] : []),
    line(msg(lang, found.length ? "search.keys-found" : "search.keys"), "muted"),
  ];
  useSearchInput({
    dispatch,
    found: found.length,
    choose: () => {
      const entry = found[cursor];
      return !entry || props.quizOn(entry.target);
    },
    close: props.close,
  });
  return <Screen header={header} body={body} footer={footer} size={size} focus={focus} />;
}

/** A result: its kind, its text with the matched words highlighted, and its detail. */
function resultRows(
  entry: SearchEntry,
  here: boolean,
  matched: ReadonlySet<string>,
  width: number,
  lang: Language,
): Line[] {
  const marker = `${here ? "›" : " "} ${msg(lang, entry.kind)} · `;
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
