import type { DialectName } from "../store/dialect.ts";

/**
 * The engines the store and API suites run on. Both by default; KUNDENFREUND_TEST_DIALECTS=sqlite
 * narrows a quick local run (CI always runs both).
 */
export const TEST_DIALECTS: DialectName[] = (process.env.KUNDENFREUND_TEST_DIALECTS ?? "sqlite,postgres")
  .split(",")
  .map((d) => d.trim())
  .filter((d): d is DialectName => d === "sqlite" || d === "postgres");
