import { Buffer } from "node:buffer";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logicalLines, openCsvRows } from "./open-csv-rows.ts";
import { escapeCsvCell } from "./write-csv.ts";

async function* chunksOf(text: string, size = 7): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text, "utf8");
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function open(text: string, chunkSize?: number) {
  const opened = await openCsvRows(chunksOf(text, chunkSize));
  const rows = [];
  for await (const row of opened.rows) rows.push(row);
  return { headers: opened.headers, delimiter: opened.delimiter, rows };
}

describe("openCsvRows: lines above the header row", () => {
  it("skips a blank first line", async () => {
    const { headers, rows } = await open("\r\nVorname;Nachname\r\nAnna;Schmidt\r\n");
    expect(headers).toEqual(["Vorname", "Nachname"]);
    expect(rows.map((r) => [r.line, r.row, r.fields])).toEqual([[3, 3, ["Anna", "Schmidt"]]]);
  });

  it("keeps a one-column header even when a value below it holds a comma", async () => {
    const { headers, delimiter, rows } = await open("Name\nMüller, Anna\nSchmidt, Bo\n");
    expect(headers).toEqual(["Name"]);
    expect(delimiter).toBe(",");
    expect(rows[0]).toMatchObject({ line: 2, row: 2 });
  });

  it("reads a title and a quoted paragraph with line breaks and delimiters as text above the header", async () => {
    const text =
      'Kontakte von Vertrieb Nord\n"Stand: 1. März; alle\nRegionen, ohne Privat"\n\nVorname;Nachname\nAnna;Schmidt\n';
    const { headers, delimiter, rows } = await open(text, 5);
    expect(headers).toEqual(["Vorname", "Nachname"]);
    expect(delimiter).toBe(";");
    expect(rows.map((r) => [r.line, r.row])).toEqual([[6, 5]]);
  });

  it("takes the first line as the header when the text above would be longer than 20 lines", async () => {
    const text = `${Array.from({ length: 21 }, (_, i) => `Zeile ${i}`).join("\n")}\n\nVorname;Nachname\nAnna;Schmidt\n`;
    expect((await open(text)).headers).toEqual(["Zeile 0"]);
  });

  it("reads a blank line after Excel's sep= line as nothing, as the parser reads every blank line", async () => {
    const { headers, delimiter, rows } = await open("sep=;\n\nVorname,Zusatz;Nachname\nAnna;Schmidt\n");
    expect(headers).toEqual(["Vorname,Zusatz", "Nachname"]);
    expect(delimiter).toBe(";");
    // Excel hides the sep= line: the blank line is its row 1, the header row 2.
    expect(rows.map((r) => [r.line, r.row])).toEqual([[4, 3]]);
  });

  it("reads the same header and rows after any text and a blank line as without them", async () => {
    const cell = fc.string({ maxLength: 12 });
    const preambleLine = fc
      .string({ maxLength: 40 })
      .filter((s) => !/[,;\t"\r\n]/.test(s) && s.trim() !== "");
    await fc.assert(
      fc.asyncProperty(
        fc.array(cell, { minLength: 2, maxLength: 5 }).filter((h) => h.some((c) => c.trim() !== "")),
        fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { maxLength: 5 }),
        fc.array(preambleLine, { minLength: 0, maxLength: 4 }),
        fc.integer({ min: 1, max: 40 }),
        async (header, body, preamble, chunkSize) => {
          const csv = [header, ...body]
            .map((row) => row.map((c) => escapeCsvCell(c, ";")).join(";"))
            .join("\r\n");
          const plain = await open(`${csv}\r\n`, chunkSize);
          const above = [...preamble, ""];
          const withText = await open(`${above.join("\r\n")}\r\n${csv}\r\n`, chunkSize);
          expect(withText.headers).toEqual(plain.headers);
          expect(withText.rows.map((r) => r.fields)).toEqual(plain.rows.map((r) => r.fields));
          expect(withText.rows.map((r) => r.row - above.length)).toEqual(plain.rows.map((r) => r.row));
        },
      ),
    );
  });
});

describe("logicalLines", () => {
  it("splits at line breaks outside quotes, counting the file's lines", () => {
    const lines = logicalLines({ text: 'a\r\n"b\nc"\rd,"e""\n"\nlast', complete: true });
    expect(lines.map((l) => [l.line, l.text, l.hasDelimiter])).toEqual([
      [1, "a", false],
      [2, '"b\nc"', false],
      [4, 'd,"e""\n"', true],
      [6, "last", false],
    ]);
  });

  it("leaves out the unfinished last line unless the text is complete", () => {
    expect(logicalLines({ text: "a\nb", complete: false }).map((l) => l.text)).toEqual(["a"]);
  });

  it("reads a quote inside an unquoted cell as a character, as the parser does", () => {
    const lines = logicalLines({ text: 'Er sagte "hallo\nVorname;Nachname\n', complete: true });
    expect(lines.map((l) => l.text)).toEqual(['Er sagte "hallo', "Vorname;Nachname"]);
  });
});
