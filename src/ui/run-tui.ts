import type { CommandContext } from "../context.js";
import type { ProgressPort } from "../core/progress/port.js";
import type { PlayOptions } from "../play/setup.js";

/** What the full-screen quiz opens on. */
export interface TuiLaunch {
  packRef: string;
  /** Straight into a quiz on the pack (`play`), or the home screen with the pack selected. */
  startQuiz: boolean;
  options: PlayOptions;
}

export async function runTui(
  _launch: TuiLaunch,
  _ctx: CommandContext,
  _progress: ProgressPort,
): Promise<number> {
  return 0;
}
