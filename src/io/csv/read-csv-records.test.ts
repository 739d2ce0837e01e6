import { Buffer } from "node:buffer";
import { createReadStream } from "node:fs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import type { ImportSource } from "../import-source.ts";
import type { CsvImportItem } from "./map-csv-row.ts";
import { type CsvImportOptions, previewCsv, readCsvRecords } from "./read-csv-records.ts";

const fixture = (name: string) =>
  createReadStream(new URL(`../fixtures/csv/${name}`, import.meta.url).pathname);

async function readAll(source: ImportSource, options?: CsvImportOptions): Promise<CsvImportItem[]> {
  const items: CsvImportItem[] = [];
  for await (const item of readCsvRecords(source, options)) items.push(item);
  return items;
}

describe("previewCsv on exporters' files", () => {
  it("recognises Google Contacts and pairs value and label columns", async () => {
    const preview = await previewCsv(fixture("google-contacts.csv"), 10);
    expect(preview).toMatchObject({ preset: "google", delimiter: ",", encoding: "utf-8" });
    expect(preview.mapping["E-mail 1 - Value"]).toBe("email.1");
    expect(preview.mapping["E-mail 1 - Label"]).toBe("email.1.label");
    const [anna, ben] = preview.rows;
    expect(anna?.record).toMatchObject({
      firstName: "Anna",
      lastName: "Schmidt",
      organisation: "Stahlbau Nord AG",
      jobTitle: "Projektleiterin",
      birthday: { day: 3, month: 11, year: null },
      anniversary: { day: 12, month: 9, year: 2015 },
      notes: "Kennengelernt auf der SMM.\nMag Segeln.",
      tags: ["Kunden"],
      related: [{ name: "Tom", kind: "partner" }],
    });
    expect(anna?.record?.channels).toEqual([
      { kind: "email", label: "work", value: "a.schmidt@stahlbau-nord.de" },
      { kind: "email", label: "home", value: "anna@gmail.com" },
      { kind: "phone", label: "mobile", value: "+49 151 98765432" },
      { kind: "phone", label: "work", value: "+49 40 1234-0" },
      { kind: "address", label: "work", value: "Kaistraße 7, 20457 Hamburg, Deutschland" },
      { kind: "website", label: "work", value: "https://stahlbau-nord.de" },
    ]);
    // Anna's note spans two file lines: Ben starts on line 4 but is spreadsheet row 3.
    expect(ben).toMatchObject({ line: 4, row: 3 });
    expect(ben?.error?.en).toBe("row 3: birthday (column 'Birthday') '1979-02-30' is not a date");
  });

  it("reads German Outlook: Windows-1252, semicolons, German dates, 0.0.00 as no date", async () => {
    const preview = await previewCsv(fixture("outlook-de-windows-1252.csv"), 5);
    expect(preview).toMatchObject({ preset: "outlook_de", delimiter: ";", encoding: "windows-1252" });
    const [jurgen, zoe] = preview.rows;
    expect(jurgen?.record).toMatchObject({
      firstName: "Jürgen",
      lastName: "Grüßner",
      organisation: "Müller & Söhne KG",
      birthday: { day: 8, month: 3, year: 1972 },
      anniversary: null,
      tags: ["Kunden", "Schwaben"],
      notes: "Mag Fußball – und Wein.",
      related: [
        { name: "Bärbel", kind: "partner" },
        { name: "Lena", kind: "child" },
        { name: "Tim", kind: "child" },
      ],
    });
    expect(jurgen?.record?.channels).toContainEqual({
      kind: "address",
      label: "work",
      value: "Königstraße 1, 70173 Stuttgart, Deutschland",
    });
    expect(zoe?.error).toEqual({
      de: "Zeile 3: Geburtstag (Spalte „Geburtstag“) „31.02.1980“ ist kein gültiges Datum",
      en: "row 3: birthday (column 'Geburtstag') '31.02.1980' is not a date",
    });
  });

  it("reads US dates in English Outlook because the preset says month first", async () => {
    const preview = await previewCsv(fixture("outlook-en.csv"), 5);
    expect(preview.preset).toBe("outlook");
    expect(preview.rows[0]?.record).toMatchObject({
      birthday: { day: 6, month: 5, year: 1975 },
      related: [
        { name: "Mary", kind: "partner" },
        { name: "Peter Green", kind: "reports_to" },
      ],
    });
  });

  it.each([
    [
      "hubspot-contacts.csv",
      "hubspot",
      { uid: "51", organisation: "Lang IT GmbH", birthday: { day: 14, month: 7, year: 1981 } },
    ],
    [
      "pipedrive-persons.csv",
      "pipedrive",
      { firstName: "Karl", lastName: "Bauer", tags: ["Hot lead", "Bau"] },
    ],
    [
      "salesforce-contacts.csv",
      "salesforce",
      { organisation: "Globex", birthday: { day: 31, month: 12, year: 1970 } },
    ],
    [
      "linkedin-connections.csv",
      "linkedin",
      { firstName: "Sabine", lastName: "Krüger", organisation: "Stadtwerke Nordhafen GmbH" },
    ],
  ])("recognises %s as %s", async (file, preset, expected) => {
    const preview = await previewCsv(fixture(file), 1);
    expect(preview.preset).toBe(preset);
    expect(preview.rows[0]?.record).toMatchObject(expected);
  });
});

