import { describe, expect, it } from "vitest";
import { becameFriend, daysToDu, daysToTrust, journey, type PromotedContact } from "./journey.ts";

const QUARTERS = ["2026-Q2", "2026-Q3", "2026-Q4"];

function promoted(overrides: Partial<PromotedContact>): PromotedContact {
  return {
    personId: "p",
    firstStage: "business_contact",
    trustAt: null,
    friendAt: null,
    firstContactOn: "2026-01-01",
    ...overrides,
  };
}

describe("journey", () => {
  it("counts moves per quarter by target stage, up and back, and ignores months outside the window", () => {
    const body = journey({
      quarters: QUARTERS,
      moves: [
        { month: "2026-04", from: "business_contact", to: "acquaintance", count: 3 },
        { month: "2026-06", from: "acquaintance", to: "trust", count: 2 },
        { month: "2026-11", from: "trust", to: "friendship", count: 1 },
        { month: "2026-11", from: "friendship", to: "acquaintance", count: 1 },
        { month: "2025-12", from: "business_contact", to: "trust", count: 9 },
      ],
      promoted: [],
      duSwitches: [],
    });
    expect(body.rows).toEqual([
      expect.objectContaining({ quarter: "2026-Q2", toAcquaintance: 3, toTrust: 2, up: 5, down: 0 }),
      expect.objectContaining({ quarter: "2026-Q3", up: 0, down: 0 }),
      expect.objectContaining({ quarter: "2026-Q4", toFriendship: 1, toAcquaintance: 0, up: 1, down: 1 }),
    ]);
    expect(body.chart.kind).toBe("stacked_bar");
  });

  it("counts business contacts who became friends, cumulatively by quarter", () => {
    const body = journey({
      quarters: QUARTERS,
      moves: [],
      promoted: [
        promoted({ friendAt: "2025-10-01T08:00:00.000Z", trustAt: "2025-05-01T08:00:00.000Z" }),
        promoted({ friendAt: "2026-08-15T08:00:00.000Z", trustAt: "2026-08-15T08:00:00.000Z" }),
        promoted({ trustAt: "2026-05-01T08:00:00.000Z" }),
        // was a friend from the start: not a business contact who became one
        promoted({ firstStage: "friendship", friendAt: "2026-09-01T08:00:00.000Z" }),
      ],
      duSwitches: [],
    });
    expect(body.highlights.find((h) => h.key === "becameFriends")?.value).toBe(2);
    expect(body.sections.friends?.rows.map((r) => [r.quarter, r.newFriends, r.friendsSoFar])).toEqual([
      ["2026-Q2", 0, 1],
      ["2026-Q3", 1, 2],
      ["2026-Q4", 0, 2],
    ]);
  });

  it("takes the median days from first contact to trust and to Du, with a small-sample caution", () => {
    const body = journey({
      quarters: QUARTERS,
      moves: [],
      promoted: [
        promoted({ trustAt: "2026-01-11T08:00:00.000Z" }),
        promoted({ trustAt: "2026-01-31T08:00:00.000Z" }),
        promoted({ trustAt: "2026-03-02T08:00:00.000Z" }),
        // already trusted when first recorded: how long it took is unknown
        promoted({ firstStage: "trust", trustAt: "2026-01-02T08:00:00.000Z" }),
        promoted({ trustAt: "2026-01-02T08:00:00.000Z", firstContactOn: null }),
      ],
      duSwitches: [
        { personId: "a", duOn: "2026-02-01", firstContactOn: "2026-01-01" },
        { personId: "b", duOn: "2025-12-01", firstContactOn: "2026-01-01" },
      ],
    });
    const trust = body.highlights.find((h) => h.key === "medianDaysToTrust");
    expect(trust).toMatchObject({ value: 30, count: 3, smallSample: true });
    expect(trust?.caution?.de).toBe(
      "Kleine Stichprobe: nur 3 Kontakte – noch kein verlässlicher Wert, eher ein Hinweis.",
    );
    expect(body.highlights.find((h) => h.key === "medianDaysToDu")).toMatchObject({ value: 31, count: 1 });
  });

  it("answers an empty history with zero rows of moves and no medians", () => {
    const body = journey({ quarters: QUARTERS, moves: [], promoted: [], duSwitches: [] });
    expect(body.rows.every((r) => r.up === 0 && r.down === 0)).toBe(true);
    expect(body.highlights.map((h) => h.value)).toEqual([0, null, null]);
    expect(body.highlights[1]?.caution?.en).toBe("No data: no contacts in this group yet.");
  });

  it("rules: days never negative, friends only when starting below friendship", () => {
    expect(daysToTrust(promoted({ trustAt: "2025-06-01T08:00:00.000Z" }))).toBeNull();
    expect(daysToDu({ personId: "x", duOn: "2026-01-01", firstContactOn: "2026-01-01" })).toBe(0);
    expect(becameFriend(promoted({ firstStage: "trust", friendAt: "2026-01-01T00:00:00.000Z" }))).toBe(true);
    expect(becameFriend(promoted({ friendAt: null }))).toBe(false);
  });
});
