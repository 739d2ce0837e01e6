import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");

it("a test run with a failing test exits non-zero, with the real global setup (PostgreSQL) loaded", () => {
  const run = spawnSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules/vitest/vitest.mjs"),
      "run",
      "--config",
      "scripts/fixtures/failing-run.config.ts",
    ],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, KUNDENFREUND_TEST_DIALECTS: "sqlite" } },
  );
  expect(run.stdout + run.stderr).toContain("0 passed, 1 failed");
  expect(run.status).not.toBe(0);
}, 60_000);
