import { describe, expect, it } from "vitest";
import { formatEuro } from "./format-euro.ts";

describe("formatEuro", () => {
  it("formats cents in German and English", () => {
    expect(formatEuro(5001)).toEqual({ de: "50,01 €", en: "€50.01" });
    expect(formatEuro(5)).toEqual({ de: "0,05 €", en: "€0.05" });
    expect(formatEuro(123456789)).toEqual({ de: "1.234.567,89 €", en: "€1,234,567.89" });
    expect(formatEuro(-250)).toEqual({ de: "-2,50 €", en: "-€2.50" });
  });
});
