import { describe, expect, it } from "vitest";
import { formatPercent } from "./percent.ts";

describe("percentages", () => {
  it("follow each language's spacing", () => {
    expect(formatPercent("de", 25).replace(/[\u00a0\u202f]/g, " ")).toBe("25 %");
    expect(formatPercent("en", 90)).toBe("90%");
    expect(formatPercent("en", 0)).toBe("0%");
  });
});
