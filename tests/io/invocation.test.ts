import { describe, expect, it } from "vitest";
import { commandName } from "../../src/io/invocation.js";

describe("the command newsquiz was run with", () => {
  const cwd = "/home/you/newsquiz";
  it("is npm start under npm start, npx newsquiz under npx, newsquiz on the PATH", () => {
    const npmStart = { npm_lifecycle_event: "start", npm_lifecycle_script: "node dist/cli.js" };
    expect(commandName(npmStart, `${cwd}/dist/cli.js`, cwd)).toBe("npm start --");
    const npx = {
      npm_command: "exec",
      npm_lifecycle_event: "npx",
      npm_lifecycle_script: "newsquiz",
    };
    expect(commandName(npx, "/home/you/.npm/_npx/1/node_modules/.bin/newsquiz", cwd)).toBe(
      "npx newsquiz",
    );
    expect(commandName({}, "/usr/local/bin/newsquiz", cwd)).toBe("newsquiz");
  });

  it("is node and the script's path otherwise, even inside another npm script", () => {
    expect(commandName({}, `${cwd}/dist/cli.js`, cwd)).toBe("node dist/cli.js");
    // A test run (npm test, npx vitest) passes its npm variables on to the newsquiz it starts.
    const testRun = {
      npm_lifecycle_event: "test",
      npm_command: "exec",
      npm_lifecycle_script: "vitest",
    };
    expect(commandName(testRun, `${cwd}/dist/cli.js`, cwd)).toBe("node dist/cli.js");
    expect(commandName({}, "/opt/newsquiz/dist/cli.js", cwd)).toBe(
      "node /opt/newsquiz/dist/cli.js",
    );
  });
});
