import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodePersonCursor, encodePersonCursor } from "./person-cursor.ts";

describe("person cursor", () => {
  it("round-trips any sort value and id, including umlauts and characters beyond the BMP", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("name", "-name", "created", "-updated"),
        fc.string({ maxLength: 200, unit: "grapheme" }),
        fc.uuid(),
        (sort, key, id) => {
          const text = encodePersonCursor({ sort, key, id });
          expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
          expect(decodePersonCursor(text)).toEqual({ sort, key, id });
        },
      ),
    );
    expect(decodePersonCursor(encodePersonCursor({ sort: "name", key: "müller 😀", id: "x" }))?.key).toBe(
      "müller 😀",
    );
  });

  it("refuses texts it did not make", () => {
    const valid = encodePersonCursor({ sort: "name", key: "becker jan", id: "a" });
    for (const text of [
      "",
      "not a cursor!",
      valid.slice(0, -3),
      btoa("[1,2,3]"),
      btoa('["a","b"]'),
      "____",
    ]) {
      expect(decodePersonCursor(text), text).toBeNull();
    }
  });
});
