// Small, exact statistics for figures a person reads. No library: the few we need are one-liners,
// and rounding happens here once so JSON, CSV and CLI show the same digits.

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** part / whole, or null when there is nothing to divide by. */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export function roundTo(value: number | null, digits: number): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Shares travel with three decimals (62.5 % = 0.625): enough for one decimal in percent. */
export function roundShare(value: number | null): number | null {
  return roundTo(value, 3);
}

/** Averages of 1–5 ratings travel with two decimals. */
export function roundRating(value: number | null): number | null {
  return roundTo(value, 2);
}
