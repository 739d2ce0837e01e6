import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldName, namesMatch } from "./names-match.ts";

const n = (firstName: string, lastName: string) => ({ firstName, lastName });

describe("namesMatch", () => {
  it("ignores case, accents, umlauts and punctuation", () => {
    expect(foldName("Müller-Lüdenscheidt")).toBe("mullerludenscheidt");
    expect(namesMatch(n("Jürgen", "Müller"), n("JURGEN", "muller"))).toBe(true);
    expect(namesMatch(n("Hans-Peter", "Groß"), n("Hans Peter", "Gross"))).toBe(true);
  });

  it("forgives one typo in the last name and in a first name of four or more letters", () => {
    expect(namesMatch(n("Anna", "Meier"), n("Anna", "Maier"))).toBe(true);
    expect(namesMatch(n("Jürgen", "Müller"), n("Jürgen", "Mueller"))).toBe(true);
    expect(namesMatch(n("Maike", "Schulz"), n("Meike", "Schulz"))).toBe(true);
    expect(namesMatch(n("Anna", "Meier"), n("Anna", "Mayer"))).toBe(false);
  });

  it("accepts an initial for the first name, but not a different name with the same initial", () => {
    expect(namesMatch(n("A.", "Becker"), n("Anna", "Becker"))).toBe(true);
    expect(namesMatch(n("Anna", "Becker"), n("Andrea", "Becker"))).toBe(false);
    expect(namesMatch(n("Jan", "Becker"), n("Mia", "Becker"))).toBe(false);
  });

  it("keeps short names strict: one letter apart is another name", () => {
    expect(namesMatch(n("Jan", "Ott"), n("Jan", "Orr"))).toBe(false);
    expect(namesMatch(n("Jan", "Ott"), n("Jon", "Ott"))).toBe(false);
  });

  it("recognises first and last name entered the wrong way round", () => {
    expect(namesMatch(n("Becker", "Anna"), n("Anna", "Becker"))).toBe(true);
  });

  it("needs the same single name when a last name is missing", () => {
    expect(namesMatch(n("Anna", ""), n("Anna", ""))).toBe(true);
    expect(namesMatch(n("Anna", ""), n("Anna", "Becker"))).toBe(false);
    expect(namesMatch(n("", ""), n("", ""))).toBe(false);
  });

  it("is symmetric and reflexive for any non-empty name", () => {
    const name = fc.record({
      firstName: fc.string({ unit: fc.constantFrom("a", "n", "ä", "A", "-", " "), maxLength: 6 }),
      lastName: fc.string({ unit: fc.constantFrom("m", "e", "i", "ü", "r"), minLength: 1, maxLength: 7 }),
    });
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(namesMatch(a, b)).toBe(namesMatch(b, a));
        if (foldName(a.lastName) !== "") expect(namesMatch(a, a)).toBe(true);
      }),
    );
  });
});
