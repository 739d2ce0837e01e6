import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCents, formatCentsCompact, parseEuroToCents } from "./money.ts";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("money in the web app", () => {
  it("shows whole euros without cents and keeps cents when there are any", () => {
    expect(plain(formatCents("de", 123_400))).toBe("1.234 €");
    expect(plain(formatCents("de", 123_450))).toBe("1.234,50 €");
    expect(formatCents("en", 123_400)).toBe("€1,234");
    expect(formatCents("en", 5)).toBe("€0.05");
    expect(plain(formatCentsCompact("de", 319_450_000))).toBe("3,2 Mio. €");
    expect(formatCentsCompact("en", 319_450_000)).toBe("€3.2m");
  });

  it("reads amounts in the language's own convention", () => {
    expect(parseEuroToCents("1.234,50", "de")).toBe(123_450);
    expect(parseEuroToCents("1234,5 €", "de")).toBe(123_450);
    expect(parseEuroToCents("€1,234.50", "en")).toBe(123_450);
    expect(parseEuroToCents("250000", "en")).toBe(25_000_000);
    expect(parseEuroToCents("", "de")).toBeNull();
    expect(parseEuroToCents("12,345", "de")).toBeNull();
    expect(parseEuroToCents("1.23.4", "de")).toBeNull();
    expect(parseEuroToCents("-5", "en")).toBeNull();
    expect(parseEuroToCents("zwölf", "de")).toBeNull();
  });

  it("reads back every amount it shows", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000_00 }),
        fc.constantFrom("de", "en"),
        (cents, locale) => {
          expect(parseEuroToCents(formatCents(locale, cents), locale)).toBe(cents);
        },
      ),
    );
  });
});
