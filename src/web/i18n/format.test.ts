import { describe, expect, it } from "vitest";
import { daysFromToday, formatCurrency, formatDay, formatNumber, localDateTimeInput } from "./format.ts";

describe("formatting in the chosen language", () => {
  it("formats calendar days without slipping a day in any time zone", () => {
    expect(formatDay("de", "2026-05-12")).toBe("12.05.2026");
    expect(formatDay("en", "2026-05-12", "long")).toBe("12 May 2026");
  });

  it("formats numbers and money per locale", () => {
    expect(formatNumber("de", 100000)).toBe("100.000");
    expect(formatNumber("en", 100000)).toBe("100,000");
    expect(formatCurrency("de", 1234.5)).toMatch(/^1\.234,50\s€$/);
    expect(formatCurrency("en", 1234.5)).toBe("€1,234.50");
  });

  it("counts days from the local today", () => {
    const now = new Date(2026, 4, 12, 23, 30);
    expect(daysFromToday("2026-05-12", now)).toBe(0);
    expect(daysFromToday("2026-05-15", now)).toBe(3);
    expect(daysFromToday("2026-05-10", now)).toBe(-2);
  });

  it("fills a datetime-local input with local minutes", () => {
    expect(localDateTimeInput(new Date(2026, 0, 5, 7, 3, 59))).toBe("2026-01-05T07:03");
  });
});
