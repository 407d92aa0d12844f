import type { ProgressPort } from "../core/progress/port.js";

/**
 * `NEWSQUIZ_FAULT=after-answer` makes the full-screen quiz crash, out of the event loop, just
 * after it has recorded its first answer: how the tests check that a crash gives the terminal
 * back as it was, keeps every answer given, and prints one line (a stack with DEBUG=newsquiz).
 * Unset, the port is returned as it is.
 */
export function withFault(port: ProgressPort, env: NodeJS.ProcessEnv): ProgressPort {
  if (env.NEWSQUIZ_FAULT !== "after-answer") return port;
  return {
    ...port,
    recordAnswer(answer) {
      port.recordAnswer(answer);
      setImmediate(() => {
        throw new Error("NEWSQUIZ_FAULT: crash after an answer, as asked");
      });
    },
  };
}
