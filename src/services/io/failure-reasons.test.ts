import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FailureReasonCounter, REASONS_REPORTED } from "./failure-reasons.ts";

const noName = (row: number) => ({
  de: `Zeile ${row}: weder Name noch Firma noch Kontaktdaten`,
  en: `row ${row}: no name, company or contact details`,
});
const badDate = (value: string) => ({
  de: `Zeile 9: Geburtstag „${value}“ ist kein gültiges Datum`,
  en: `row 9: birthday '${value}' is not a date`,
});

describe("FailureReasonCounter", () => {
  it("counts rows by their reason, leaving out the row it was given for, most frequent first", () => {
    const counter = new FailureReasonCounter();
    counter.add(badDate("31.02.1980"));
    for (let row = 2; row < 7; row += 1) counter.add(noName(row));
    counter.add(badDate("31.02.1980"));
    counter.add({ de: "Nachname: höchstens 100 Zeichen", en: "Last name: at most 100 characters" });
    expect(counter.result()).toEqual({
      reasons: [
        {
          reason: {
            de: "weder Name noch Firma noch Kontaktdaten",
            en: "no name, company or contact details",
          },
          count: 5,
        },
        {
          reason: {
            de: "Geburtstag „…“ ist kein gültiges Datum",
            en: "birthday '…' is not a date",
          },
          count: 2,
        },
        {
          reason: { de: "Nachname: höchstens 100 Zeichen", en: "Last name: at most 100 characters" },
          count: 1,
        },
      ],
      otherRows: 0,
    });
  });

  it("counts a column of unreadable dates as one reason, whatever each cell holds, and keeps the column", () => {
    const counter = new FailureReasonCounter();
    for (const value of ["02/31/1980", "13/13/1999", "gestern"]) {
      counter.add({
        de: `Zeile 4: Geburtstag (Spalte „Born“) „${value}“ ist kein gültiges Datum`,
        en: `row 4: birthday (column 'Born') '${value}' is not a date`,
      });
    }
    expect(counter.result().reasons).toEqual([
      {
        reason: {
          de: "Geburtstag (Spalte „Born“) „…“ ist kein gültiges Datum",
          en: "birthday (column 'Born') '…' is not a date",
        },
        count: 3,
      },
    ]);
  });

  it("names the most frequent reasons and counts every other failed row (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 2_000 }), (dates) => {
        const counter = new FailureReasonCounter();
        for (const date of dates) counter.add({ de: `Grund ${date}`, en: `reason ${date}` });
        const { reasons, otherRows } = counter.result();
        expect(reasons.length).toBeLessThanOrEqual(REASONS_REPORTED);
        expect(reasons.reduce((sum, r) => sum + r.count, 0) + otherRows).toBe(dates.length);
        for (let i = 1; i < reasons.length; i += 1) {
          expect(reasons[i - 1]?.count).toBeGreaterThanOrEqual(reasons[i]?.count ?? 0);
        }
      }),
      { numRuns: 100 },
    );
  });
});
