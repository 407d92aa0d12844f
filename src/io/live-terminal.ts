/**
 * Ink holds back every frame but the last wherever CI or CONTINUOUS_INTEGRATION is set (its
 * is-in-ci check, read once when Ink loads), so a person at a terminal whose environment exports
 * CI (some containers and CI shells do) would stare at a blank screen for a whole quiz. With a
 * terminal on both sides someone is there to press keys: the two variables are dropped before
 * Ink loads. Without a terminal nothing changes, and newsquiz runs in line mode anyway.
 */
export function forgetCiAtATerminal(
  env: NodeJS.ProcessEnv,
  stdin: { isTTY?: boolean },
  stdout: { isTTY?: boolean },
): void {
  if (!stdin.isTTY || !stdout.isTTY) return;
  delete env.CI;
  delete env.CONTINUOUS_INTEGRATION;
}
