import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contactFileName } from "./contact-file-name.ts";

describe("contactFileName", () => {
  it("keeps the name, umlauts and all, and replaces what file systems refuse", () => {
    expect(contactFileName("Jörg", "Groß")).toBe("Jörg Groß");
    expect(contactFileName("Anna", 'Müller/Lüdenscheidt: "AG"')).toBe("Anna Müller Lüdenscheidt AG");
    expect(contactFileName("", "Ölmann")).toBe("Ölmann");
    expect(contactFileName("...", "")).toBe("Kontakt");
    expect(contactFileName("  ", "\t")).toBe("Kontakt");
    expect(contactFileName(". .", "Anna")).toBe("Anna");
    expect(contactFileName("😀".repeat(120), "")).toBe("😀".repeat(100));
  });

  it("never gives an empty name, a path, a control character or more than 100 characters", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 300 }),
        fc.string({ unit: "binary", maxLength: 300 }),
        (first, last) => {
          const name = contactFileName(first, last);
          expect(name.length).toBeGreaterThan(0);
          expect(Array.from(name).length).toBeLessThanOrEqual(100);
          expect(name).toBe(Buffer.from(name, "utf8").toString("utf8"));
          expect(name).not.toMatch(/[\\/:*?"<>|\p{Cc}]/u);
          expect(name.startsWith(".")).toBe(false);
          expect(name).toBe(name.trim());
        },
      ),
    );
  });
});
