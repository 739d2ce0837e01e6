import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidDayOfMonth } from "../../core/dates.ts";
import { parseFlexibleDate } from "./parse-flexible-date.ts";

describe("parseFlexibleDate", () => {
  it.each([
    ["31.12.1980", { day: 31, month: 12, year: 1980 }],
    ["1.2.1980", { day: 1, month: 2, year: 1980 }],
    ["31.12.", { day: 31, month: 12, year: null }],
    ["29.02.", { day: 29, month: 2, year: null }],
    ["1980-12-31", { day: 31, month: 12, year: 1980 }],
    ["1980-12-31T00:00:00Z", { day: 31, month: 12, year: 1980 }],
    ["--12-31", { day: 31, month: 12, year: null }],
    ["1604-04-12", { day: 12, month: 4, year: null }],
    ["12/31/1980", { day: 31, month: 12, year: 1980 }],
    ["31/12/1980", { day: 31, month: 12, year: 1980 }],
    ["12/31/1980 12:00:00 AM", { day: 31, month: 12, year: 1980 }],
    ["0/0/00", null],
    ["", null],
    // Month names: LinkedIn's "Connected On", US tools, German lists.
    ["14 Mar 2024", { day: 14, month: 3, year: 2024 }],
    ["02 Nov 2021", { day: 2, month: 11, year: 2021 }],
    ["Mar 14, 2024", { day: 14, month: 3, year: 2024 }],
    ["September 3rd, 1975", { day: 3, month: 9, year: 1975 }],
    ["3. Juni 1980", { day: 3, month: 6, year: 1980 }],
    ["14. März 2024", { day: 14, month: 3, year: 2024 }],
    ["14. Mrz. 2024", { day: 14, month: 3, year: 2024 }],
    ["24. Dezember", { day: 24, month: 12, year: null }],
    ["1 Jänner 1990", { day: 1, month: 1, year: 1990 }],
  ])("reads %s", (text, date) => {
    expect(parseFlexibleDate(text, "auto")).toEqual({ ok: true, date });
  });

  it.each([
    "31.02.1980",
    "29.02.1981",
    "1980-13-01",
    "31.12.80",
    "gestern",
    "31/31",
    "31 Feb 2024",
    "14 Foo 2024",
    "14 constructor 2024",
  ])("rejects %s", (text) => {
    expect(parseFlexibleDate(text, "auto")).toEqual({ ok: false, reason: "invalid" });
  });

  it("reads a German date back as the same day, for every valid day", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1800, max: 2100 }),
        (day, month, year) => {
          const result = parseFlexibleDate(`${day}.${month}.${year}`, "auto");
          if (isValidDayOfMonth(day, month, year))
            expect(result).toEqual({ ok: true, date: { day, month, year } });
          else expect(result.ok).toBe(false);
        },
      ),
    );
  });

  it("never guesses: with both parts at most 12 and different, auto says ambiguous", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), (a, b) => {
        fc.pre(a !== b);
        expect(parseFlexibleDate(`${a}/${b}/1990`, "auto")).toEqual({ ok: false, reason: "ambiguous" });
        expect(parseFlexibleDate(`${a}/${b}/1990`, "dmy")).toEqual({
          ok: true,
          date: { day: a, month: b, year: 1990 },
        });
        expect(parseFlexibleDate(`${a}/${b}/1990`, "mdy")).toEqual({
          ok: true,
          date: { day: b, month: a, year: 1990 },
        });
      }),
    );
  });
});
