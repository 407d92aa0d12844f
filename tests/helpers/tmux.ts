import { execFileSync, spawnSync } from "node:child_process";

/** Whether tmux can be run here; the real-terminal tests skip, saying so, when it cannot. */
export const HAS_TMUX = spawnSync("tmux", ["-V"], { encoding: "utf8" }).status === 0;

/**
 * A tmux server of its own (its own socket, so that it never touches anyone else's sessions)
 * running one shell command in a terminal of the given size.
 */
export class TmuxTerminal {
  private readonly socket =
    `newsquiz-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

  /**
   * `command` runs in sh; the pane stays open after it ends, so its last screen can be read. The
   * tmux server inherits the test run's environment; CI and CONTINUOUS_INTEGRATION are dropped
   * from it, as a person's terminal has neither, unless `env` sets them again.
   */
  constructor(command: string, columns = 80, rows = 24, env: Record<string, string> = {}) {
    const exports = Object.entries(env)
      .map(([k, v]) => `export ${k}='${v}';`)
      .join(" ");
    this.tmux(
      "new-session",
      "-d",
      "-s",
      "t",
      "-x",
      String(columns),
      "-y",
      String(rows),
      `unset CI CONTINUOUS_INTEGRATION; ${exports} ${command}; sleep 600`,
    );
  }

  private tmux(...args: string[]): string {
    return execFileSync("tmux", ["-L", this.socket, "-f", "/dev/null", ...args], {
      encoding: "utf8",
    });
  }

  /** Sends keys as tmux names them: "Enter", "Escape", "Down", or literal text with `literal`. */
  keys(...keys: string[]): void {
    this.tmux("send-keys", "-t", "t", ...keys);
  }

  /** Types text exactly as given. */
  type(text: string): void {
    this.tmux("send-keys", "-t", "t", "-l", text);
  }

  /** The visible screen, one string per row, trailing spaces removed. */
  screen(): string[] {
    return this.tmux("capture-pane", "-p", "-t", "t")
      .replace(/\n$/, "")
      .split("\n")
      .map((l) => l.trimEnd());
  }

  /** The visible screen with its colours and attributes, as escape sequences (capture-pane -e). */
  styledScreen(): string {
    return this.tmux("capture-pane", "-p", "-e", "-t", "t");
  }

  /** A tmux format about the pane, e.g. "#{alternate_on}" (1 while the alternate screen is on). */
  format(format: string): string {
    return this.tmux("display-message", "-p", "-t", "t", format).trimEnd();
  }

  resize(columns: number, rows: number): void {
    this.tmux("resize-window", "-t", "t", "-x", String(columns), "-y", String(rows));
  }

  /** Polls the screen until `test` passes; the machine is shared, so the wait is generous. */
  async waitFor(
    test: (screen: string) => boolean,
    what: string,
    timeoutMs = 15_000,
  ): Promise<string> {
    const start = Date.now();
    let last = "";
    while (Date.now() - start < timeoutMs) {
      last = this.screen().join("\n");
      if (test(last)) return last;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`timed out waiting for ${what}; the screen was:\n${last}`);
  }

  kill(): void {
    try {
      this.tmux("kill-server");
    } catch {
      // Already gone with its last session.
    }
  }
}

/**
 * A terminal (80x24 unless said) running `command` in the repository, as a person's would: UTF-8,
 * xterm colours, UTC, and `env` (NEWSQUIZ_HOME, NEWSQUIZ_NOW...). `after` commands run once it
 * ends (`echo "exit=$?"`). Killed by `killAll` in afterEach.
 */
export function newsquizTerminal(
  root: string,
  command: string,
  env: Record<string, string>,
  size: { columns?: number; rows?: number } = {},
): TmuxTerminal {
  const t = new TmuxTerminal(`cd '${root}' && ${command}`, size.columns ?? 80, size.rows ?? 24, {
    LANG: "C.UTF-8",
    TERM: "xterm-256color",
    TZ: "UTC",
    ...env,
  });
  opened.push(t);
  return t;
}

const opened: TmuxTerminal[] = [];

/** Kills every terminal newsquizTerminal opened (for afterEach). */
export function killAll(): void {
  for (const t of opened.splice(0)) t.kill();
}
