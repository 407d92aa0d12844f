import { describe, expect, it } from "vitest";
import { runCommand } from "../helpers/run-command.js";

// Control characters a terminal would act on: C0 but tab and newline, DEL, C1, bidi overrides.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe("a pack full of escape sequences", () => {
  it("is printed inert by facts", async () => {
    const result = await runCommand(["facts", "tests/fixtures/hostile-pack"]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(CONTROL);
    expect(result.stdout).toContain("Hostile  pack");
    expect(result.stdout).toContain("Jane Red Doe");
    expect(result.stdout).toContain("  “I  today ” — Jane Red Doe [s1]\n");
    expect(result.stdout).toContain("  the number of staff: 10 [s1]\n");
  });

  it("keeps escapes escaped in JSON", async () => {
    const result = await runCommand(["facts", "tests/fixtures/hostile-pack", "--json"]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(CONTROL);
    expect(JSON.parse(result.stdout).entities[0].name).toBe("Jane \u001b[31mRed\u001b[0m Doe");
  });

  it("reaches the terminal inert through every command that prints pack text", async () => {
    const commands = [
      ["summary", "tests/fixtures/hostile-pack"],
      ["summary", "tests/fixtures/hostile-pack", "--json"],
      ["questions", "tests/fixtures/hostile-pack"],
      ["questions", "tests/fixtures/hostile-pack", "--json"],
      ["play", "tests/fixtures/hostile-pack", "--seed", "1"],
      ["export", "tests/fixtures/hostile-pack", "--format", "json"],
      ["lint", "tests/fixtures/hostile-pack"],
    ];
    for (const args of commands) {
      const result = await runCommand(args, { input: "1\n2\n1\n1\n" });
      expect(result.code, args.join(" ")).toBe(0);
      expect(result.stdout + result.stderr, args.join(" ")).not.toMatch(CONTROL);
    }
  });
});
