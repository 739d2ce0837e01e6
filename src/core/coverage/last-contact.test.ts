import { describe, expect, it } from "vitest";
import { describeLastContact, monthsBetween } from "./last-contact.ts";

describe("describeLastContact", () => {
  it("counts calendar months, including across leap February", () => {
    expect(monthsBetween("2025-09-10", "2026-05-10")).toBe(8);
    expect(monthsBetween("2025-09-10", "2026-05-09")).toBe(7);
    expect(monthsBetween("2028-01-31", "2028-02-29")).toBe(0);
  });

  it("speaks in days, weeks, months and years", () => {
    const today = "2026-05-12";
    expect(describeLastContact(null, today)).toEqual({ de: "noch kein Kontakt", en: "no contact yet" });
    expect(describeLastContact("2026-05-12T08:00:00.000Z", today).en).toBe("last contact today");
    expect(describeLastContact("2026-05-11T08:00:00.000Z", today).de).toBe("letzter Kontakt gestern");
    expect(describeLastContact("2026-05-02T08:00:00.000Z", today).de).toBe("letzter Kontakt vor 10 Tagen");
    expect(describeLastContact("2026-04-01T08:00:00.000Z", today).en).toBe("last contact 5 weeks ago");
    expect(describeLastContact("2025-09-10T08:00:00.000Z", today)).toEqual({
      de: "letzter Kontakt vor 8 Monaten",
      en: "last contact 8 months ago",
    });
    expect(describeLastContact("2023-01-01T08:00:00.000Z", today).de).toBe("letzter Kontakt vor 3 Jahren");
  });
});
