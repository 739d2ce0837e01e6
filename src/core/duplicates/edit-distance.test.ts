import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWithinOneEdit } from "./edit-distance.ts";

/**
 * Reference optimal-string-alignment distance (Levenshtein plus swapping two neighbouring letters),
 * quadratic, for the property test only.
 */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      let best = Math.min(
        at(i - 1, j) + 1,
        at(i, j - 1) + 1,
        at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

describe("isWithinOneEdit", () => {
  it("accepts one substitution, insertion, deletion or swap of neighbours and nothing more", () => {
    expect(isWithinOneEdit("meier", "maier")).toBe(true);
    expect(isWithinOneEdit("muller", "mueller")).toBe(true);
    expect(isWithinOneEdit("schmidt", "schmid")).toBe(true);
    expect(isWithinOneEdit("schmidt", "schmitt")).toBe(true);
    expect(isWithinOneEdit("meier", "mayer")).toBe(false);
    expect(isWithinOneEdit("becker", "bäcker")).toBe(true);
    expect(isWithinOneEdit("", "a")).toBe(true);
    expect(isWithinOneEdit("ab", "ba")).toBe(true);
    expect(isWithinOneEdit("micheal", "michael")).toBe(true);
    expect(isWithinOneEdit("micheal", "michaela")).toBe(false);
    expect(isWithinOneEdit("abc", "cba")).toBe(false);
  });

  it("agrees with the optimal-string-alignment distance", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c"), maxLength: 6 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(isWithinOneEdit(a, b)).toBe(distance(a, b) <= 1);
      }),
      { numRuns: 2000 },
    );
  });
});
