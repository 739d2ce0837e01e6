import type { Reporter, TestModule } from "vitest/node";

/**
 * Prints how many tests ran on each engine, then one plain summary line ("N passed, N failed")
 * that any CI log reader understands.
 */
export default class DialectReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { sqlite: 0, postgres: 0, engineFree: 0 };
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed += 1;
        else if (state === "failed") failed += 1;
        else skipped += 1;
        if (test.fullName.includes("[sqlite]")) counts.sqlite += 1;
        else if (test.fullName.includes("[postgres]")) counts.postgres += 1;
        else counts.engineFree += 1;
      }
    }
    console.log(
      `\nTests per database: SQLite ${counts.sqlite}, PostgreSQL ${counts.postgres}, without a database ${counts.engineFree}`,
    );
    console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
  }
}
