import { Buffer } from "node:buffer";
import { createReadStream, readFileSync } from "node:fs";
import { Readable } from "node:stream";
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import type { ContactRecord, ImportItem } from "../contact-record.ts";
import { MAX_VCARD_LINE_BYTES, parseVcardText, readVcardRecords } from "./read-vcard-records.ts";

const fixture = (path: string): string => new URL(`../fixtures/${path}`, import.meta.url).pathname;

async function readAll(source: Parameters<typeof readVcardRecords>[0]): Promise<ImportItem[]> {
  const items: ImportItem[] = [];
  for await (const item of readVcardRecords(source)) items.push(item);
  return items;
}

function only(items: ImportItem[]): ContactRecord {
  expect(items).toHaveLength(1);
  const [item] = items;
  if (!item?.record) throw new Error(`expected a record, got ${JSON.stringify(item)}`);
  return item.record;
}

describe("readVcardRecords on the ical.js fixtures", () => {
  it("reads vCard 4.0 with no-year birthday, basic-format anniversary and tel: URIs", async () => {
    const items = await readAll(createReadStream(fixture("vcard/vcard.vcf")));
    const record = only(items);
    expect(record).toMatchObject({
      firstName: "John",
      lastName: "Stevenson",
      organisation: "ABC, Inc.",
      jobTitle: "Research Scientist",
      birthday: { day: 3, month: 2, year: null },
      anniversary: { day: 15, month: 4, year: 1996 },
      notes: "This fax number is operational 0800 to 1715 EST, Mon-Fri",
      photoUrl: "http://www.example.com/pub/photos/jqpublic.gif",
    });
    expect(record.channels).toContainEqual({ kind: "phone", label: "home", value: "+33-01-23-45-67" });
    expect(record.channels).toContainEqual({
      kind: "email",
      label: "work",
      value: "jqpublic@xyz.example.com",
    });
    // RELATED by urn:uuid names nobody: skipped with a warning, not an error.
    expect(items[0]?.warnings.map((w) => w.line)).toEqual([25]);
  });

  it("reads vCard 3.0: first N wins, folded values, inline photo ignored, categories merged", async () => {
    const record = only(await parseVcardText(readFileSync(fixture("vcard/vcard3.vcf"), "utf8")));
    expect(record.firstName).toBe("John");
    expect(record.lastName).toBe("Public");
    expect(record.photoUrl).toBe("http://www.abc.com/pub/photos/jqpublic.gif");
    // The inline photo beside the link costs nothing: the link is kept, so nothing is reported.
    expect(record.embeddedPhoto).toBeUndefined();
    expect(record.channels).toContainEqual({
      kind: "address",
      label: "home",
      value: "123 Main Street, 91921-1234 Any Town, CA",
    });
    expect(record.birthday).toEqual({ day: 15, month: 4, year: 1996 });
    expect(record.tags).toEqual(["TRAVEL AGENT", "INTERNET", "IETF", "INDUSTRY", "INFORMATION TECHNOLOGY"]);
    expect(record.notes).toBe("This fax number is operational 0800 to 1715 EST, Mon-Fri.");
    expect(record.jobTitle).toBe("Director, Research and Development");
  });

  it("keeps escaped semicolons inside a value and reads X-ABDATE anniversaries", async () => {
    const record = only(await parseVcardText(readFileSync(fixture("vcard/escape_semicolon.vcf"), "utf8")));
    expect(record.channels).toContainEqual({ kind: "phone", label: "work", value: "205246;;,;" });
    expect(record.channels).toContainEqual({
      kind: "address",
      label: "work",
      value: "Street W, Street 2 W, PO W, zip Work City Work, AL work, Germany work",
    });
    expect(record.anniversary).toEqual({ day: 20, month: 2, year: 2019 });
    expect(record.birthday).toEqual({ day: 10, month: 2, year: 2019 });
    expect(record.uid).toBe("ad612c16-fe12-4ec5-abf6-49998ee5ab88");
    // N is missing: the name comes from FN.
    expect([record.firstName, record.lastName]).toEqual(["First Last", "NextCloud"]);
  });

  it("reads grouped properties and the author example", async () => {
    const grouped = only(await parseVcardText(readFileSync(fixture("vcard/vcard_grouped.vcf"), "utf8")));
    expect(grouped.channels.map((c) => c.label)).toEqual(["work", "home"]);
    const author = only(await parseVcardText(readFileSync(fixture("vcard/vcard_author.vcf"), "utf8")));
    expect(author.channels).toContainEqual({ kind: "phone", label: "mobile", value: "+1-418-262-6501" });
    expect(author.anniversary).toEqual({ day: 8, month: 8, year: 2009 });
    expect(author.channels).toContainEqual({ kind: "website", label: "home", value: "http://nomis80.org" });
  });
});

