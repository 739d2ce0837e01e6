import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { failedRowsCsv, isReasonHeader, REASON_HEADERS } from "./failed-rows-csv.ts";
import { headerSignature } from "./header-signature.ts";
import { parseCsvRows } from "./parse-csv-rows.ts";
import { unguardCsvCell } from "./write-csv.ts";

const REASON = {
  de: "Zeile 2: weder Name noch Firma noch Kontaktdaten",
  en: "Row 2: no name, company or channel",
};

/** The file as an import reads it back: rows of cells, the formula guard undone. */
async function readBack(csv: string): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const row of parseCsvRows([csv.replace(/^\uFEFF/, "")], ";")) {
    expect(row.error).toBeUndefined();
    rows.push(row.fields.map(unguardCsvCell));
  }
  return rows;
}

describe("failedRowsCsv", () => {
  it("gives back the file's headers and cells, with the reason in the reader's language in one more column", async () => {
    const csv = failedRowsCsv(["Vorname", "Nachname"], [{ cells: ["", ""], reason: REASON }], "de");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(await readBack(csv)).toEqual([
      ["Vorname", "Nachname", "Kundenfreund: Grund"],
      ["", "", REASON.de],
    ]);
    expect((await readBack(failedRowsCsv(["A"], [{ cells: ["x"], reason: REASON }], "en")))[0]).toEqual([
      "A",
      "Kundenfreund: reason",
    ]);
  });

  it("pads short rows to the headers and keeps the cells of long ones before the reason", async () => {
    const rows = [
      { cells: ["only one"], reason: REASON },
      { cells: ["a", "b", "extra"], reason: REASON },
    ];
    expect(await readBack(failedRowsCsv(["A", "B"], rows, "en"))).toEqual([
      ["A", "B", "Kundenfreund: reason"],
      ["only one", "", REASON.en],
      ["a", "b", "extra", REASON.en],
    ]);
  });

  it("keeps a value our own export guarded as that value, without a second apostrophe", async () => {
    const csv = failedRowsCsv(["Telefon"], [{ cells: ["'+49 171 1234567"], reason: REASON }], "de");
    expect(csv.split("\r\n")[1]).toBe(`"'+49 171 1234567";${REASON.de}`);
    expect((await readBack(csv))[1]).toEqual(["+49 171 1234567", REASON.de]);
  });

  it("replaces the reason of a failed-rows file imported again instead of adding a second column", async () => {
    const headers = ["Vorname", "Kundenfreund: Grund", "E-Mail"];
    const csv = failedRowsCsv(headers, [{ cells: ["", "old reason", "x"], reason: REASON }], "en");
    expect(await readBack(csv)).toEqual([
      ["Vorname", "E-Mail", "Kundenfreund: reason"],
      ["", "x", REASON.en],
    ]);
  });

  // Line breaks inside a cell as the reader gives them (CRLF in a cell is read as one LF).
  it("reads back any cells exactly: quotes, delimiters, line breaks and formula starts (property)", async () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('"quoted"', "a;b", "two\nlines", "=SUM(A1)", "+49 171 1", "'=kept", " padded "),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 }),
        async (cellRows) => {
          const csv = failedRowsCsv(
            ["A", "B", "C"],
            cellRows.map((cells) => ({ cells, reason: REASON })),
            "de",
          );
          const [, ...rows] = await readBack(csv);
          // What the import read from each cell is what it reads from the failed-rows file.
          expect(rows).toEqual(cellRows.map((cells) => [...cells.map(unguardCsvCell), REASON.de]));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("the reason column and the layout of a file", () => {
  it("is no part of the layout, so a fixed file is read with the corrections of the original", () => {
    const original = ["Kontakt", "Nom", "Courriel"];
    for (const reason of Object.values(REASON_HEADERS)) {
      expect(isReasonHeader(` ${reason} `)).toBe(true);
      expect(headerSignature([...original, reason])).toBe(headerSignature(original));
    }
    expect(headerSignature([...original, "Grund"])).not.toBe(headerSignature(original));
  });
});
