import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldText, indexTerms, prefixUpperBound, queryTerms } from "./search-terms.ts";

describe("search terms", () => {
  it("folds umlauts, accents and ß so plain typing finds them", () => {
    expect(foldText("Müller")).toBe("muller");
    expect(foldText("Straße")).toBe("strasse");
    expect(foldText("Renée Fröhlich")).toBe("renee frohlich");
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
