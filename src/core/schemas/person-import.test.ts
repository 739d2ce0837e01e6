import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { personCreateInput, personImportInput } from "./person.ts";

// Values near every rule's edge: blanks, lengths around the limits, wrong types, bad dates and URLs.
const text = fc.oneof(
  fc.constantFrom("", " ", "Anna", " Müller ", "x".repeat(200), "x".repeat(201), "x".repeat(5000)),
  fc.string({ maxLength: 12 }),
);
const nullableText = fc.oneof(fc.constant(null), text);
const channel = fc.record({
  kind: fc.constantFrom("email", "phone", "address", "fax"),
  label: fc.constantFrom("work", "home", "mobile", "other", "office"),
  value: text,
});
const birthday = fc.oneof(
  fc.constant(null),
  fc.record({
    day: fc.integer({ min: 0, max: 32 }),
    month: fc.integer({ min: 0, max: 13 }),
    year: fc.oneof(fc.constant(null), fc.integer({ min: 1800, max: 2100 })),
  }),
);
const importedFields = fc.record(
  {
    firstName: text,
    lastName: text,
    jobTitle: nullableText,
    channels: fc.array(channel, { maxLength: 3 }),
    birthday,
    notes: nullableText,
    knownSince: fc.constantFrom(null, "2019-03-14", "2019-02-30", "14.03.2019"),
    howWeMet: nullableText,
    tags: fc.array(text, { maxLength: 3 }),
    photoUrl: fc.oneof(fc.constant(null), fc.constantFrom("https://example.test/a.jpg", "not a url", "")),
  },
  { requiredKeys: [] },
);

describe("personImportInput", () => {
  it("accepts and refuses exactly what the form's schema does, with the same values", () => {
    fc.assert(
      fc.property(importedFields, (input) => {
        const imported = personImportInput.safeParse(input);
        const created = personCreateInput.safeParse(input);
        expect(imported.success).toBe(created.success);
        if (imported.success && created.success) {
          // The import's fields, with the values the form's schema gives them.
          const fields = Object.keys(imported.data) as Array<keyof typeof imported.data>;
          expect(fields.sort()).toEqual([
            "birthday",
            "channels",
            "firstName",
            "howWeMet",
            "jobTitle",
            "knownSince",
            "lastName",
            "notes",
            "photoUrl",
            "tags",
          ]);
          expect(imported.data).toEqual(Object.fromEntries(fields.map((f) => [f, created.data[f]])));
        } else if (!imported.success && !created.success) {
          expect(imported.error.issues.map((i) => i.path.join("."))).toEqual(
            created.error.issues.map((i) => i.path.join(".")),
          );
        }
      }),
      { numRuns: 1000 },
    );
  });
});
