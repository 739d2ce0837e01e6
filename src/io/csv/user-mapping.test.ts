import { describe, expect, it } from "vitest";
import { applyUserMapping, isUserColumnChoice, type UserMapping } from "./user-mapping.ts";

describe("applyUserMapping", () => {
  const headers = ["Vorname", "Nachname", "Mail 2", "Intern", "Notizen"];
  const detected = { Vorname: "firstName", Nachname: "lastName", Notizen: "notes" } as const;

  it("puts the user's targets over the detected ones, leaves ignored columns out and keeps the rest", () => {
    expect(
      applyUserMapping(headers, detected, {
        "Mail 2": "email.home",
        Notizen: "ignore",
        " Nachname ": "fullName",
      }),
    ).toEqual({
      mapping: { Vorname: "firstName", Nachname: "fullName", "Mail 2": "email.home" },
      unknownColumns: [],
    });
  });

  it("returns the detected mapping unchanged without choices, and names columns the file lacks", () => {
    expect(applyUserMapping(headers, detected, {})).toEqual({ mapping: detected, unknownColumns: [] });
    expect(applyUserMapping(headers, detected, { Telefon: "phone.work" }).unknownColumns).toEqual([
      "Telefon",
    ]);
  });

  it("treats a header called constructor as a column, not as what every object inherits", () => {
    const choices = Object.fromEntries([["constructor", "notes"]]) as UserMapping;
    const { mapping } = applyUserMapping(["constructor", "toString"], {}, choices);
    expect(Object.entries(mapping)).toEqual([["constructor", "notes"]]);
  });

  it("accepts targets and ignore, nothing else", () => {
    for (const choice of ["ignore", "firstName", "email.work", "street.home", "phone.2", "related.partner"]) {
      expect(isUserColumnChoice(choice)).toBe(true);
    }
    for (const choice of ["", "Ignore", "email.private", "__proto__", "password"]) {
      expect(isUserColumnChoice(choice)).toBe(false);
    }
  });
});
