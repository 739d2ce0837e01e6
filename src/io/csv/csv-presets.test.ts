import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { relationKindFromWords } from "../labels.ts";
import { CONTACT_CSV_COLUMNS } from "./contact-csv-columns.ts";
import { detectPreset } from "./csv-presets.ts";
import { isFieldTarget } from "./field-targets.ts";
import { csvRowMapper } from "./map-csv-row.ts";

/** Words every object inherits; a file may use any of them as a header or a label. */
const INHERITED = [...Object.getOwnPropertyNames(Object.prototype), "__proto__"];

describe("detectPreset", () => {
  it("falls back to the generic German/English dictionary", () => {
    expect(detectPreset(["Vorname", "Nachname", "E-Mail", "Handy", "PLZ", "Ort", "Lieblingsessen"])).toEqual({
      preset: "generic",
      dateOrder: "auto",
      mapping: {
        Vorname: "firstName",
        Nachname: "lastName",
        "E-Mail": "email.other",
        Handy: "phone.mobile",
        PLZ: "postcode.other",
        Ort: "city.other",
      },
    });
  });

  it("reads a label word before or after a channel or address word in a hand-made file", () => {
    const headers = [
      "Vorname",
      "E-Mail geschäftlich",
      "Privat Telefon",
      "Work Email",
      "Phone (home)",
      "Straße privat",
    ];
    expect(detectPreset(headers)).toMatchObject({
      preset: "generic",
      mapping: {
        Vorname: "firstName",
        "E-Mail geschäftlich": "email.work",
        "Privat Telefon": "phone.home",
        "Work Email": "email.work",
        "Phone (home)": "phone.home",
        "Straße privat": "street.home",
      },
    });
    for (const target of Object.values(detectPreset(headers).mapping))
      expect(isFieldTarget(target)).toBe(true);
    // A label word alone, or with a word that is no channel, maps nothing.
    expect(detectPreset(["Privat", "Lieblingsessen privat"]).mapping).toEqual({});
  });

  it("reads the headers of a hand-made German list", () => {
    const headers = [
      "Rufname",
      "Zuname",
      "Firmenname",
      "Berufsbezeichnung",
      "Mobilnummer",
      "Bundesland",
      "Xing",
    ];
    expect(detectPreset(headers).mapping).toEqual({
      Rufname: "firstName",
      Zuname: "lastName",
      Firmenname: "organisation",
      Berufsbezeichnung: "jobTitle",
      Mobilnummer: "phone.mobile",
      Bundesland: "region.other",
      Xing: "social.other",
    });
  });

  it("reads numbered columns as further values: more emails and phones, a second address", () => {
    const headers = [
      "E-Mail",
      "E-Mail 2",
      "Mail2",
      "Telefon 2 privat",
      "Straße",
      "Straße 2",
      "PLZ 2",
      "Ort 2",
    ];
    const { mapping } = detectPreset(headers);
    expect(mapping).toEqual({
      "E-Mail": "email.other",
      "E-Mail 2": "email.other",
      Mail2: "email.other",
      "Telefon 2 privat": "phone.home",
      Straße: "street.other",
      "Straße 2": "street.2",
      "PLZ 2": "postcode.2",
      "Ort 2": "city.2",
    });
    const read = csvRowMapper(headers, mapping, "auto");
    const cells = [
      "a@x.test",
      "b@x.test",
      "c@x.test",
      "030 1234",
      "Hauptstr. 1",
      "Nebenweg 2",
      "10115",
      "Berlin",
    ];
    const item = read(cells, { line: 2, row: 1 });
    expect(item.record?.channels.map((c) => `${c.kind}:${c.label}:${c.value}`)).toEqual([
      "email:other:a@x.test",
      "email:other:b@x.test",
      "email:other:c@x.test",
      "phone:home:030 1234",
      expect.stringMatching(/^address:other:Hauptstr\. 1$/),
      expect.stringMatching(/^address:other:Nebenweg 2.*10115 Berlin/),
    ]);
    // A numbered name, or a number that is part of the word, is no further value of anything.
    expect(detectPreset(["Name 2", "Geburtstag 2", "Vorname2", "Adresse 2"]).mapping).toEqual({
      "Adresse 2": "address.other",
    });
  });

  it("pairs Google's ' ::: '-joined values with the labels joined the same way in the type column", () => {
    const headers = [
      "Given Name",
      "Family Name",
      "Group Membership",
      "E-mail 1 - Type",
      "E-mail 1 - Value",
      "Phone 1 - Type",
      "Phone 1 - Value",
      "Address 1 - Type",
      "Address 1 - Formatted",
    ];
    const { preset, mapping } = detectPreset(headers);
    expect(preset).toBe("google");
    const read = csvRowMapper(headers, mapping, "auto");
    const cells = [
      "Anna",
      "Becker",
      "* myContacts",
      "* Work ::: Home",
      "anna.becker@acme.de ::: anna@example.org",
      "Mobile ::: Work ::: Home",
      "+49 171 5550001 ::: +49 89 1234-0",
      "Home ::: Work",
      "Lindenweg 3\n80331 München ::: Kaistraße 7\n20457 Hamburg",
    ];
    const item = read(cells, { line: 2, row: 1 });
    expect(item.record?.channels.map((c) => `${c.kind}:${c.label}:${c.value}`)).toEqual([
      "email:work:anna.becker@acme.de",
      "email:home:anna@example.org",
      "phone:mobile:+49 171 5550001",
      "phone:work:+49 89 1234-0",
      "address:home:Lindenweg 3, 80331 München",
      "address:work:Kaistraße 7, 20457 Hamburg",
    ]);
    // One label for several values labels them all, as before.
    const single = read(["Anna", "Becker", "", "Work", "a@acme.de ::: b@acme.de", "", "", "", ""], {
      line: 3,
      row: 2,
    });
    expect(single.record?.channels.map((c) => c.label)).toEqual(["work", "work"]);
  });

  it("needs a signature header: First/Last Name/Email alone is not HubSpot", () => {
    expect(detectPreset(["First Name", "Last Name", "Email"]).preset).toBe("generic");
    expect(detectPreset(["First Name", "Last Name", "Email", "Record ID"]).preset).toBe("hubspot");
  });

  it("prefers our own export over German Outlook, whose headers it shares", () => {
    expect(detectPreset(CONTACT_CSV_COLUMNS.map((c) => c.header.de)).preset).toBe("kundenfreund");
  });

  it("only proposes valid targets", () => {
    const headers = ["E-mail 12 - Value", "Address 2 - Postal Code", "Relation 1 - Label", "Event 3 - Value"];
    const { mapping } = detectPreset(headers);
    expect(Object.values(mapping)).toEqual(["email.12", "postcode.2", "related.1.label", "event.3"]);
    for (const target of Object.values(mapping)) expect(isFieldTarget(target)).toBe(true);
    expect(isFieldTarget("email.private")).toBe(false);
    expect(isFieldTarget("__proto__")).toBe(false);
  });
});

describe("header words that objects inherit", () => {
  it("a column called constructor or toString is a column like any other, never a crash (property)", () => {
    const word = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(...INHERITED),
      fc.constantFrom(...INHERITED.map((w) => `E-Mail ${w}`)),
      fc.constantFrom("Vorname", "Nachname", "E-Mail privat", "Geburtstag"),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (headers) => {
        const { mapping } = detectPreset(headers);
        for (const [header, target] of Object.entries(mapping)) {
          expect(headers).toContain(header);
          expect(isFieldTarget(target)).toBe(true);
        }
        const item = csvRowMapper(
          headers,
          mapping,
          "auto",
        )(
          headers.map(() => "x"),
          { line: 2, row: 1 },
        );
        expect(item.line).toBe(2);
      }),
      { numRuns: 500 },
    );
    expect(detectPreset(["constructor", "toString", "Vorname"]).mapping).toEqual({ Vorname: "firstName" });
  });

  it("a relation labelled with such a word is just another relation", () => {
    for (const word of INHERITED) expect(relationKindFromWords([word])).toBe("other");
    expect(relationKindFromWords(["Constructor", "Partner"])).toBe("partner");
  });
});
