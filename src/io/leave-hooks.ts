/**
 * What must run before newsquiz says anything on its way out of a crash: give the terminal back
 * (leave the alternate screen, show the cursor), so that the error line lands on the reader's
 * own screen instead of on the full-screen one that is about to vanish.
 */
const hooks = new Set<() => void>();

/** Runs `hook` on a crash; returns how to forget it (once its screen is gone). */
export function whenLeaving(hook: () => void): () => void {
  hooks.add(hook);
  return () => hooks.delete(hook);
}

/** Runs every hook once, newest last; a hook that throws does not stop the others. */
export function leaveNow(): void {
  for (const hook of [...hooks]) {
    hooks.delete(hook);
    try {
      hook();
    } catch {
      // Leaving must go on: the terminal matters more than the hook that failed.
    }
  }
}
