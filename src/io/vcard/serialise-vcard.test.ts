import { Buffer } from "node:buffer";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHANNEL_KINDS, CHANNEL_LABELS, RELATION_KINDS } from "../../core/vocabulary.ts";
import { type ContactRecord, createContactRecord } from "../contact-record.ts";
import { parseVcardText } from "./read-vcard-records.ts";
import { serialiseVcard, type VcardVersion } from "./serialise-vcard.ts";

const jorg = createContactRecord({
  firstName: "Jörg",
  lastName: "Müller",
  organisation: "Müller; Söhne, KG",
  jobTitle: "Einkauf",
  channels: [
    { kind: "email", label: "work", value: "joerg@example.de" },
    { kind: "phone", label: "mobile", value: "+49 171 2345678" },
    { kind: "address", label: "home", value: "Hauptstraße 5, 80331 München" },
  ],
  birthday: { day: 29, month: 2, year: null },
  anniversary: { day: 23, month: 6, year: 2001 },
  notes: "Zeile 1\nZeile 2 mit \\ Backslash",
  knownSince: { day: 14, month: 3, year: 2019 },
  howWeMet: "Hannover Messe; Stand 4, am Kaffee",
  tags: ["Kunden", "A,B"],
  photoUrl: "https://example.com/p.jpg",
  related: [{ name: "Sabine", kind: "partner" }],
  uid: "abc-1",
});

describe("serialiseVcard", () => {
  it("writes CRLF lines of at most 75 octets, escaping special characters", () => {
    const text = serialiseVcard({ ...jorg, notes: "ä".repeat(100) }, "4.0");
    expect(text.endsWith("END:VCARD\r\n")).toBe(true);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(text).not.toContain("\uFFFD");
    expect(serialiseVcard(jorg, "4.0")).toContain("ORG:Müller\\; Söhne\\, KG\r\n");
  });

  it("writes a no-year birthday the way each version expects", () => {
    expect(serialiseVcard(jorg, "4.0")).toContain("BDAY:--0229\r\n");
    expect(serialiseVcard(jorg, "4.0")).toContain("X-KUNDENFREUND-KNOWN-SINCE:20190314\r\n");
    expect(serialiseVcard(jorg, "3.0")).toContain(
      "X-KUNDENFREUND-HOW-WE-MET:Hannover Messe\\; Stand 4\\, am Kaffee\r\n",
    );
    expect(serialiseVcard(jorg, "3.0")).toContain("BDAY;X-APPLE-OMIT-YEAR=1604:1604-02-29\r\n");
  });

  it.each(["3.0", "4.0"] as VcardVersion[])("reads back the example unchanged (%s)", async (version) => {
    const items = await parseVcardText(serialiseVcard(jorg, version));
    expect(items).toEqual([{ line: 1, record: jorg, warnings: [] }]);
  });
});

// Values as people type them: trimmed, no control characters except inner line breaks in notes.
const text = fc
  .string({
    unit: fc.constantFrom("a", "ß", "ö", "😀", " ", ",", ";", "\\", ":", "=", '"', "x", "1"),
    maxLength: 30,
  })
  .map((s) => s.trim());
const nonEmpty = text.filter((s) => s !== "");
const yearlyDate = fc.record({
  day: fc.integer({ min: 1, max: 28 }),
  month: fc.integer({ min: 1, max: 12 }),
  year: fc.option(fc.integer({ min: 1900, max: 2030 }), { nil: null }),
});
const record: fc.Arbitrary<ContactRecord> = fc.record({
  firstName: nonEmpty,
  lastName: text,
  organisation: fc.option(nonEmpty, { nil: null }),
  jobTitle: fc.option(nonEmpty, { nil: null }),
  channels: fc.array(
    fc.record({
      kind: fc.constantFrom(...CHANNEL_KINDS),
      label: fc.constantFrom(...CHANNEL_LABELS),
      value: nonEmpty,
    }),
    { maxLength: 4 },
  ),
  birthday: fc.option(yearlyDate, { nil: null }),
  anniversary: fc.option(yearlyDate, { nil: null }),
  notes: fc.option(
    fc.array(nonEmpty, { minLength: 1, maxLength: 3 }).map((lines) => lines.join("\n")),
    {
      nil: null,
    },
  ),
  knownSince: fc.option(
    yearlyDate.map((d) => ({ ...d, year: d.year ?? 2001 })),
    { nil: null },
  ),
  howWeMet: fc.option(
    fc.array(nonEmpty, { minLength: 1, maxLength: 2 }).map((lines) => lines.join("\n")),
    { nil: null },
  ),
  tags: fc.uniqueArray(
    nonEmpty.filter((t) => !t.startsWith("*")),
    {
      maxLength: 3,
      selector: (t) => t.toLowerCase(),
    },
  ),
  photoUrl: fc.option(fc.constantFrom("https://example.com/a.jpg", "http://x.de/p?q=1"), { nil: null }),
  related: fc.array(fc.record({ name: nonEmpty, kind: fc.constantFrom(...RELATION_KINDS) }), {
    maxLength: 3,
  }),
  uid: fc.option(nonEmpty, { nil: null }),
});

describe("vCard round trip", () => {
  it.each(["3.0", "4.0"] as VcardVersion[])(
    "parse(serialise(record)) equals record (%s)",
    async (version) => {
      await fc.assert(
        fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 3 }), async (records) => {
          const items = await parseVcardText(records.map((r) => serialiseVcard(r, version)).join(""));
          expect(items.map((i) => i.record)).toEqual(records);
        }),
        { numRuns: 150 },
      );
    },
  );
});
