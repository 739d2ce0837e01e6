import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wrapLabel } from "./wrap-label.ts";

describe("wrapping axis labels", () => {
  it("breaks at spaces and keeps short labels whole", () => {
    expect(wrapLabel("kalt", 10)).toEqual(["kalt"]);
    expect(wrapLabel("Kein Entscheider bekannt", 12)).toEqual(["Kein", "Entscheider", "bekannt"]);
    expect(wrapLabel("no decision maker known", 12)).toEqual(["no decision", "maker known"]);
    expect(wrapLabel("Beziehungsabdeckung", 8)).toEqual(["Beziehu…"]);
    expect(wrapLabel("a b c d e f g h", 3, 2)).toEqual(["a b", "c …"]);
  });

  it("never returns a line longer than asked or more lines than allowed", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.integer({ min: 3, max: 30 }),
        fc.integer({ min: 1, max: 4 }),
        (text, chars, lines) => {
          const wrapped = wrapLabel(text, chars, lines);
          expect(wrapped.length).toBeLessThanOrEqual(lines);
          for (const line of wrapped) expect(line.length).toBeLessThanOrEqual(chars);
        },
      ),
    );
  });
});
