import { describe, expect, it } from "vitest";
import { type MonthlySelfChecks, selfCheckScore, selfCheckTrend } from "./self-check-trend.ts";

function month(overrides: Partial<MonthlySelfChecks> & { month: string }): MonthlySelfChecks {
  return {
    reflections: 2,
    authors: 1,
    yes: 6,
    partly: 2,
    no: 2,
    yesByQuestion: { relaxed: 2, smiled: 1, listened: 1, distance: 1, friendTone: 1 },
    atmosphereSum: 9,
    atmosphereCount: 2,
    ...overrides,
  };
}

describe("self-check trend", () => {
  it("scores yes = 1, partly = ½, no = 0 and shows the atmosphere beside it", () => {
    expect(selfCheckScore({ yes: 6, partly: 2, no: 2 })).toBe(0.7);
    const body = selfCheckTrend(["2026-10", "2026-11"], [month({ month: "2026-11" })], "me");
    expect(body.rows[1]).toMatchObject({
      reflections: 2,
      score: 0.7,
      relaxedYes: 1,
      smiledYes: 0.5,
      atmosphereAverage: 4.5,
      withheld: false,
      smallSample: true,
    });
    expect(body.rows[0]).toMatchObject({ reflections: 0, score: null, atmosphereAverage: null });
    expect(body.chart.y).toEqual(["score", "atmosphereAverage"]);
  });

  it("team view withholds months with fewer than 3 authors and shows sums otherwise", () => {
    const body = selfCheckTrend(
      ["2026-10", "2026-11"],
      [month({ month: "2026-10", authors: 2 }), month({ month: "2026-11", authors: 3, reflections: 12 })],
      "team",
    );
    expect(body.rows[0]).toMatchObject({ withheld: true, reflections: null, score: null, relaxedYes: null });
    expect(body.rows[0]?.caution).toMatchObject({
      en: expect.stringContaining("withheld to protect their privacy"),
    });
    expect(body.rows[1]).toMatchObject({ withheld: false, reflections: 12, smallSample: false });
    // a withheld month's answers do not reach the table's caution count either
    expect(body.caution).toBeNull();
  });

  it("the personal view never withholds, however few authors", () => {
    const body = selfCheckTrend(["2026-11"], [month({ month: "2026-11", authors: 1 })], "me");
    expect(body.rows[0]?.withheld).toBe(false);
  });
});