describe("LinkedIn connections", () => {
  it("reads past the notes above the header row; rows keep the numbers Excel shows", async () => {
    const preview = await previewCsv(fixture("linkedin-connections.csv"), 10);
    expect(preview).toMatchObject({ preset: "linkedin", delimiter: ",", encoding: "utf-8" });
    expect(preview.headers).toEqual([
      "First Name",
      "Last Name",
      "URL",
      "Email Address",
      "Company",
      "Position",
      "Connected On",
    ]);
    expect(preview.mapping["Connected On"]).toBe("knownSince");
    const [sabine, deniz, tom] = preview.rows;
    // Excel shows "Notes:", the paragraph and the blank line as rows 1–3, the header as row 4.
    expect(sabine).toMatchObject({ line: 5, row: 5 });
    expect(sabine?.record).toMatchObject({
      jobTitle: "Leiterin Einkauf",
      knownSince: { day: 14, month: 3, year: 2024 },
    });
    expect(sabine?.record?.channels).toEqual([
      { kind: "social", label: "work", value: "https://www.linkedin.com/in/sabine-krueger-4a1b2c" },
    ]);
    expect(deniz?.record).toMatchObject({ lastName: "Aydın", organisation: "Aydın & Partner, Ingenieure" });
    expect(deniz?.record?.channels).toContainEqual({
      kind: "email",
      label: "other",
      value: "deniz.aydin@example.com",
    });
    expect(tom?.record).toMatchObject({ firstName: "Tom", lastName: "Becker", organisation: null });
  });
});

