import type { IsoDate } from "../dates.ts";

// EU procurement thresholds (net of VAT, §3 Abs. 1 VgV) are revised every two years by a delegated
// regulation of the Commission; §106 Abs. 2 GWB refers to them dynamically. They are data, dated
// and replaceable, so a new period is one new row, not a code change.

export const THRESHOLD_KINDS = [
  "supplies_services_central",
  "supplies_services_sub_central",
  "supplies_services_sectors",
  "works",
] as const;
export type ThresholdKind = (typeof THRESHOLD_KINDS)[number];

export interface ThresholdPeriod {
  /** First day the values apply. */
  validFrom: IsoDate;
  source: string;
  /** Thresholds in euro cents. */
  cents: Record<ThresholdKind, number>;
}

export const DEFAULT_THRESHOLDS: readonly ThresholdPeriod[] = [
  {
    validFrom: "2024-01-01",
    source: "Delegierte Verordnungen (EU) 2023/2495, 2023/2496, 2023/2497",
    cents: {
      supplies_services_central: 14_300_000,
      supplies_services_sub_central: 22_100_000,
      supplies_services_sectors: 44_300_000,
      works: 553_800_000,
    },
  },
  {
    validFrom: "2026-01-01",
    source: "Delegierte Verordnungen (EU) der Kommission zu den Schwellenwerten 2026–2027",
    cents: {
      supplies_services_central: 14_000_000,
      supplies_services_sub_central: 21_600_000,
      supplies_services_sectors: 43_200_000,
      works: 540_400_000,
    },
  },
];

/** The threshold in cents on a day, or null when the table has no period covering that day. */
export function thresholdFor(
  kind: ThresholdKind,
  onDate: IsoDate,
  table: readonly ThresholdPeriod[] = DEFAULT_THRESHOLDS,
): number | null {
  let best: ThresholdPeriod | null = null;
  for (const period of table) {
    if (period.validFrom <= onDate && (best === null || period.validFrom > best.validFrom)) best = period;
  }
  return best === null ? null : best.cents[kind];
}

/**
 * Whether EU procurement law applies: §106 Abs. 1 GWB applies it when the estimated value *reaches or
 * exceeds* the threshold, so a value exactly at the threshold counts as above. `onDate` is the day
 * of the estimate (the notice is sent, §3 Abs. 3 VgV). Null when no threshold is known for the day.
 */
export function isAboveEuThreshold(
  estimatedValueCents: number,
  kind: ThresholdKind,
  onDate: IsoDate,
  table: readonly ThresholdPeriod[] = DEFAULT_THRESHOLDS,
): boolean | null {
  if (!Number.isSafeInteger(estimatedValueCents) || estimatedValueCents < 0) {
    throw new RangeError(`estimatedValueCents must be a non-negative integer, got ${estimatedValueCents}`);
  }
  const threshold = thresholdFor(kind, onDate, table);
  return threshold === null ? null : estimatedValueCents >= threshold;
}
