import { describe, expect, it } from "vitest";
import { chartPanels, domainOf, formatLabel, formatTick, formatValue, numeric } from "./figure-format.ts";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("analytics numbers in the web app", () => {
  it("formats each unit in the chosen language", () => {
    expect(plain(formatValue(0.222, "share", "de"))).toBe("22,2 %");
    expect(formatValue(0.75, "share", "en")).toBe("75%");
    expect(plain(formatValue(8_733_333, "cents", "de"))).toBe("87.333,33 €");
    expect(formatValue(19_900_000, "cents", "en")).toBe("€199,000");
    expect(formatValue(180.5, "days", "de")).toBe("180,5 Tage");
    expect(formatValue(1, "days", "en")).toBe("1 day");
    expect(formatValue(3.6, "rating", "de")).toBe("3,60");
    expect(formatValue(1225, "count", "de")).toBe("1.225");
    expect(formatValue(null, "count", "en")).toBe("–");
    expect(formatValue(true, "flag", "de")).toBe("ja");
    expect(formatValue({ de: "kalt", en: "cold" }, "label", "en")).toBe("cold");
  });

  it("writes month and day labels out, and leaves other labels alone", () => {
    expect(formatLabel("2025-12", "de")).toBe("Dez. 25");
    expect(formatLabel("2025-12", "en")).toBe("Dec 25");
    expect(formatLabel("2026-01-31", "de")).toBe("31.01.2026");
    expect(formatLabel("2026-01-31", "en")).toBe("31 Jan 2026");
    expect(formatLabel("Q1 2025", "de")).toBe("Q1 2025");
    expect(formatValue({ de: "2025-12", en: "2025-12" }, "label", "en")).toBe("Dec 25");
  });

  it("keeps ticks short", () => {
    expect(formatTick(0.5, "share", "en")).toBe("50%");
    expect(plain(formatTick(200_000_000, "cents", "de"))).toBe("2 Mio. €");
    expect(formatTick(25_000, "count", "en")).toBe("25k");
  });

  it("draws unlike units in separate charts, each with its natural range", () => {
    const columns = [
      { key: "label", label: { de: "", en: "" }, unit: "label" as const },
      { key: "score", label: { de: "", en: "" }, unit: "share" as const },
      { key: "relaxedYes", label: { de: "", en: "" }, unit: "share" as const },
      { key: "atmosphereAverage", label: { de: "", en: "" }, unit: "rating" as const },
    ];
    const panels = chartPanels({
      columns,
      chart: { kind: "line", x: "label", y: ["score", "atmosphereAverage", "relaxedYes"] },
    });
    expect(panels).toEqual([
      { unit: "share", keys: ["score", "relaxedYes"] },
      { unit: "rating", keys: ["atmosphereAverage"] },
    ]);
    expect(domainOf("rating")).toEqual([1, 5]);
    expect(domainOf("share")).toEqual([0, 1]);
    expect(domainOf("count")).toBeUndefined();
    expect(numeric(3)).toBe(3);
    expect(numeric(null)).toBeNull();
    expect(numeric("3")).toBeNull();
    expect(numeric(Number.NaN)).toBeNull();
  });
});
