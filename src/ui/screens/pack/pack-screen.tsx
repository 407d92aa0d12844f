import { useMemo, useReducer } from "react";
import type { Language, Pack } from "../../../core/facts/model.js";
import { msg } from "../../../core/i18n/msg.js";
import type { Difficulty } from "../../../core/question/model.js";
import { summarise } from "../../../core/summarise/index.js";
import { inertLine } from "../../../core/text/inert.js";
import { type Line, line, para, textWidth, truncate } from "../../lines.js";
import { bodyHeight, Screen } from "../../screen.js";
import { useUi } from "../../ui-context.js";
import { useScroll } from "../../use-scroll.js";
import type { TerminalSize } from "../../use-terminal-size.js";
import { countOptions, PACK_TABS, packSection } from "./pack-lines.js";
import { initialPackState, type PackState, packReducer } from "./pack-state.js";
import { usePackInput } from "./use-pack-input.js";

/** What starting a quiz from the pack screen asks for. */
export interface QuizChoice {
  count: number;
  difficulty?: Difficulty;
  certainty: boolean;
}

/** What the pack screen shows and can ask of the app. */
export interface PackScreenProps {
  pack: Pack;
  /** The language of the pack's texts (its own, or --lang): the interface speaks its own. */
  contentLang: Language;
  /** Questions the pack can ask (flagged ones left out). */
  available: number;
  certainty: boolean;
  /** Told when the reader turns certainty mode on or off, to keep it as a setting. */
  saveCertainty?: (on: boolean) => void;
  /** A line to show above the keys (a quiz just kept for later). */
  notice?: string;
  size: TerminalSize;
  isActive: boolean;
  start: (choice: QuizChoice) => void;
  back: () => void;
  help: () => void;
  search: () => void;
}

/** A pack to read (summary, timeline, who's who, sources, disagreements) and start a quiz on. */
export function PackScreen(props: PackScreenProps) {
  const { lang } = useUi();
  const { pack, size } = props;
  const options = countOptions(props.available);
  const [state, dispatch] = useReducer(
    packReducer,
    undefined,
    (): PackState => initialPackState(props.available, props.certainty),
  );
  const { contentLang } = props;
  const summary = useMemo(
    () => summarise(pack, { length: "long", lang: contentLang }),
    [pack, contentLang],
  );
  const width = Math.max(10, size.columns - 1);
  const tabs = tabLine(state.tab, width, lang);
  const header: Line[] = [
    [
      { text: "newsquiz", tone: "heading" },
      { text: truncate(` · ${inertLine(pack.title)}`, width - 8), tone: "muted" },
    ],
    tabs,
    line("─".repeat(width), "muted"),
  ];
  const body = packSection(state.tab, pack, summary, width, contentLang, lang);
  const count = options[state.count] ?? props.available;
  const difficulty = msg(lang, state.difficulty ? `pack.${state.difficulty}` : "pack.mixed");
  const start = msg(lang, "pack.start", {
    questions: msg(lang, "n.questions", { n: count }),
    difficulty,
    certainty: msg(lang, state.certainty ? "pack.on" : "pack.off"),
  });
  const footer: Line[] = [
    line("─".repeat(width), "muted"),
    ...(props.notice ? para(props.notice, width, "warning") : []),
    ...para(start, width, "accent"),
    ...para(msg(lang, "pack.keys"), width, "muted"),
  ];
  const max = Math.max(0, body.length - bodyHeight(size.rows, header.length, footer.length));
  // Another section is read from its top.
  const scroll = useScroll(max, state.tab);
  usePackInput({
    state,
    dispatch,
    scroll,
    counts: options.length,
    isActive: props.isActive,
    start:
      props.available > 0
        ? () => props.start({ count, difficulty: state.difficulty, certainty: state.certainty })
        : undefined,
    saveCertainty: props.saveCertainty,
    back: props.back,
    help: props.help,
    search: props.search,
  });
  return <Screen header={header} body={body} footer={footer} size={size} scroll={scroll.top} />;
}

/** The section names, the current one marked; only the current one when they do not all fit. */
function tabLine(tab: number, width: number, lang: Language): Line {
  const names = PACK_TABS.map((key) => msg(lang, key));
  const full = names.map((n, i) => (i === tab ? `[${n}]` : n)).join(" ");
  if (textWidth(full) <= width) {
    return names.flatMap((n, i) => [
      {
        text: i === tab ? `[${n}]` : n,
        tone: i === tab ? ("selected" as const) : ("muted" as const),
      },
      { text: i < names.length - 1 ? " " : "" },
    ]);
  }
  return [{ text: `‹ ${names[tab]} (${tab + 1}/${names.length}) ›`, tone: "selected" }];
}
