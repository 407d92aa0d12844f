#!/usr/bin/env node
// Start-up budget (DESIGN.md): time from launching `newsquiz` in a pseudo-terminal to the first
// full home screen, as a ratio to `node -e 0` measured in the same run. Goal: at most 3x.
//
//   node bench/startup.mjs [--runs N] [--json]
//
// The pty comes from python3's pty module (no native Node module needed). Each command runs N
// times, alternating, and the medians are compared. "Warm" runs reuse one NEWSQUIZ_HOME, whose
// pack-summary cache is filled by the first run; "cold" runs get an empty one each time; a
// "history" run has a progress log of 100,000 answers, whose figures (each pack's last score and
// due count) the home screen works out after its first paint: both moments are timed.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "cli.js");
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1]) || 15;
const json = args.includes("--json");
// The last row the home screen draws: once it is out, the whole first screen is.
const MARKER = "Enter open";
// What the home screen adds once it has read the progress log, just after the first paint.
const FIGURES = "last score";
// A long history: 100,000 answers on 200 facts over a year, and the quiz that ended last.
const HISTORY = 100_000;

const PTY = `
import fcntl, os, pty, select, struct, sys, termios, time
marker = sys.argv[1].encode()
cmd = sys.argv[2:]
t0 = time.monotonic()
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    os.execvp(cmd[0], cmd)
buf = b""
while True:
    ready, _, _ = select.select([fd], [], [], 20)
    if not ready:
        break
    try:
        data = os.read(fd, 65536)
    except OSError:
        break
    if not data:
        break
    buf += data
    if marker and marker in buf:
        break
elapsed = time.monotonic() - t0
seen = (not marker) or (marker in buf)
try:
    os.kill(pid, 9)
except ProcessLookupError:
    pass
os.waitpid(pid, 0)
print(("%.6f" % elapsed) if seen else "missing")
`;

function once(marker, command, env) {
  const result = spawnSync("python3", ["-c", PTY, marker, ...command], {
    encoding: "utf8",
    env: { ...process.env, LANG: "C.UTF-8", TERM: "xterm-256color", ...env },
  });
  const out = result.stdout.trim();
  if (result.status !== 0 || out === "missing") {
    throw new Error(`${command.join(" ")}: ${out || result.stderr.trim() || "failed"}`);
  }
  return Number(out) * 1000;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function homeWithHistory() {
  const dir = mkdtempSync(join(tmpdir(), "newsquiz-bench-"));
  mkdirSync(join(dir, "progress"));
  const start = Date.parse("2023-12-01T09:00:00Z");
  const lines = [];
  for (let i = 0; i < HISTORY; i++) {
    const session = `s${Math.floor(i / 20)}`;
    const at = new Date(start + i * 5 * 60_000).toISOString();
    const fact = `fact-${(i * 7919) % 200}`;
    lines.push(
      JSON.stringify({
        v: 1,
        pack: "openai-2023-11",
        packHash: "bench",
        question: `${fact}.who`,
        kind: "who",
        type: "single",
        facts: [fact],
        correct: i % 3 !== 0,
        score: i % 3 !== 0 ? 1 : 0,
        at,
        ms: 4000,
        session,
      }),
    );
  }
  writeFileSync(join(dir, "progress", "answers.jsonl"), `${lines.join("\n")}\n`);
  const last = { v: 1, pack: "openai-2023-11", packHash: "bench", session: "s4999" };
  const ended = { ...last, score: 13, total: 20, asked: 20, at: new Date(start).toISOString() };
  writeFileSync(join(dir, "progress", "sessions.jsonl"), `${JSON.stringify(ended)}\n`);
  return dir;
}

const warmHome = mkdtempSync(join(tmpdir(), "newsquiz-bench-"));
const historyHome = homeWithHistory();
const home = [process.execPath, cli, "--lang", "en"];
once(MARKER, home, { NEWSQUIZ_HOME: warmHome });
once(MARKER, home, { NEWSQUIZ_HOME: historyHome });
const times = { node: [], warm: [], cold: [], history: [], figures: [] };
for (let i = 0; i < runs; i++) {
  times.node.push(once("", [process.execPath, "-e", "0"], {}));
  times.warm.push(once(MARKER, home, { NEWSQUIZ_HOME: warmHome }));
  times.cold.push(
    once(MARKER, home, { NEWSQUIZ_HOME: mkdtempSync(join(tmpdir(), "newsquiz-bench-")) }),
  );
  times.history.push(once(MARKER, home, { NEWSQUIZ_HOME: historyHome }));
  times.figures.push(once(FIGURES, home, { NEWSQUIZ_HOME: historyHome }));
}
const node = median(times.node);
const result = {
  runs,
  nodeMs: Math.round(node),
  homeWarmMs: Math.round(median(times.warm)),
  homeColdMs: Math.round(median(times.cold)),
  homeHistoryMs: Math.round(median(times.history)),
  figuresHistoryMs: Math.round(median(times.figures)),
  warmRatio: Number((median(times.warm) / node).toFixed(2)),
  coldRatio: Number((median(times.cold) / node).toFixed(2)),
  historyRatio: Number((median(times.history) / node).toFixed(2)),
  goal: 3,
};
if (json) console.log(JSON.stringify(result));
else {
  console.log(`node -e 0                        ${result.nodeMs} ms`);
  console.log(`home screen, summaries cached    ${result.homeWarmMs} ms  ${result.warmRatio}x`);
  console.log(`home screen, first start         ${result.homeColdMs} ms  ${result.coldRatio}x`);
  console.log(
    `home screen, ${HISTORY / 1000}k answers       ${result.homeHistoryMs} ms  ${result.historyRatio}x`,
  );
  console.log(
    `  its last scores and due counts  ${result.figuresHistoryMs} ms (after the first paint)`,
  );
  console.log(`goal: at most ${result.goal}x (medians of ${runs} runs)`);
}
