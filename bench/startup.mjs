#!/usr/bin/env node
// Start-up budget (DESIGN.md): time from launching `newsquiz` in a pseudo-terminal to the first
// full home screen, as a ratio to `node -e 0` measured in the same run. Goal: at most 3x.
//
//   node bench/startup.mjs [--runs N] [--json]
//
// The pty comes from python3's pty module (no native Node module needed). Each command runs N
// times, alternating, and the medians are compared. "Warm" runs reuse one NEWSQUIZ_HOME, whose
// pack-summary cache is filled by the first run; "cold" runs get an empty one each time.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
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

const warmHome = mkdtempSync(join(tmpdir(), "newsquiz-bench-"));
const home = [process.execPath, cli, "--lang", "en"];
once(MARKER, home, { NEWSQUIZ_HOME: warmHome });
const times = { node: [], warm: [], cold: [] };
for (let i = 0; i < runs; i++) {
  times.node.push(once("", [process.execPath, "-e", "0"], {}));
  times.warm.push(once(MARKER, home, { NEWSQUIZ_HOME: warmHome }));
  times.cold.push(
    once(MARKER, home, { NEWSQUIZ_HOME: mkdtempSync(join(tmpdir(), "newsquiz-bench-")) }),
  );
}
const node = median(times.node);
const result = {
  runs,
  nodeMs: Math.round(node),
  homeWarmMs: Math.round(median(times.warm)),
  homeColdMs: Math.round(median(times.cold)),
  warmRatio: Number((median(times.warm) / node).toFixed(2)),
  coldRatio: Number((median(times.cold) / node).toFixed(2)),
  goal: 3,
};
if (json) console.log(JSON.stringify(result));
else {
  console.log(`node -e 0                        ${result.nodeMs} ms`);
  console.log(`home screen, summaries cached    ${result.homeWarmMs} ms  ${result.warmRatio}x`);
  console.log(`home screen, first start         ${result.homeColdMs} ms  ${result.coldRatio}x`);
  console.log(`goal: at most ${result.goal}x (medians of ${runs} runs)`);
}
