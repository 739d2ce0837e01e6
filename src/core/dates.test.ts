import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween, fromEpochDay, isIsoDate, nextYearlyOccurrence, toEpochDay } from "./dates.ts";

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

describe("day arithmetic without Date agrees with Date on every input", () => {
  const viaDate = {
    toEpochDay: (date: string) => Math.floor(Date.parse(`${date}T00:00:00.000Z`) / 86_400_000),
    fromEpochDay: (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10),
  };
  it("toEpochDay equals Date.parse for any well-formed or odd date text", () => {
    const pad = (n: number, width: number) => String(n).padStart(width, "0");
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 33 }),
        (year, month, day) => {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(toEpochDay(text)).toEqual(viaDate.toEpochDay(text));
        },
      ),
      { numRuns: 2000 },
    );
    for (const odd of ["", "2026-1-01", "2026/01/01", "x026-01-01", "2026-01-0x"])
      expect(toEpochDay(odd)).toEqual(viaDate.toEpochDay(odd));
  });
  it("fromEpochDay equals Date for any day from year 0 to 9999", () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_528, max: 2_932_896 }), (day) => {
        expect(fromEpochDay(day)).toBe(viaDate.fromEpochDay(day));
        expect(toEpochDay(fromEpochDay(day))).toBe(day);
      }),
      { numRuns: 5000 },
    );
  });
});
