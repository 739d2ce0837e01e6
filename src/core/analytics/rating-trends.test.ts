import { describe, expect, it } from "vitest";
import { emptyMonth, ratingTrends } from "./rating-trends.ts";

describe("trust and resistance trends", () => {
  it("averages per month from sums, fills missing months and greys months under 10 ratings", () => {
    const body = ratingTrends(
      ["2026-09", "2026-10", "2026-11"],
      [
        {
          ...emptyMonth("2026-09"),
          interactions: 12,
          trustSum: 40,
          trustCount: 10,
          resistanceSum: 25,
          resistanceCount: 10,
        },
        {
          ...emptyMonth("2026-11"),
          interactions: 2,
          trustSum: 9,
          trustCount: 2,
        },
        { ...emptyMonth("2025-01"), trustSum: 500, trustCount: 100 },
      ],
    );
    expect(body.rows).toEqual([
      expect.objectContaining({
        month: "2026-09",
        trustAverage: 4,
        resistanceAverage: 2.5,
        trustCount: 10,
        smallSample: false,
        caution: null,
      }),
      expect.objectContaining({ month: "2026-10", interactions: 0, trustAverage: null, smallSample: true }),
      expect.objectContaining({
        month: "2026-11",
        trustAverage: 4.5,
        resistanceAverage: null,
        smallSample: true,
      }),
    ]);
    // the month outside the window does not leak into the period average
    expect(body.highlights[0]).toMatchObject({
      key: "trustAverage",
      value: 4.08,
      count: 12,
      smallSample: false,
    });
    expect(body.chart).toEqual({ kind: "line", x: "label", y: ["trustAverage", "resistanceAverage"] });
  });

  it("answers no ratings at all with empty months and a no-data caution", () => {
    const body = ratingTrends(["2026-11"], []);
    expect(body.rows[0]).toMatchObject({ trustAverage: null, resistanceAverage: null, smallSample: true });
    expect(body.caution?.en).toBe("No data yet: 0 ratings.");
    expect(body.highlights.map((h) => h.value)).toEqual([null, null]);
  });
});
