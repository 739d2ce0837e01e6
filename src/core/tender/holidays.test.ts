import { describe, expect, it } from "vitest";
import { easterSunday, isNationwideHoliday, nationwideHolidays } from "./holidays.ts";

describe("German nationwide holidays", () => {
  it("finds Easter Sunday", () => {
    expect(easterSunday(2024)).toBe("2024-03-31");
    expect(easterSunday(2025)).toBe("2025-04-20");
    expect(easterSunday(2026)).toBe("2026-04-05");
    expect(easterSunday(2028)).toBe("2028-04-16");
    expect(easterSunday(2038)).toBe("2038-04-25");
  });

  it("lists the nine nationwide holidays of 2026", () => {
    expect(nationwideHolidays(2026)).toEqual([
      "2026-01-01",
      "2026-04-03",
      "2026-04-06",
      "2026-05-01",
      "2026-05-14",
      "2026-05-25",
      "2026-10-03",
      "2026-12-25",
      "2026-12-26",
    ]);
  });

  it("does not count state holidays", () => {
    expect(isNationwideHoliday("2026-12-25")).toBe(true);
    expect(isNationwideHoliday("2026-01-06")).toBe(false); // Heilige Drei Könige: some states only
    expect(isNationwideHoliday("2026-10-31")).toBe(false); // Reformationstag: some states only
  });
});
