import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 60_000,
    env: { NEWSQUIZ_TEST: "1" },
    setupFiles: ["tests/setup/assertions.ts"],
  },
});
