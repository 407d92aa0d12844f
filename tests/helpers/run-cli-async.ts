import { spawn } from "node:child_process";
import { CLI, type CliResult, ROOT, tempHome } from "./run-cli.js";

/**
 * Like runCli, without blocking: for tests that serve pages from a local HTTP server in the test
 * process itself, which a synchronous child would starve.
 */
export function runCliAsync(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd ?? ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        NEWSQUIZ_HOME: tempHome(),
        LANG: "C.UTF-8",
        ...options.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
