import { describe, expect, it } from "vitest";
import { isAboveEuThreshold, type ThresholdPeriod, thresholdFor } from "./thresholds.ts";

describe("EU thresholds", () => {
  it("uses the 2024–2025 values until 31 Dec 2025", () => {
    expect(thresholdFor("supplies_services_sub_central", "2025-12-31")).toBe(22_100_000);
    expect(thresholdFor("supplies_services_central", "2024-01-01")).toBe(14_300_000);
    expect(thresholdFor("supplies_services_sectors", "2025-06-30")).toBe(44_300_000);
    expect(thresholdFor("works", "2025-06-30")).toBe(553_800_000);
  });

  it("uses the 2026 values from 1 Jan 2026", () => {
    expect(thresholdFor("supplies_services_sub_central", "2026-01-01")).toBe(21_600_000);
    expect(thresholdFor("supplies_services_central", "2026-01-01")).toBe(14_000_000);
    expect(thresholdFor("supplies_services_sectors", "2027-12-31")).toBe(43_200_000);
    expect(thresholdFor("works", "2026-01-01")).toBe(540_400_000);
  });

  it("knows no threshold before the table starts", () => {
    expect(thresholdFor("works", "2023-12-31")).toBeNull();
    expect(isAboveEuThreshold(1, "works", "2023-12-31")).toBeNull();
  });

  it("§106 Abs. 1 GWB: a value that reaches the threshold exactly is above it", () => {
    expect(isAboveEuThreshold(21_600_000, "supplies_services_sub_central", "2026-03-01")).toBe(true);
    expect(isAboveEuThreshold(21_599_999, "supplies_services_sub_central", "2026-03-01")).toBe(false);
    // The same value was below the higher 2025 threshold.
    expect(isAboveEuThreshold(21_600_000, "supplies_services_sub_central", "2025-03-01")).toBe(false);
  });

  it("accepts a custom table (a new period is data, not code)", () => {
    const table: ThresholdPeriod[] = [
      {
        validFrom: "2028-01-01",
        source: "test",
        cents: {
          supplies_services_central: 1,
          supplies_services_sub_central: 2,
          supplies_services_sectors: 3,
          works: 4,
        },
      },
    ];
    expect(thresholdFor("works", "2028-05-01", table)).toBe(4);
    expect(thresholdFor("works", "2027-05-01", table)).toBeNull();
  });

  it("rejects money that is not integer cents", () => {
    expect(() => isAboveEuThreshold(10.5, "works", "2026-01-01")).toThrow(RangeError);
    expect(() => isAboveEuThreshold(-1, "works", "2026-01-01")).toThrow(RangeError);
  });
});
