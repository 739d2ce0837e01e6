import { describe, expect, it } from "vitest";
import { birthdayInDays } from "./birthday.ts";

describe("birthdayInDays", () => {
  it("lands on the day that many days ahead", () => {
    expect(birthdayInDays("2026-11-27", 5, 1968)).toEqual({ day: 2, month: 12, year: 1968 });
    expect(birthdayInDays("2026-11-27", 12, null)).toEqual({ day: 9, month: 12, year: null });
  });

  it("moves 29 February to the 28th for a common birth year, keeps it for a leap year or no year", () => {
    expect(birthdayInDays("2028-02-27", 2, 1981)).toEqual({ day: 28, month: 2, year: 1981 });
    expect(birthdayInDays("2028-02-27", 2, 1980)).toEqual({ day: 29, month: 2, year: 1980 });
    expect(birthdayInDays("2028-02-27", 2, null)).toEqual({ day: 29, month: 2, year: null });
  });
});
