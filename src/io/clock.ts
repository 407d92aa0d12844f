/**
 * The clock the commands read. `NEWSQUIZ_NOW` (an ISO date or milliseconds) stops it at that
 * instant, so that tests and demos print the same times and pick the same seed on every run.
 */
export function clockFrom(env: NodeJS.ProcessEnv): () => number {
  const fixed = env.NEWSQUIZ_NOW;
  if (fixed) {
    const at = /^\d+$/.test(fixed) ? Number(fixed) : Date.parse(fixed);
    if (Number.isFinite(at)) return () => at;
  }
  return () => Date.now();
}
