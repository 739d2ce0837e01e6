import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts", "e2e/**/*.e2e.test.ts"],
    globalSetup: ["src/test/global-setup.ts"],
    setupFiles: ["src/test/fast-check-seed.ts"],
    reporters: ["default", "./src/test/dialect-reporter.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
