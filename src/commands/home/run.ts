import type { CommandContext } from "../../context.js";
import type { Language } from "../../core/facts/model.js";
import { BUILTIN_PACK_ID } from "../../io/paths.js";
// Static, so that the screens' chunk loads with this one instead of after it.
import { runTui } from "../../ui/run-tui.js";

/**
 * Bare `newsquiz`: the home screen, the built-in pack selected. Without a terminal there is no
 * screen to show, so it plays the built-in pack in line mode, as `newsquiz play` would.
 */
export async function runHome(options: { lang?: Language }, ctx: CommandContext): Promise<number> {
  if (!(ctx.stdin.isTTY && ctx.stdout.isTTY)) {
    const { runPlay } = await import("../play/run.js");
    return runPlay(BUILTIN_PACK_ID, { lang: options.lang }, ctx);
  }
  return runTui(
    { packRef: BUILTIN_PACK_ID, startQuiz: false, options: { lang: options.lang } },
    ctx,
    // Opened after the first paint: the store's code is not needed to draw the list.
    () => import("../../run/store.js").then(({ openStore }) => openStore(ctx)),
  );
}