describe("readCsvRecords", () => {
  it("handles quotes, escaped quotes, line breaks in quotes and reports the starting line", async () => {
    const csv = 'Vorname;Nachname;Notizen\r\nEva;"Lang ""die Große""";"eins\r\nzwei"\r\nOtto;Kurz;x\r\n';
    const items = await readAll(csv);
    expect(items.map((i) => [i.line, i.row, i.record?.lastName, i.record?.notes])).toEqual([
      [2, 2, 'Lang "die Große"', "eins\nzwei"],
      [4, 3, "Kurz", "x"],
    ]);
  });

  it("reads Excel's sep= line: its delimiter, the headers after it, rows numbered as Excel shows them", async () => {
    // Commas in the names: without the hint the header line alone would not tell the delimiter.
    const csv = "\uFEFFsep=;\r\nName;E-Mail\r\nMüller, Anna;anna@sep.test\r\n;nobody@sep.test\r\n";
    const preview = await previewCsv(csv, 10);
    expect(preview).toMatchObject({ delimiter: ";", headers: ["Name", "E-Mail"] });
    const items = await readAll(csv);
    expect(items[0]).toMatchObject({ line: 3, row: 2, record: { firstName: "Anna", lastName: "Müller" } });
    expect(items.slice(1).map((item) => [item.line, item.row])).toEqual([[4, 3]]);
    for (const [line, delimiter] of [
      ["sep=,", ","],
      ['"sep=;"', ";"],
      ["SEP=\t", "\t"],
    ] as const) {
      expect((await previewCsv(`${line}\nA${delimiter}B\n`, 1)).headers).toEqual(["A", "B"]);
    }
    // A first column called "sep=x" with no known delimiter is a header like any other.
    expect((await previewCsv("sep=x;Nachname\nEva;Lang\n", 1)).headers).toEqual(["sep=x", "Nachname"]);
  });

  it("detects tab-separated UTF-16 (Excel 'Unicode text') and UTF-8 with BOM", async () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      iconv.encode("Vorname\tNachname\r\nÄnne\tÖz\r\n", "utf-16le"),
    ]);
    const preview = await previewCsv(utf16, 5);
    expect(preview).toMatchObject({
      delimiter: "\t",
      encoding: "utf-16le",
      headers: ["Vorname", "Nachname"],
    });
    expect(preview.rows[0]?.record?.firstName).toBe("Änne");
    const bom = await previewCsv(Buffer.from("\uFEFFName,E-Mail\r\nIda Hahn,ida@x.de\r\n"), 5);
    expect(bom).toMatchObject({ encoding: "utf-8-bom", headers: ["Name", "E-Mail"] });
    expect(bom.rows[0]?.record).toMatchObject({ firstName: "Ida", lastName: "Hahn" });
  });

  it("switches to Windows-1252 when invalid UTF-8 shows up after the sniffed start", async () => {
    const head = `Name;Notizen\r\n${"Anna Alt;ok\r\n".repeat(7000)}`;
    const tail = iconv.encode("Jörg Kühn;Grüße\r\n", "windows-1252");
    const items = await readAll([Buffer.from(head), tail]);
    expect(items.at(-1)?.record).toMatchObject({ firstName: "Jörg", lastName: "Kühn", notes: "Grüße" });
  });

  it("hands on the rows of the sniffed start before the next chunk arrives", async () => {
    // A slow upload: everything up to the stall has arrived, and its rows must not wait for more.
    const rows = 7000;
    let stalled = false;
    async function* stalls(): AsyncGenerator<Buffer> {
      yield Buffer.from(`Name;Notizen\r\n${"Anna Alt;ok\r\n".repeat(rows)}`);
      stalled = true;
      await new Promise(() => undefined);
    }
    const records = readCsvRecords(stalls());
    for (let read = 0; read < rows; read += 1) {
      const next = await records.next();
      expect(next.value?.record?.lastName).toBe("Alt");
    }
    expect(stalled).toBe(false);
  });

  it("rejects ambiguous slash dates unless a date order is chosen", async () => {
    const csv = "Name,Birthday\nAda Roth,05/06/1980\nBo Lind,13/06/1980\n";
    const auto = await readAll(csv);
    expect(auto[0]?.error?.en).toContain("is ambiguous");
    expect(auto[1]?.record?.birthday).toEqual({ day: 13, month: 6, year: 1980 });
    const us = await readAll(csv, { dateOrder: "mdy" });
    expect(us[0]?.record?.birthday).toEqual({ day: 6, month: 5, year: 1980 });
  });

  it("uses the user's mapping and reports an unclosed quote instead of hanging", async () => {
    const csv = 'Spalte A,Spalte B\nWeber,"offen\nund nie zu\n';
    const items = await readAll(csv, { mapping: { "Spalte A": "lastName", "Spalte B": "notes" } });
    expect(items).toHaveLength(1);
    expect(items[0]?.error?.en).toBe("row 2: the quote opened on file line 2 is never closed");
  });

  it("skips blank rows and rejects rows without name, company or contact details", async () => {
    const items = await readAll("Vorname,Notizen\n,\n,nur eine Notiz\n");
    expect(items).toHaveLength(1);
    expect(items[0]?.error?.de).toBe("Zeile 3: weder Name noch Firma noch Kontaktdaten");
  });
});