describe("readVcardRecords on exporters' styles", () => {
  it("reads Apple Contacts: omit-year, X-ABLabel groups, related names, company cards", async () => {
    const items = await readAll(
      createReadStream(fixture("vcard-styles/apple-contacts.vcf"), { highWaterMark: 5 }),
    );
    expect(items).toHaveLength(2);
    const [person, company] = items.map((i) => i.record);
    expect(person).toMatchObject({
      firstName: "Jörg",
      lastName: "Müller",
      organisation: "Bäckerei Müller GmbH",
      birthday: { day: 12, month: 4, year: null },
      anniversary: { day: 23, month: 6, year: 2001 },
      related: [
        { name: "Sabine Müller", kind: "partner" },
        { name: "Mia", kind: "child" },
      ],
      notes: "Mag Schafkopf und den FC Bayern.\nTrinkt keinen Kaffee, nur Tee.",
      tags: ["Kunden", "Bayern"],
      photoUrl: null,
    });
    expect(person?.channels).toEqual([
      { kind: "email", label: "work", value: "joerg@baeckerei-mueller.de" },
      { kind: "phone", label: "mobile", value: "+49 171 2345678" },
      { kind: "phone", label: "home", value: "+49 89 123456" },
      { kind: "address", label: "work", value: "Hauptstraße 5, 80331 München, Deutschland" },
      { kind: "website", label: "other", value: "https://baeckerei-mueller.de" },
      { kind: "social", label: "other", value: "https://www.linkedin.com/in/joergmueller" },
    ]);
    expect(items[1]?.line).toBe(32);
    expect(company).toMatchObject({ firstName: "", lastName: "", organisation: "Stadtwerke Nord" });
  });

  it("reads Google Contacts: --MM-DD birthdays and drops the myContacts group", async () => {
    const record = only(await readAll(createReadStream(fixture("vcard-styles/google-contacts.vcf"))));
    expect(record.birthday).toEqual({ day: 3, month: 11, year: null });
    expect(record.tags).toEqual(["Kunden"]);
    expect(record.related).toEqual([{ name: "Tom", kind: "partner" }]);
  });

  it("reads Outlook 2.1 quoted-printable Windows-1252 umlauts with a soft line break", async () => {
    const record = only(
      await readAll(createReadStream(fixture("vcard-styles/outlook-2.1-windows-1252.vcf"))),
    );
    expect(record).toMatchObject({
      firstName: "Jürgen",
      lastName: "Grüßner",
      organisation: "Müller & Söhne KG",
      notes: "Mag Fußball.\nHat im März Geburtstag – Geschenk: Wein (kein Sekt).",
      birthday: { day: 8, month: 3, year: 1972 },
      related: [{ name: "Bärbel", kind: "partner" }],
    });
    expect(record.channels).toContainEqual({ kind: "phone", label: "mobile", value: "+49 170 5550101" });
    expect(record.channels).toContainEqual({
      kind: "address",
      label: "work",
      value: "Königstraße 1, 70173 Stuttgart, Deutschland",
    });
  });

  it("reads Android 2.1 UTF-8 quoted-printable soft breaks and skips the base64 photo", async () => {
    const items = await readAll(
      createReadStream(fixture("vcard-styles/android-2.1-utf8.vcf"), { highWaterMark: 3 }),
    );
    expect(items.map((i) => i.error)).toEqual([undefined, undefined]);
    expect(items[0]?.record).toMatchObject({
      firstName: "Ayşe",
      lastName: "Özdemir",
      organisation: "Grünwerk Bürobedarf",
      notes:
        "Spricht gern über ihre Reise nach Istanbul. Tochter Elif studiert Medizin in Köln. Lieblingsessen: Käsespätzle.",
    });
    expect(items[1]?.record?.lastName).toBe("Weber");
    // The photo is data in the file, which is not kept: marked for the import's report.
    expect(items.map((i) => i.record?.embeddedPhoto)).toEqual([true, undefined]);
    expect(items[0]?.record?.photoUrl).toBeNull();
  });

  it("marks a photo whose line is longer than a line may be, without a warning of its own", async () => {
    const photo = "A".repeat(MAX_VCARD_LINE_BYTES + 10);
    const items = await parseVcardText(
      `BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lang;Lena;;;\r\nPHOTO;ENCODING=b;TYPE=JPEG:${photo}\r\nEND:VCARD\r\n`,
    );
    expect(only(items).embeddedPhoto).toBe(true);
    expect(items[0]?.warnings).toEqual([]);
  });

  it("reports each broken card with its line and keeps the good ones", async () => {
    const items = await readAll(createReadStream(fixture("vcard-styles/broken.vcf")));
    expect(items.map((i) => [i.line, i.error ? "error" : i.record.firstName])).toEqual([
      [1, "error"],
      [2, "Erste"],
      [7, "error"],
      [11, "error"],
      [17, "Zweite"],
      [22, "error"],
    ]);
    expect(items[2]?.error?.de).toContain("END:VCARD fehlt");
    expect(items[4]?.warnings[0]?.message.en).toBe("line 20: BDAY '19801331' is not a date and was skipped");
  });
});

