import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldText, indexTerms, prefixUpperBound, queryTerms } from "./search-terms.ts";

describe("search terms", () => {
  it("folds umlauts, accents and ß so plain typing finds them", () => {
    expect(foldText("Müller")).toBe("muller");
    expect(foldText("Straße")).toBe("strasse");
    expect(foldText("Renée Fröhlich")).toBe("renee frohlich");
  });

  it("folds plain ASCII on its short path exactly as the full folding does", () => {
    const full = (text: string) =>
      text
        .toLowerCase()
        .normalize("NFKD")
        .replace(/\p{M}+/gu, "")
        .replace(
          /[ßæœøłđþ]/g,
          (ch) => ({ ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", þ: "th" })[ch] ?? ch,
        );
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "binary-ascii" }), fc.string({ unit: "grapheme" }), fc.string()),
        (text) => {
          expect(foldText(text)).toBe(full(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("indexes the ae/oe/ue spelling of umlaut words as well", () => {
    expect(indexTerms("Jürgen Müller")).toEqual(["jurgen", "juergen", "muller", "mueller"]);
    expect(indexTerms("Anna Becker, anna@becker.de")).toEqual(["anna", "becker", "de"]);
  });

  it("splits queries into distinct folded words", () => {
    expect(queryTerms("  MÜL  anna-ber ")).toEqual(["mul", "anna", "ber"]);
    expect(queryTerms("!!!")).toEqual([]);
  });

  it("bounds every string with the prefix, and none without it", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 6 }), fc.string({ maxLength: 6 }), (prefix, rest) => {
        const upper = prefixUpperBound(prefix);
        const withPrefix = prefix + rest;
        expect(withPrefix >= prefix && withPrefix < upper).toBe(true);
      }),
    );
    expect("mum" < prefixUpperBound("mul")).toBe(false);
    expect(prefixUpperBound("mul")).toBe("mum");
  });
});
