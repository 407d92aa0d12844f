import { defineConfig } from "vitest/config";

// Tests of pure code (the core, its fuzzing, the extraction's scores) hold no state between
// files: they share their worker's loaded modules, which saves importing the same code once per
// file. Every other test gets a process of its own, whose environment, time zone, signal
// handlers and screens are its own (runCommand sets the time zone a command runs in).
const PURE = ["tests/core/**/*.test.ts", "tests/fuzz/**/*.test.ts", "tests/eval/**/*.test.ts"];

export default defineConfig({
  test: {
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 60_000,
    env: { NEWSQUIZ_TEST: "1" },
    setupFiles: ["tests/setup/assertions.ts"],
    projects: [
      {
        extends: true,
        test: { name: "pure", include: PURE, pool: "threads", isolate: false },
      },
      {
        extends: true,
        test: {
          name: "rest",
          include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
          exclude: PURE,
          pool: "forks",
        },
      },
    ],
  },
});
