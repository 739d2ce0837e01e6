import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreCoverage } from "./score-coverage.ts";
import { STAKEHOLDER_ROLES, type Stakeholder } from "./stakeholder.ts";
import { warmthBand } from "./warmth-bands.ts";

const NOW = "2026-05-12T09:00:00.000Z";

function s(overrides: Partial<Stakeholder> & Pick<Stakeholder, "personId">): Stakeholder {
  return {
    name: overrides.personId,
    role: "user",
    influence: 2,
    warmth: 60,
    lastContactAt: "2026-05-01T10:00:00.000Z",
    ...overrides,
  };
}

const weber = s({
  personId: "weber",
  name: "Dr. Weber",
  role: "decision_maker",
  influence: 3,
  warmth: 20,
  lastContactAt: "2025-09-10T14:00:00.000Z",
});

describe("warmth bands", () => {
  it("cold < 30, cool 30–49, warm 50–69, close ≥ 70", () => {
    expect([0, 29.9, 30, 49.9, 50, 69.9, 70, 100].map(warmthBand)).toEqual([
      "cold",
      "cold",
      "cool",
      "cool",
      "warm",
      "warm",
      "close",
      "close",
    ]);
  });
});

describe("scoreCoverage", () => {
  it("is the weighted mean warmth, with per-person parts", () => {
    const coverage = scoreCoverage(
      [
        weber,
        s({ personId: "anna", role: "influencer", influence: 2, warmth: 80 }),
        s({ personId: "ben", role: "user", influence: 1, warmth: 40 }),
      ],
      NOW,
    );
    // weights 12, 4, 1: (240 + 320 + 40) / 17 = 35.3
    expect(coverage.score).toBe(35);
    expect(coverage.parts.map((p) => [p.personId, p.weight, p.band])).toEqual([
      ["weber", 12, "cold"],
      ["anna", 4, "close"],
      ["ben", 1, "cool"],
    ]);
    expect(coverage.parts[0]?.share).toBeCloseTo(12 / 17);
    expect(coverage.parts[0]?.points).toBeCloseTo(240 / 17);
  });

  it("names the cold decision maker as the first gap, in both languages", () => {
    const coverage = scoreCoverage([s({ personId: "ben", warmth: 10 }), weber], NOW);
    expect(coverage.gaps[0]).toEqual({
      personId: "weber",
      role: "decision_maker",
      band: "cold",
      text: {
        de: "Entscheider Dr. Weber: kalt, letzter Kontakt vor 8 Monaten",
        en: "decision maker Dr. Weber: cold, last contact 8 months ago",
      },
    });
    expect(coverage.gaps.map((g) => g.personId)).toEqual(["weber", "ben"]);
  });

  it("orders gaps: cold before cool, then by role, influence and warmth; warm people are no gap", () => {
    const coverage = scoreCoverage(
      [
        s({ personId: "dm-cool", role: "decision_maker", warmth: 45 }),
        s({ personId: "user-cold", role: "user", influence: 1, warmth: 5 }),
        s({ personId: "inf-cold-3", role: "influencer", influence: 3, warmth: 25 }),
        s({ personId: "inf-cold-1", role: "influencer", influence: 1, warmth: 0 }),
        s({ personId: "warm", role: "gatekeeper", warmth: 50 }),
      ],
      NOW,
    );
    expect(coverage.gaps.map((g) => g.personId)).toEqual([
      "inf-cold-3",
      "inf-cold-1",
      "user-cold",
      "dm-cool",
    ]);
  });

  it("counts a missing decision maker as a cold one and reports the gap first", () => {
    const coverage = scoreCoverage(
      [s({ personId: "anna", role: "influencer", influence: 1, warmth: 100 })],
      NOW,
    );
    // weight 2 plus 8 for the unknown decision maker: 200 / 10
    expect(coverage.score).toBe(20);
    expect(coverage.gaps).toEqual([
      {
        personId: null,
        role: "decision_maker",
        band: null,
        text: {
          de: "Kein Entscheider bekannt – wer entscheidet am Ende?",
          en: "No decision maker known – who makes the final decision?",
        },
      },
    ]);
  });

  it("is 0 with nobody known and 100 when everyone is at full warmth", () => {
    expect(scoreCoverage([], NOW).score).toBe(0);
    expect(scoreCoverage([], NOW).gaps).toHaveLength(1);
    expect(scoreCoverage([{ ...weber, warmth: 100 }, s({ personId: "x", warmth: 100 })], NOW).score).toBe(
      100,
    );
  });

  it("clamps warmth given outside 0–100", () => {
    expect(scoreCoverage([{ ...weber, warmth: 180 }], NOW).score).toBe(100);
    expect(scoreCoverage([{ ...weber, warmth: -5 }], NOW).score).toBe(0);
  });
});

const stakeholderArb = fc.record({
  personId: fc.uuid(),
  name: fc.string({ maxLength: 8 }),
  role: fc.constantFrom(...STAKEHOLDER_ROLES),
  influence: fc.constantFrom(1 as const, 2 as const, 3 as const),
  warmth: fc.double({ min: 0, max: 100, noNaN: true }),
  lastContactAt: fc.constantFrom(null, "2025-01-01T00:00:00.000Z", "2026-05-10T00:00:00.000Z"),
});

describe("scoreCoverage properties", () => {
  it("stays within 0–100", () => {
    fc.assert(
      fc.property(fc.array(stakeholderArb, { maxLength: 12 }), (stakeholders) => {
        const { score } = scoreCoverage(stakeholders, NOW);
        expect(Number.isInteger(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }),
    );
  });

  it("never falls when any stakeholder warms up", () => {
    fc.assert(
      fc.property(
        fc.array(stakeholderArb, { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (stakeholders, pick, increase) => {
          const index = pick % stakeholders.length;
          const before = scoreCoverage(stakeholders, NOW).score;
          const warmed = stakeholders.map((st, i) =>
            i === index ? { ...st, warmth: Math.min(100, st.warmth + increase) } : st,
          );
          expect(scoreCoverage(warmed, NOW).score).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });
});