describe("readVcardRecords edge cases", () => {
  const card = (...lines: string[]): string =>
    ["BEGIN:VCARD", "VERSION:3.0", ...lines, "END:VCARD", ""].join("\r\n");

  it("treats a 10 MB line as one skipped property without storing it", async () => {
    const huge = `NOTE:${"x".repeat(10 * 1024 * 1024)}`;
    const text = card("FN:Eva Lang", huge, "EMAIL:eva@example.com");
    const items = await readAll(Readable.from([Buffer.from(text)]));
    const record = only(items);
    expect(record.notes).toBeNull();
    expect(record.channels).toEqual([{ kind: "email", label: "other", value: "eva@example.com" }]);
    expect(items[0]?.warnings[0]?.message.en).toBe("line 4 is too long and was skipped");
    expect(MAX_VCARD_LINE_BYTES).toBeLessThan(10 * 1024 * 1024);
  });

  it("reads a file of binary junk as one error, without hanging", async () => {
    const junk = Buffer.alloc(200_000);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) % 256;
    const items = await readAll(junk);
    expect(items.every((i) => i.error !== undefined)).toBe(true);
    expect(items.length).toBeGreaterThan(0);
  });

  it("reads both --0412 and --04-12, and rejects 31 February", async () => {
    const items = await parseVcardText(
      card("FN:A B", "BDAY:--0412", "ANNIVERSARY:--04-12") + card("FN:C D", "BDAY:1980-02-31"),
    );
    expect(items[0]?.record?.birthday).toEqual({ day: 12, month: 4, year: null });
    expect(items[0]?.record?.anniversary).toEqual({ day: 12, month: 4, year: null });
    expect(items[1]?.record?.birthday).toBeNull();
    expect(items[1]?.warnings).toHaveLength(1);
  });

  it("reads LF-only files, tab folding and undeclared Windows-1252 bytes", async () => {
    const text = "BEGIN:VCARD\nVERSION:3.0\nFN:Ute \n\tKr\u00e4mer\nNOTE:Gr\u00fc\u00dfe\nEND:VCARD\n";
    const record = only(await readAll([iconv.encode(text, "windows-1252")]));
    expect(record.firstName).toBe("Ute");
    expect(record.lastName).toBe("Krämer");
    expect(record.notes).toBe("Grüße");
  });

  it("keeps a UTF-8 character that a fold splits in the middle", async () => {
    const ue = Buffer.from("\u00fc", "utf8");
    const split = Buffer.concat([
      Buffer.from("BEGIN:VCARD\r\nFN:J\u00f6rg M\r\nNOTE:S"),
      ue.subarray(0, 1),
      Buffer.from("\r\n "),
      ue.subarray(1),
      Buffer.from("d\r\nEND:VCARD\r\n"),
    ]);
    const record = only(await readAll([split]));
    expect(record.notes).toBe("Süd");
  });

  it("yields each record before reading the rest of the stream", async () => {
    let pulled = 0;
    async function* slow(): AsyncGenerator<string> {
      for (let i = 0; i < 1000; i++) {
        pulled += 1;
        yield card(`FN:Person ${i}`);
      }
    }
    const iterator = readVcardRecords(slow());
    const first = await iterator.next();
    expect(first.value?.record?.firstName).toBe("Person");
    expect(pulled).toBeLessThan(3);
    await iterator.return(undefined);
  });

  it("reads every exporter's file, broken ones included, the same however its bytes are cut", async () => {
    const files = [
      "vcard-styles/apple-contacts.vcf",
      "vcard-styles/broken.vcf",
      "vcard-styles/android-2.1-utf8.vcf",
      "vcard-styles/google-contacts.vcf",
      "vcard-styles/outlook-2.1-windows-1252.vcf",
      "vcard/vcard3.vcf",
      "vcard/escape_semicolon.vcf",
    ].map((path) => readFileSync(fixture(path)));
    const whole = await Promise.all(files.map((bytes) => readAll([bytes])));
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: files.length - 1 }),
        fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1, maxLength: 20 }),
        async (which, sizes) => {
          const bytes = files[which]!;
          const chunks: Buffer[] = [];
          for (let at = 0, k = 0; at < bytes.length; k += 1) {
            const size = sizes[k % sizes.length]!;
            chunks.push(bytes.subarray(at, at + size));
            at += size;
          }
          expect(await readAll(chunks)).toEqual(whole[which]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
