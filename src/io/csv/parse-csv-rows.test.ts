import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CsvRow, parseCsvRows } from "./parse-csv-rows.ts";
import { escapeCsvCell, unguardCsvCell } from "./write-csv.ts";

async function rowsOf(chunks: string[], delimiter = ","): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const row of parseCsvRows(chunks, delimiter)) rows.push(row.fields);
  return rows;
}

describe("parseCsvRows", () => {
  it("reads CRLF, LF and CR line ends and a last line without one", async () => {
    expect(await rowsOf(["a,b\r\nc,d\ne,f\rg,h"])).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
      ["g", "h"],
    ]);
  });

  it("keeps a quote inside an unquoted cell as a character", async () => {
    expect(await rowsOf(['12" Pizza,x\n'])).toEqual([['12" Pizza', "x"]]);
  });

  it("reads what escapeCsvCell writes, however the text is cut into chunks", async () => {
    const cell = fc.string({
      unit: fc.constantFrom("a", "ü", ";", ",", '"', "\n", " ", "'", "="),
      maxLength: 12,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(",", ";", "\t"),
        fc.integer({ min: 1, max: 7 }),
        async (rows, delimiter, chunkSize) => {
          // Rows whose cells are all blank are skipped by design; keep one non-blank cell.
          const data = rows.map((r) => ["x", ...r]);
          const text = data
            .map((r) => `${r.map((c) => escapeCsvCell(c, delimiter)).join(delimiter)}\r\n`)
            .join("");
          const chunks: string[] = [];
          for (let i = 0; i < text.length; i += chunkSize) chunks.push(text.slice(i, i + chunkSize));
          const parsed = await rowsOf(chunks, delimiter);
          expect(parsed.map((r) => r.map(unguardCsvCell))).toEqual(
            data.map((r) => r.map((c) => c.replace(/\r\n?/g, "\n"))),
          );
        },
      ),
    );
  });

  it("reads any text, broken quotes included, as a character-at-a-time reading does, however it is cut", async () => {
    const text = fc.string({ unit: fc.constantFrom("a", "ü", ",", '"', "\n", "\r", " "), maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(text, fc.integer({ min: 1, max: 9 }), async (input, chunkSize) => {
        const chunks: string[] = [];
        for (let i = 0; i < input.length; i += chunkSize) chunks.push(input.slice(i, i + chunkSize));
        const rows: CsvRow[] = [];
        for await (const row of parseCsvRows(chunks, ",")) rows.push(row);
        expect(rows).toEqual(referenceRows(input));
      }),
      { numRuns: 3000 },
    );
  });
});

/**
 * The rules of parseCsvRows written the obvious way, one character at a time and all text at once:
 * the oracle for the chunked reading that cuts cells out in runs.
 */
function referenceRows(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let cell = "";
  let quoted = false;
  let quoteSeen = false;
  let cellWasQuoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  let row = 0;
  const endRow = (): CsvRow => {
    fields.push(cell);
    cell = "";
    cellWasQuoted = false;
    row += 1;
    const done = { line: rowLine, row, fields };
    fields = [];
    return done;
  };
  const blank = (r: CsvRow) => r.fields.every((f) => f.trim() === "");
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const lineEnd = char === "\n" || char === "\r";
    // CRLF is one line end.
    if (char === "\n" && text[i - 1] === "\r") continue;
    if (quoted) {
      if (char === '"') [quoted, quoteSeen] = [false, true];
      else if (lineEnd) {
        line += 1;
        cell += "\n";
      } else cell += char;
      continue;
    }
    if (quoteSeen) {
      quoteSeen = false;
      if (char === '"') {
        cell += '"';
        quoted = true;
        continue;
      }
    }
    if (char === ",") {
      fields.push(cell);
      cell = "";
      cellWasQuoted = false;
    } else if (lineEnd) {
      const done = endRow();
      line += 1;
      rowLine = line;
      if (!blank(done)) rows.push(done);
    } else if (char === '"' && cell === "" && !cellWasQuoted) {
      quoted = cellWasQuoted = true;
      quoteLine = line;
    } else cell += char;
  }
  if (quoted) {
    const done = endRow();
    rows.push({
      ...done,
      error: {
        de: `Zeile ${done.row}: das Anführungszeichen aus Dateizeile ${quoteLine} wird nie geschlossen`,
        en: `row ${done.row}: the quote opened on file line ${quoteLine} is never closed`,
      },
    });
  } else if (cell !== "" || fields.length > 0 || cellWasQuoted) {
    const done = endRow();
    if (!blank(done)) rows.push(done);
  }
  return rows;
}
