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

  it("passes over colleagues the caller refuses and takes the earliest one it accepts", () => {
    const staff = new CompanyStaff<string>();
    staff.add(foldPersonName({ firstName: "Michael", lastName: "Schmidt" }), "michael", 1);
    staff.add(foldPersonName({ firstName: "Michaela", lastName: "Schmidt" }), "michaela", 2);
    staff.add(foldPersonName({ firstName: "Michal", lastName: "Schmid" }), "michal", 3);
    const row = foldPersonName({ firstName: "Micheal", lastName: "Schmidt" });
    expect(staff.find(row)).toBe("michael");
    expect(staff.find(row, (value) => value !== "michael")).toBe("michal");
    expect(staff.find(row, () => false)).toBeUndefined();
  });

  it("finds two neighbouring letters swapped as one typo, in every bucket", () => {
    const staff = new CompanyStaff<string>();
    staff.add(foldPersonName({ firstName: "Anna", lastName: "Schmidt" }), "anna", 1);
    expect(staff.find(foldPersonName({ firstName: "Anna", lastName: "Shcmidt" }))).toBe("anna");
    expect(staff.find(foldPersonName({ firstName: "Anna", lastName: "Schmitd" }))).toBe("anna");
    expect(staff.find(foldPersonName({ firstName: "Anan", lastName: "Schmidt" }))).toBe("anna");
  });
});
