import { describe, expect, it } from "vitest";
import { CONTACT_CSV_COLUMNS } from "./contact-csv-columns.ts";
import { detectPreset } from "./csv-presets.ts";
import { isFieldTarget } from "./field-targets.ts";

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
