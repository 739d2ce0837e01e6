import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeSignalCutoffs, summariseInteractions } from "./signals.ts";
import {
  buildInteraction,
  buildPersonFields,
  interactionArbitrary,
  NOW,
  personFieldsArbitrary,
} from "./test-support.ts";

describe("summariseInteractions (the reference for the store's GROUP BY)", () => {
  it("counts windows, initiative, personal topics, face-to-face kinds and rating sums", () => {
    const signals = summariseInteractions(
      buildPersonFields({ id: "jan", stage: "trust" }),
      [
        buildInteraction({
          occurredAt: "2026-11-20T10:00:00.000Z",
          kind: "meal",
          initiatedBy: "them",
          personal: true,
          trust: 5,
          resistance: 1,
        }),
        buildInteraction({ occurredAt: "2026-04-01T10:00:00.000Z", kind: "call", trust: 4 }),
        buildInteraction({
          occurredAt: "2025-03-01T10:00:00.000Z",
          kind: "video",
          initiatedBy: "them",
          trust: 2,
          resistance: 4,
        }),
      ],
      7,
      NOW,
    );
    expect(signals).toMatchObject({
      personId: "jan",
      stage: "trust",
      lastInteractionAt: "2026-11-20T10:00:00.000Z",
      firstInteractionAt: "2025-03-01T10:00:00.000Z",
      interactionCount: 3,
      countLast90Days: 1,
      countLast365Days: 2,
      theyInitiatedCount: 2,
      personalCount: 1,
      faceToFaceCount: 2,
      trustRecentSum: 5,
      trustRecentCount: 1,
      trustEarlierSum: 6,
      trustEarlierCount: 2,
      resistanceRecentSum: 1,
      resistanceRecentCount: 1,
      resistanceEarlierSum: 4,
      resistanceEarlierCount: 1,
      factCount: 7,
    });
  });

  it("ignores interactions planned after now, so a scheduled meeting does not count as contact", () => {
    const signals = summariseInteractions(
      buildPersonFields(),
      [buildInteraction({ occurredAt: "2026-12-01T10:00:00.000Z" })],
      0,
      NOW,
    );
    expect(signals.interactionCount).toBe(0);
    expect(signals.lastInteractionAt).toBeNull();
  });

  it("puts an interaction exactly on the 90-day cutoff inside the window (cutoff <= occurred_at)", () => {
    const cutoffs = computeSignalCutoffs(NOW);
    expect(cutoffs.recent).toBe("2026-08-29T09:00:00.000Z");
    const signals = summariseInteractions(
      buildPersonFields(),
      [buildInteraction({ occurredAt: cutoffs.recent })],
      0,
      NOW,
    );
    expect(signals.countLast90Days).toBe(1);
  });

  it("always yields consistent counts (window ⊆ year ⊆ all; parts ≤ all)", () => {
    fc.assert(
      fc.property(
        personFieldsArbitrary,
        fc.array(interactionArbitrary, { maxLength: 30 }),
        (person, rows) => {
          const s = summariseInteractions(person, rows, 0, NOW);
          expect(s.countLast90Days).toBeLessThanOrEqual(s.countLast365Days);
          expect(s.countLast365Days).toBeLessThanOrEqual(s.interactionCount);
          expect(s.theyInitiatedCount + s.personalCount).toBeLessThanOrEqual(2 * s.interactionCount);
          expect(s.trustRecentCount + s.trustEarlierCount).toBeLessThanOrEqual(s.interactionCount);
          expect(s.interactionCount === 0).toBe(s.lastInteractionAt === null);
          if (s.lastInteractionAt && s.firstInteractionAt) {
            expect(Date.parse(s.firstInteractionAt)).toBeLessThanOrEqual(Date.parse(s.lastInteractionAt));
          }
        },
      ),
    );
  });

  it("does not depend on the order of the rows", () => {
    fc.assert(
      fc.property(fc.array(interactionArbitrary, { maxLength: 20 }), (rows) => {
        const person = buildPersonFields();
        expect(summariseInteractions(person, [...rows].reverse(), 2, NOW)).toEqual(
          summariseInteractions(person, rows, 2, NOW),
        );
      }),
    );
  });
});
