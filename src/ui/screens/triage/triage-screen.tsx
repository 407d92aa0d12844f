import { useLayoutEffect, useReducer } from "react";
import type { Language, Pack } from "../../../core/facts/model.js";
import type { TriageSession } from "../../../core/triage/session.js";
import { bodyHeight, Screen } from "../../screen.js";
import { useScroll } from "../../use-scroll.js";
import type { TerminalSize } from "../../use-terminal-size.js";
import { triageFrame } from "./triage-lines.js";
import { initialTriageState, triageScreenReducer } from "./triage-state.js";
import { useTriageInput } from "./use-triage-input.js";

export interface TriageScreenProps {
  pack: Pack;
  lang: Language;
  session: TriageSession;
  size: TerminalSize;
  /** Told of every change of the session, so that leaving, however it happens, saves it. */
  onSession: (session: TriageSession) => void;
  leave: () => void;
}

/** `newsquiz triage` on the full screen: one fact at a time, its evidence, a decision per key. */
export function TriageScreen(props: TriageScreenProps) {
  const [state, dispatch] = useReducer(
    triageScreenReducer,
    initialTriageState(props.pack, props.lang, props.session),
  );
  const { onSession } = props;
  // In the commit itself, so that the session is told before the next key is handled.
  useLayoutEffect(() => {
    onSession(state.session);
  }, [state.session, onSession]);
  const width = Math.max(10, props.size.columns - 1);
  const frame = triageFrame(state, width);
  // Scrolling stops at the last row, so that ↑ answers at once after too many ↓.
  const height = bodyHeight(props.size.rows, frame.header.length, frame.footer.length);
  const maxScroll = Math.max(0, frame.body.length - height);
  // Another fact (or the same one decided again) is read from its top.
  const scroll = useScroll(maxScroll, state.session);
  useTriageInput({ state, dispatch, scroll, leave: props.leave });
  return <Screen {...frame} size={props.size} scroll={scroll.top} />;
}
