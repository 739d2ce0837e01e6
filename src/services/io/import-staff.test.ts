import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldedNamesMatch, foldPersonName } from "../../core/duplicates/index.ts";
import { CompanyStaff } from "./import-staff.ts";

// Small alphabets make typos, swaps, initials and equal names frequent, which is what the buckets
// must not miss.
const part = fc.oneof(
  fc.constantFrom(
    "",
    "A",
    "Anna",
    "Anne",
    "Meier",
    "Maier",
    "Mayer",
    "Meyer",
    "Ott",
    "Orr",
    "Müller",
    "Mueller",
  ),
  fc.string({ unit: fc.constantFrom("a", "b", "e", "ä", "-"), maxLength: 7 }),
);
const name = fc.record({ firstName: part, lastName: part });

describe("CompanyStaff", () => {
  it("finds exactly the colleague a scan in registration order finds", () => {
    fc.assert(
      fc.property(fc.array(name, { maxLength: 40 }), name, (staffNames, query) => {
        const staff = new CompanyStaff<number>();
        staffNames.forEach((n, i) => {
          staff.add(foldPersonName(n), i, i + 1);
        });
        const folded = foldPersonName(query);
        const scanned = staffNames.findIndex((n) => foldedNamesMatch(foldPersonName(n), folded));
        expect(staff.find(folded)).toBe(scanned === -1 ? undefined : scanned);
      }),
      { numRuns: 2000 },
    );
  });

  it("finds a one-letter typo at either end of the last name", () => {
    const staff = new CompanyStaff<string>();
    staff.add(foldPersonName({ firstName: "Anna", lastName: "Schmidt" }), "anna", 1);
    expect(staff.find(foldPersonName({ firstName: "Anna", lastName: "Cchmidt" }))).toBe("anna");
    expect(staff.find(foldPersonName({ firstName: "Anna", lastName: "Schmidtt" }))).toBe("anna");
    expect(staff.find(foldPersonName({ firstName: "Schmidt", lastName: "Anna" }))).toBe("anna");
    expect(staff.find(foldPersonName({ firstName: "Anna", lastName: "Schmitz" }))).toBeUndefined();
  });
});
