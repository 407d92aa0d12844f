import { useApp } from "ink";
import type { CommandContext } from "../context.js";
import type { Language, Pack } from "../core/facts/model.js";
import type { TriageSession } from "../core/triage/session.js";
import { runFullScreen } from "./full-screen.js";
import { TriageScreen } from "./screens/triage/triage-screen.js";
import { themeFor } from "./theme.js";
import { UiProvider } from "./ui-context.js";
import { KeyRouted } from "./use-keys.js";
import { useTerminalSize } from "./use-terminal-size.js";

/** What the review screen opens on. */
export interface TriageLaunch {
  pack: Pack;
  lang: Language;
  session: TriageSession;
}

function TriageApp(props: TriageLaunch & { onSession: (s: TriageSession) => void }) {
  const { exit } = useApp();
  const size = useTerminalSize();
  return (
    <KeyRouted>
      <TriageScreen
        pack={props.pack}
        lang={props.lang}
        session={props.session}
        size={size}
        onSession={props.onSession}
        leave={() => exit()}
      />
    </KeyRouted>
  );
}

/**
 * Runs the review on the full screen until the reviewer leaves. `afterLeave` runs once the
 * terminal is back, on every way out (q, Ctrl-C, a closed terminal, a crash): it saves.
 */
export async function runTriageTui(
  launch: TriageLaunch,
  ctx: CommandContext,
  onSession: (session: TriageSession) => void,
  afterLeave: () => void,
): Promise<void> {
  await runFullScreen(
    <UiProvider value={{ lang: launch.lang, theme: themeFor(ctx.env) }}>
      <TriageApp {...launch} onSession={onSession} />
    </UiProvider>,
    ctx,
    { afterLeave },
  );
}
