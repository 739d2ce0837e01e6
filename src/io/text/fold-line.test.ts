import { Buffer } from "node:buffer";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldLine } from "./fold-line.ts";

describe("foldLine", () => {
  it("keeps short lines and folds long ones into pieces of at most 75 octets that unfold to the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "ß", "€", "😀", " "), maxLength: 300 }), (line) => {
        const folded = foldLine(line);
        for (const piece of folded.split("\r\n"))
          expect(Buffer.byteLength(piece, "utf8")).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, "")).toBe(line);
      }),
    );
  });
});
