import { useMemo, useReducer } from "react";
import { formatNumber } from "../../../core/i18n/format.js";
import type { Language } from "../../../core/i18n/language.js";
import { msg, said } from "../../../core/i18n/msg.js";
import type { LastScore } from "../../../core/progress/port.js";
import { fuzzySearch } from "../../../core/search/fuzzy-filter.js";
import { inertLine } from "../../../core/text/inert.js";
import type { PackSummary } from "../../../io/pack-summaries.js";
import { type Line, line, item as listItem, para } from "../../lines.js";
import { Screen } from "../../screen.js";
import { useUi } from "../../ui-context.js";
import type { TerminalSize } from "../../use-terminal-size.js";
import { homeReducer } from "./home-state.js";
import { useHomeInput } from "./use-home-input.js";

/** A pack's last score and how many of its facts are due, by pack id. */
export type HomeStats = ReadonlyMap<string, { last?: LastScore; due: number }>;

/** What the home screen shows and can ask of the app. */
export interface HomeScreenProps {
  packs: PackSummary[];
  /** The pack selected at first (the built-in one). */
  selected?: string;
  /** Undefined until the progress log has been read (just after the first paint). */
  stats?: HomeStats;
  size: TerminalSize;
  isActive: boolean;
  /** Opens a pack; settles once its screen is there (or it could not be read). */
  open: (pack: PackSummary) => Promise<unknown>;
  /** Starts the review of what is due across packs (`r`), when the app can. */
  review?: () => Promise<unknown>;
  quit: () => void;
  help: () => void;
}

/** The packs, with their title, language, question count, last score and due questions; type to filter. */
export function HomeScreen(props: HomeScreenProps) {
  const { lang } = useUi();
  const { packs, size } = props;
  const start = Math.max(
    0,
    packs.findIndex((p) => p.id === props.selected),
  );
  const [state, dispatch] = useReducer(homeReducer, {
    query: "",
    cursor: start,
    filtering: false,
  });
  const due = [...(props.stats?.values() ?? [])].reduce((n, s) => n + s.due, 0);
  // The index is built when the first letter is typed, not for the first paint: an empty filter
  // shows every pack in its order, as the search would.
  const search = useMemo(() => {
    let index: ((query: string) => PackSummary[]) | undefined;
    return (query: string) => {
      if (query === "") return [...packs];
      index ??= fuzzySearch(packs, [
        { get: (p) => p.title, weight: 3 },
        { get: (p) => p.id, weight: 2 },
        { get: (p) => p.description },
        { get: (p) => p.keywords },
      ]);
      return index(query);
    };
  }, [packs]);
  const shown = useMemo(() => search(state.query), [search, state.query]);
  useHomeInput({
    state,
    count: shown.length,
    isActive: props.isActive,
    dispatch,
    open: () => {
      const pack = shown[state.cursor];
      return pack && !pack.error ? props.open(pack) : undefined;
    },
    review: due > 0 && props.review ? props.review : undefined,
    quit: props.quit,
    help: props.help,
  });

  const width = Math.max(10, size.columns - 1);
  const header: Line[] = [
    [
      { text: "newsquiz", tone: "heading" },
      { text: ` · ${msg(lang, "home.title")}`, tone: "muted" },
    ],
    state.filtering || state.query
      ? line(msg(lang, "home.filter", { query: `${inertLine(state.query)}▏` }), "accent")
      : line(msg(lang, "home.filter-hint"), "muted"),
    line("─".repeat(width), "muted"),
  ];
  const body: Line[] = [];
  let focus = 0;
  if (shown.length === 0) body.push(line(msg(lang, "home.none"), "muted"));
  shown.forEach((pack, k) => {
    const here = k === state.cursor;
    if (here) focus = body.length;
    body.push(
      ...listItem(here ? "› " : "  ", inertLine(pack.title), width, here ? "selected" : "normal"),
    );
    const details = pack.error
      ? msg(lang, "home.broken", { error: inertLine(said(lang, pack.error)) })
      : packDetails(pack, props.stats?.get(pack.id), lang);
    body.push(
      ...para(details, width - 2, pack.error ? "warning" : "muted").map((l) => [
        { text: "  " },
        ...l,
      ]),
    );
  });
  const keys = state.filtering
    ? msg(lang, "home.keys-filter")
    : due > 0 && props.review
      ? msg(lang, "home.keys-due", { due: msg(lang, "home.due", { count: due }) })
      : msg(lang, "home.keys");
  const footer: Line[] = [line("─".repeat(width), "muted"), ...para(keys, width, "muted")];
  return <Screen header={header} body={body} footer={footer} size={size} focus={focus} />;
}

function packDetails(
  pack: PackSummary,
  stats: { last?: LastScore; due: number } | undefined,
  lang: Language,
): string {
  const parts = [
    pack.id,
    pack.language,
    msg(lang, "home.questions", { questions: msg(lang, "n.questions", { n: pack.questions }) }),
  ];
  const last = stats?.last;
  if (last) {
    parts.push(
      msg(lang, "home.last", { score: formatNumber(last.score, lang), total: last.total }),
    );
  }
  if (stats && stats.due > 0) parts.push(msg(lang, "home.due", { count: stats.due }));
  return parts.join(" · ");
}
