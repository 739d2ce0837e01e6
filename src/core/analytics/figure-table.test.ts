import { describe, expect, it } from "vitest";
import type { FigureTable } from "./figure.ts";
import { formatCell, tableCells } from "./figure-table.ts";

const table: FigureTable = {
  title: { de: "T", en: "T" },
  columns: [
    { key: "label", label: { de: "Gruppe", en: "Group" }, unit: "label" },
    { key: "winRate", label: { de: "Gewinnquote", en: "Win rate" }, unit: "share" },
    { key: "size", label: { de: "Ø Wert", en: "Avg. size" }, unit: "cents" },
    { key: "trust", label: { de: "Ø Vertrauen", en: "Avg. trust" }, unit: "rating" },
  ],
  rows: [
    { label: { de: "warm", en: "warm" }, winRate: 0.625, size: 123_456_78, trust: 4.5 },
    { label: { de: "kalt", en: "cold" }, winRate: null, size: null, trust: null },
  ],
  chart: { kind: "bar", x: "label", y: ["winRate"] },
  caution: null,
};

describe("figure table cells", () => {
  it("writes German CSV cells with a decimal comma, no grouping, and units in the header", () => {
    expect(tableCells(table, "de")).toEqual([
      ["Gruppe", "Gewinnquote (%)", "Ø Wert (EUR)", "Ø Vertrauen"],
      ["warm", "62,5", "123456,78", "4,50"],
      ["kalt", "", "", ""],
    ]);
  });

  it("writes English cells with a decimal point", () => {
    expect(tableCells(table, "en")[1]).toEqual(["warm", "62.5", "123456.78", "4.50"]);
  });

  it("formats readable text with units and grouping for the CLI", () => {
    expect(formatCell(12_345_678, "cents", "de", "text")).toBe("123.456,78 €");
    expect(formatCell(0.5, "share", "en", "text")).toBe("50.0 %");
    expect(formatCell(null, "count", "de", "text")).toBe("–");
    expect(formatCell(true, "flag", "de")).toBe("ja");
    expect(formatCell(12.5, "days", "de")).toBe("12,5");
  });
});
