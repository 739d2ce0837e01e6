import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  endOfDay,
  lastMonths,
  lastQuarters,
  monthEndDay,
  monthOf,
  quarterEndDay,
  quarterOf,
  quarterStart,
} from "./periods.ts";

describe("periods", () => {
  it("lists the last months across a year boundary, oldest first, ending with the current month", () => {
    expect(lastMonths("2026-02-10T09:00:00.000Z", 4)).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
  });

  it("lists the last quarters across a year boundary", () => {
    expect(lastQuarters("2026-02-10T09:00:00.000Z", 3)).toEqual(["2025-Q3", "2025-Q4", "2026-Q1"]);
  });

  it("knows month and quarter ends, including leap years", () => {
    expect(monthEndDay("2024-02")).toBe("2024-02-29");
    expect(monthEndDay("2026-02")).toBe("2026-02-28");
    expect(quarterEndDay("2026-Q4")).toBe("2026-12-31");
    expect(quarterEndDay("2026-Q2")).toBe("2026-06-30");
    expect(quarterStart("2026-Q3")).toBe("2026-07-01T00:00:00.000Z");
    expect(endOfDay("2026-03-31")).toBe("2026-03-31T23:59:59.999Z");
  });

  it("puts every day of a quarter into that quarter, between its start and end", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), (offset) => {
        const day = new Date(Date.UTC(2000, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const quarter = quarterOf(day);
        expect(quarterStart(quarter).slice(0, 10) <= day).toBe(true);
        expect(day <= quarterEndDay(quarter)).toBe(true);
        expect(lastMonths(`${day}T12:00:00.000Z`, 1)).toEqual([monthOf(day)]);
      }),
    );
  });
});
