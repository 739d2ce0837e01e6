import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IMPORT_RUN_OUTCOMES, IMPORT_RUN_SILENT_MS, importRunState } from "./import-run.ts";

const at = (ms: number) => new Date(Date.UTC(2026, 10, 27, 12) + ms).toISOString();

describe("importRunState", () => {
  it("shows a running import as running while it keeps writing batches", () => {
    expect(importRunState({ outcome: "running", updatedAt: at(0) }, at(IMPORT_RUN_SILENT_MS))).toBe(
      "running",
    );
  });

  it("shows a running import that has been silent too long as interrupted", () => {
    expect(importRunState({ outcome: "running", updatedAt: at(0) }, at(IMPORT_RUN_SILENT_MS + 1000))).toBe(
      "interrupted",
    );
  });

  it("keeps the outcome of a finished import however old it is", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...IMPORT_RUN_OUTCOMES.filter((o) => o !== "running")),
        fc.integer({ min: 0, max: 10 * 365 * 24 * 3600 * 1000 }),
        (outcome, silence) => {
          expect(importRunState({ outcome, updatedAt: at(0) }, at(silence))).toBe(outcome);
        },
      ),
    );
  });
});
