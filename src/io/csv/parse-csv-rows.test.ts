import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsvRows } from "./parse-csv-rows.ts";
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
});
