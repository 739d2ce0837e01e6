import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../dates.ts";
import { formatPoints } from "./format.ts";
import { summariseInteractions } from "./signals.ts";
import {
  buildPersonFields,
  buildSignals,
  looseSignalsArbitrary,
  NOW,
  repeatInteractions,
  signalsArbitrary,
} from "./test-support.ts";
import { scoreWarmth, warmthLoss } from "./warmth.ts";
import { DEFAULT_WARMTH_MODEL, maxBasePoints } from "./warmth-model.ts";
import { measureWarmth } from "./warmth-points.ts";

const anySignals = fc.oneof(signalsArbitrary, looseSignalsArbitrary);
const pastInstant = fc
  .integer({ min: 0, max: 5000 })
  .map((n) => `${addDays("2026-11-27", -n)}T08:00:00.000Z`);

function pointsOf(warmth: ReturnType<typeof scoreWarmth>, key: string): number | undefined {
  return warmth.parts.find((part) => part.key === key)?.points;
}

/** Met weekly for three years, they offered the Du, personal talk, good ratings. */
function weeklyDuCustomer() {
  const person = buildPersonFields({
    id: "jan",
    stage: "trust",
    addressForm: "du",
    addressFormSince: "2024-05-10",
    addressFormOfferedBy: "them",
    knownSince: "2023-11-20",
    importance: 1,
  });
  const rows = repeatInteractions(156, 7, "2026-11-23", (i) => ({
    kind: i % 4 === 0 ? "meal" : "meeting",
    initiatedBy: i % 5 < 2 ? "them" : "me",
    personal: i % 5 < 3,
    trust: i % 3 === 0 ? 5 : 4,
    resistance: i % 2 === 0 ? 1 : 2,
  }));
  return summariseInteractions(person, rows, 9, NOW);
}

