import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWithinOneEdit } from "./edit-distance.ts";

/** Reference Levenshtein distance, quadratic, for the property test only. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

describe("isWithinOneEdit", () => {
  it("accepts one substitution, insertion or deletion and nothing more", () => {
    expect(isWithinOneEdit("meier", "maier")).toBe(true);
    expect(isWithinOneEdit("muller", "mueller")).toBe(true);
    expect(isWithinOneEdit("schmidt", "schmid")).toBe(true);
    expect(isWithinOneEdit("schmidt", "schmitt")).toBe(true);
    expect(isWithinOneEdit("meier", "mayer")).toBe(false);
    expect(isWithinOneEdit("becker", "bäcker")).toBe(true);
    expect(isWithinOneEdit("", "a")).toBe(true);
    expect(isWithinOneEdit("ab", "ba")).toBe(false);
  });

  it("agrees with the Levenshtein distance", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c"), maxLength: 6 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(isWithinOneEdit(a, b)).toBe(distance(a, b) <= 1);
      }),
      { numRuns: 2000 },
    );
  });
});
