import { describe, expect, it } from "vitest";
import { createContactRecord } from "../contact-record.ts";
import { exportContactsCsv } from "./export-contacts-csv.ts";
import { readCsvRecords } from "./read-csv-records.ts";
import { escapeCsvCell } from "./write-csv.ts";

const anna = createContactRecord({
  firstName: "Anna",
  lastName: "Groß",
  organisation: '=HYPERLINK("http://evil")',
  // In column order: a CSV keeps channels grouped by kind and label.
  channels: [
    { kind: "email", label: "work", value: "anna@example.de" },
    { kind: "email", label: "work", value: "a.gross@example.de" },
    { kind: "phone", label: "mobile", value: "+49 171 1234567" },
  ],
  birthday: { day: 31, month: 12, year: null },
  anniversary: { day: 1, month: 6, year: 2010 },
  notes: 'Sagt "Moin"; mag Tee\nund Kuchen',
  knownSince: { day: 14, month: 3, year: 2019 },
  howWeMet: "Hannover Messe, am Stand",
  tags: ["Kunden", "Nord"],
  related: [
    { name: "Tom", kind: "partner" },
    { name: "Mia", kind: "child" },
  ],
  uid: "p-1",
});

async function collect(lines: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const line of lines) text += line;
  return text;
}

describe("exportContactsCsv", () => {
  it("writes a German Excel file: BOM, semicolons, CRLF, guarded formulas", async () => {
    const text = await collect(exportContactsCsv([anna], "de"));
    expect(text.startsWith("\uFEFFVorname;Nachname;Firma;")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(text).toContain(`"'+49 171 1234567"`);
    expect(text).toContain(";31.12.;01.06.2010;");
    expect(text).toContain(";14.03.2019;Hannover Messe, am Stand;");
  });

  it("writes an English Excel file with commas when asked, quoting cells that hold one", async () => {
    const text = await collect(exportContactsCsv([anna], "en", { delimiter: "," }));
    expect(text.startsWith("\uFEFFFirst name,Last name,Company,")).toBe(true);
    expect(text).toContain(',"Kunden, Nord",');
    // A day without a year starts with "-", which Excel would compute: guarded like a formula.
    expect(text).toContain(`,"'--12-31",2010-06-01,`);
  });

  it.each([
    ["de", ";"],
    ["en", ";"],
    ["de", ","],
    ["en", ","],
  ] as const)("reads its own export back unchanged (%s, %s)", async (locale, delimiter) => {
    const bo = createContactRecord({ firstName: "Bo" });
    const text = await collect(exportContactsCsv([anna, bo], locale, { delimiter }));
    const items = [];
    for await (const item of readCsvRecords(Buffer.from(text))) items.push(item);
    expect(items.map((i) => i.record)).toEqual([anna, bo]);
  });
});

describe("escapeCsvCell", () => {
  it.each([
    ["plain", "plain"],
    ["a;b", '"a;b"'],
    ['say "hi"', '"say ""hi"""'],
    ["-5", `"'-5"`],
    ["@sum", `"'@sum"`],
    [" padded ", '" padded "'],
  ])("writes %s as %s", (value, expected) => {
    expect(escapeCsvCell(value, ";")).toBe(expected);
  });
});