describe("scoreWarmth: rules", () => {
  it("never leaves 0–100, and the parts always add up to the score", () => {
    fc.assert(
      fc.property(anySignals, (signals) => {
        const warmth = scoreWarmth(signals, NOW);
        expect(warmth.score).toBeGreaterThanOrEqual(0);
        expect(warmth.score).toBeLessThanOrEqual(100);
        expect(Number.isInteger(warmth.score)).toBe(true);
        expect(warmth.parts.reduce((sum, part) => sum + part.points, 0)).toBe(warmth.score);
      }),
      { numRuns: 500 },
    );
  });

  it("more recent contact never lowers warmth, all else equal", () => {
    fc.assert(
      fc.property(anySignals, pastInstant, pastInstant, (signals, a, b) => {
        const [older, newer] = Date.parse(a) <= Date.parse(b) ? [a, b] : [b, a];
        const before = scoreWarmth({ ...signals, lastInteractionAt: older }, NOW).score;
        const after = scoreWarmth({ ...signals, lastInteractionAt: newer }, NOW).score;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 500 },
    );
  });

  it("explains every part with a German and an English sentence that ends in its points", () => {
    fc.assert(
      fc.property(anySignals, (signals) => {
        for (const part of scoreWarmth(signals, NOW).parts) {
          expect(part.text.de.endsWith(`: ${formatPoints(part.points)}`)).toBe(true);
          expect(part.text.en.endsWith(`: ${formatPoints(part.points)}`)).toBe(true);
          expect(part.text.de).not.toBe(part.text.en);
        }
      }),
    );
  });

  it("the fast path the agenda uses (measureWarmth) gives the same numbers as the explained score", () => {
    fc.assert(
      fc.property(anySignals, (signals) => {
        const fast = measureWarmth(signals, NOW);
        const explained = scoreWarmth(signals, NOW);
        expect(fast.score).toBe(explained.score);
        expect(fast.loss).toBe(warmthLoss(explained));
        expect(explained.parts.map((part) => part.points)).toEqual(
          explained.parts.map((part) => fast.points[part.key]),
        );
      }),
    );
  });

  it("has default part maxima that add up to exactly 100, so no clamping hides a part", () => {
    expect(maxBasePoints(DEFAULT_WARMTH_MODEL)).toBe(100);
  });
});

describe("scoreWarmth: salesperson cases", () => {
  it("a customer you met weekly for three years who offered the Du is warm (>70)", () => {
    const warmth = scoreWarmth(weeklyDuCustomer(), NOW);
    expect(warmth.score).toBeGreaterThan(70);
    expect(pointsOf(warmth, "address_form")).toBe(8);
    expect(warmth.parts.find((p) => p.key === "address_form")?.text.de).toBe("Per Du seit Mai 2024: +8");
  });

  it("a business contact silent for 14 months has cooled below 30", () => {
    const person = buildPersonFields({ knownSince: "2024-03-01" });
    const rows = repeatInteractions(6, 90, "2025-09-25", (i) => ({ personal: i === 0 }));
    const warmth = scoreWarmth(summariseInteractions(person, rows, 1, NOW), NOW);
    expect(warmth.score).toBeLessThan(30);
    expect(warmth.parts[0]?.text.de).toMatch(/^Letzter Kontakt vor 428 Tagen: −\d+$/);
  });

  it("says in words what 94 days of silence cost: 'Letzter Kontakt vor 94 Tagen: −N'", () => {
    const signals = buildSignals({
      lastInteractionAt: `${addDays("2026-11-27", -94)}T15:00:00.000Z`,
      interactionCount: 8,
      countLast365Days: 8,
      personalCount: 4,
      factCount: 5,
    });
    const warmth = scoreWarmth(signals, NOW);
    const recency = warmth.parts[0];
    expect(recency?.key).toBe("recency");
    expect(recency?.points).toBeLessThan(0);
    expect(recency?.text.de).toBe(`Letzter Kontakt vor 94 Tagen: ${formatPoints(recency?.points ?? 0)}`);
    expect(recency?.text.en).toBe(`Last contact 94 days ago: ${formatPoints(recency?.points ?? 0)}`);
    expect(warmthLoss(warmth)).toBe(-(recency?.points ?? 0));
  });

  it("a contact just added, with nothing logged, is at 0 and says there is no contact yet", () => {
    const warmth = scoreWarmth(buildSignals(), NOW);
    expect(warmth.score).toBe(0);
    expect(warmth.parts[0]?.text).toEqual({
      de: "Noch kein Kontakt erfasst: 0",
      en: "No contact logged yet: 0",
    });
  });

  it("the same silence costs a business contact more than a friend: weaker ties fade faster", () => {
    const signals = buildSignals({
      lastInteractionAt: "2026-05-01T10:00:00.000Z",
      interactionCount: 20,
      countLast365Days: 6,
      personalCount: 10,
      factCount: 6,
    });
    const business = scoreWarmth({ ...signals, stage: "business_contact" }, NOW).score;
    const friend = scoreWarmth({ ...signals, stage: "friendship" }, NOW).score;
    expect(friend).toBeGreaterThan(business);
  });

  it("rising trust and falling resistance earn more than the same averages going the other way", () => {
    const base = { interactionCount: 8, lastInteractionAt: "2026-11-20T10:00:00.000Z" };
    const improving = buildSignals({
      ...base,
      trustRecentSum: 16,
      trustRecentCount: 4,
      trustEarlierSum: 8,
      trustEarlierCount: 4,
      resistanceRecentSum: 6,
      resistanceRecentCount: 4,
      resistanceEarlierSum: 14,
      resistanceEarlierCount: 4,
    });
    const worsening = buildSignals({
      ...base,
      trustRecentSum: 8,
      trustRecentCount: 4,
      trustEarlierSum: 16,
      trustEarlierCount: 4,
      resistanceRecentSum: 14,
      resistanceRecentCount: 4,
      resistanceEarlierSum: 6,
      resistanceEarlierCount: 4,
    });
    const up = scoreWarmth(improving, NOW);
    const down = scoreWarmth(worsening, NOW);
    expect(pointsOf(up, "trust")).toBeGreaterThan(pointsOf(down, "trust") ?? 0);
    expect(up.parts.find((p) => p.key === "trust")?.text.de).toMatch(
      /^Vertrauen 4,0 von 5, Widerstand 1,5 von 5, Tendenz positiv: \+\d+$/,
    );
    expect(down.parts.find((p) => p.key === "trust")?.text.en).toMatch(/worsening: \+\d+$/);
  });

  it("counts unrated interactions as neutral trust, not as distrust", () => {
    const warmth = scoreWarmth(buildSignals({ interactionCount: 3, lastInteractionAt: NOW }), NOW);
    expect(pointsOf(warmth, "trust")).toBe(10);
  });

  it("a contact who always waits for you to call gets no reciprocity points; one who calls half the time gets all", () => {
    const oneWay = scoreWarmth(buildSignals({ interactionCount: 10, theyInitiatedCount: 0 }), NOW);
    const mutual = scoreWarmth(buildSignals({ interactionCount: 10, theyInitiatedCount: 5 }), NOW);
    expect(pointsOf(oneWay, "reciprocity")).toBe(0);
    expect(pointsOf(mutual, "reciprocity")).toBe(10);
    expect(mutual.parts.find((p) => p.key === "reciprocity")?.text.de).toBe(
      "5 von 10 Kontakten gingen von der anderen Seite aus: +10",
    );
  });
});
