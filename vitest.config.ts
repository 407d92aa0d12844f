import { defineConfig } from "vitest/config";

// Loading the same modules again for each test file was a third of the suite's time: files that
// leave no state behind share their worker's loaded modules. Pure tests (the core, its fuzzing,
// the extraction's scores) share threads. Command tests share processes: runCommand sets the
// time zone a command runs in, which a thread cannot. Screens (Ink keeps key routers and timers
// per process), real terminals and the bundle get a process of their own for each file.
const PURE = ["tests/core/**/*.test.ts", "tests/fuzz/**/*.test.ts", "tests/eval/**/*.test.ts"];
const OWN_PROCESS = [
  "tests/ui/**/*.test.{ts,tsx}",
  "tests/e2e/**/*.test.ts",
  "tests/build/**/*.test.ts",
];
const ALL = ["tests/**/*.test.ts", "tests/**/*.test.tsx"];

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
          name: "commands",
          include: ALL,
          exclude: [...PURE, ...OWN_PROCESS],
          pool: "forks",
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: "screens", include: OWN_PROCESS, pool: "forks" },
      },
    ],
  },
});
