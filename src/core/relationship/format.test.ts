import { describe, expect, it } from "vitest";
import {
  countOf,
  familyLabel,
  formatDayMonth,
  formatDaysAgo,
  formatDecimal,
  formatDuration,
  formatPoints,
} from "./format.ts";

describe("relationship texts", () => {
  it("shows points with a typographic minus and a plus, zero without sign", () => {
    expect(formatPoints(-18)).toBe("−18");
    expect(formatPoints(8)).toBe("+8");
    expect(formatPoints(0)).toBe("0");
  });

  it("writes dates the German and the English way", () => {
    expect(formatDayMonth("2026-12-03")).toEqual({ de: "3. Dezember", en: "3 December" });
    expect(formatDayMonth("2026-03-15")).toEqual({ de: "15. März", en: "15 March" });
  });

  it("uses the German decimal comma", () => {
    expect(formatDecimal(4.25)).toEqual({ de: "4,3", en: "4.3" });
  });

  it("says yesterday and today instead of 1 and 0 days", () => {
    expect(formatDaysAgo(0).de).toBe("heute");
    expect(formatDaysAgo(1)).toEqual({ de: "gestern", en: "yesterday" });
    expect(formatDaysAgo(94)).toEqual({ de: "vor 94 Tagen", en: "94 days ago" });
  });

  it("puts a relationship's length in the dative after seit", () => {
    expect(formatDuration(3 * 365 + 20)).toEqual({ de: "seit 3 Jahren", en: "for 3 years" });
    expect(formatDuration(400)).toEqual({ de: "seit einem Jahr", en: "for 1 year" });
    expect(formatDuration(45)).toEqual({ de: "seit einem Monat", en: "for 1 month" });
    expect(formatDuration(12)).toEqual({ de: "seit 12 Tagen", en: "for 12 days" });
  });

  it("counts with singular and plural", () => {
    expect(countOf(1, "Gespräch", "Gespräche")).toBe("1 Gespräch");
    expect(countOf(4, "Gespräch", "Gespräche")).toBe("4 Gespräche");
  });

  it("names family members by gender when known and neutrally otherwise, and nothing for colleagues", () => {
    expect(familyLabel("child", "female")).toEqual({ de: "Tochter", en: "daughter" });
    expect(familyLabel("child", null)).toEqual({ de: "Kind", en: "child" });
    expect(familyLabel("colleague", null)).toBeNull();
  });
});
