import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as coverage from "../../core/coverage/index.ts";
import * as tender from "../../core/tender/index.ts";
import * as core from "../../core/vocabulary.ts";
import {
  OUTCOME_REASONS,
  PROCEDURE_TYPES,
  STAKEHOLDER_ROLES,
  TENDER_PHASES,
  THRESHOLD_KINDS,
  WARMTH_BANDS,
  WARMTH_CLOSE_FROM,
  WARMTH_COOL_FROM,
  WARMTH_WARM_FROM,
  warmthBandOf,
} from "./deal-vocabulary.ts";

// Tests may import core at run time; the app itself may not.
describe("web deal and tender vocabularies", () => {
  it("name every value of core's lists, in the same order", () => {
    expect(STAKEHOLDER_ROLES).toEqual(coverage.STAKEHOLDER_ROLES);
    expect(OUTCOME_REASONS).toEqual(core.OUTCOME_REASONS);
    expect(PROCEDURE_TYPES).toEqual(tender.PROCEDURE_TYPES);
    expect(THRESHOLD_KINDS).toEqual(tender.THRESHOLD_KINDS);
    expect(TENDER_PHASES).toEqual(tender.TENDER_PHASES);
    expect(WARMTH_BANDS).toEqual(coverage.WARMTH_BANDS);
  });

  it("put every warmth in the same band as core", () => {
    expect([WARMTH_COOL_FROM, WARMTH_WARM_FROM, WARMTH_CLOSE_FROM]).toEqual([
      coverage.WARMTH_COOL_FROM,
      coverage.WARMTH_WARM_FROM,
      coverage.WARMTH_CLOSE_FROM,
    ]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (warmth) => {
        expect(warmthBandOf(warmth)).toBe(coverage.warmthBand(warmth));
      }),
    );
  });
});
