import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, dayOf, daysBetween } from "../dates.ts";
import { IMPORTANCE_LEVELS, STAGES, STANCES } from "../vocabulary.ts";
import { cadenceFor, DEFAULT_CADENCE_LAYERS, dueState } from "./cadence.ts";
import { buildSignals, NOW } from "./test-support.ts";

describe("cadenceFor", () => {
  it("follows Dunbar-like layers by importance: inner circle weekly … wide network yearly", () => {
    expect(IMPORTANCE_LEVELS.map((importance) => cadenceFor(buildSignals({ importance })).days)).toEqual([
      7, 30, 90, 365,
    ]);
  });

  it("a friend of low business importance is still kept monthly: closeness asks for more contact", () => {
    expect(cadenceFor(buildSignals({ importance: 4, stage: "friendship" }))).toEqual({
      days: 30,
      source: "stage",
    });
  });

  it("for keep_professional and caution only business importance counts, not the stage", () => {
    for (const stance of ["keep_professional", "caution"] as const) {
      expect(cadenceFor(buildSignals({ importance: 4, stage: "friendship", stance }))).toEqual({
        days: 365,
        source: "importance",
      });
    }
  });

  it("a cadence set by hand wins; nonsense values (0, fractions) fall back to the layers", () => {
    expect(cadenceFor(buildSignals({ cadenceDays: 14, importance: 4 }))).toEqual({
      days: 14,
      source: "manual",
    });
    expect(cadenceFor(buildSignals({ cadenceDays: 0, importance: 2 })).days).toBe(30);
    expect(cadenceFor(buildSignals({ cadenceDays: 2.5, importance: 2 })).days).toBe(30);
  });

  it("takes layer settings as a parameter", () => {
    const layers = { ...DEFAULT_CADENCE_LAYERS, byImportance: { 1: 3, 2: 14, 3: 60, 4: 180 } };
    expect(cadenceFor(buildSignals({ importance: 3 }), layers).days).toBe(60);
  });

  it("never exceeds the importance layer", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...IMPORTANCE_LEVELS),
        fc.constantFrom(...STAGES),
        fc.constantFrom(...STANCES),
        (importance, stage, stance) => {
          const cadence = cadenceFor(buildSignals({ importance, stage, stance }));
          expect(cadence.days).toBeLessThanOrEqual(DEFAULT_CADENCE_LAYERS.byImportance[importance]);
        },
      ),
    );
  });
});

describe("dueState", () => {
  it("a contact silent for 14 months is overdue", () => {
    const state = dueState(
      buildSignals({ importance: 3, lastInteractionAt: "2025-09-25T10:00:00.000Z" }),
      NOW,
    );
    expect(state).toMatchObject({ cadenceDays: 90, dueOn: "2025-12-24", daysUntilDue: 0 });
    expect(state.overdueDays).toBe(daysBetween("2025-12-24", "2026-11-27"));
  });

  it("any logged interaction resets the clock", () => {
    const before = dueState(
      buildSignals({ importance: 2, lastInteractionAt: "2026-09-01T10:00:00.000Z" }),
      NOW,
    );
    const after = dueState(
      buildSignals({ importance: 2, lastInteractionAt: "2026-11-26T18:00:00.000Z" }),
      NOW,
    );
    expect(before.overdueDays).toBeGreaterThan(0);
    expect(after).toMatchObject({
      since: "2026-11-26",
      dueOn: "2026-12-26",
      overdueDays: 0,
      daysUntilDue: 29,
    });
  });

  it("a contact imported today without any history is not due at once but one cadence later", () => {
    const state = dueState(buildSignals({ importance: 4, createdAt: NOW }), NOW);
    expect(state).toMatchObject({ since: "2026-11-27", dueOn: "2027-11-27", overdueDays: 0 });
  });

  it("without interactions the clock starts on knownSince", () => {
    expect(dueState(buildSignals({ importance: 2, knownSince: "2026-10-01" }), NOW).dueOn).toBe("2026-10-31");
  });

  it("is due exactly on the day the cadence ends", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 800 }), fc.integer({ min: 1, max: 400 }), (ago, cadenceDays) => {
        const last = `${addDays(dayOf(NOW), -ago)}T07:00:00.000Z`;
        const state = dueState(buildSignals({ cadenceDays, lastInteractionAt: last }), NOW);
        expect(state.overdueDays).toBe(Math.max(0, ago - cadenceDays));
        expect(state.daysUntilDue).toBe(Math.max(0, cadenceDays - ago));
      }),
    );
  });
});
