import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isIsoDate, nextYearlyOccurrence } from "./dates.ts";

describe("calendar days", () => {
  it("rejects days that do not exist", () => {
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2026-13-01")).toBe(false);
    expect(isIsoDate("26-01-01")).toBe(false);
  });

  it("adds days across month and year ends", () => {
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(daysBetween("2026-01-01", "2027-01-01")).toBe(365);
  });

  it("finds the next birthday, celebrating 29 February on the 28th in common years", () => {
    expect(nextYearlyOccurrence(29, 2, "2026-01-10")).toBe("2026-02-28");
    expect(nextYearlyOccurrence(29, 2, "2027-03-01")).toBe("2028-02-29");
    expect(nextYearlyOccurrence(27, 11, "2026-11-27")).toBe("2026-11-27");
    expect(nextYearlyOccurrence(26, 11, "2026-11-27")).toBe("2027-11-26");
  });
});
