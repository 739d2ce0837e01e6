// Axis arithmetic for the small SVG charts: "nice" round ticks, and how many category labels fit.

export interface LinearScale {
  min: number;
  max: number;
  ticks: number[];
}

/** Round steps (1, 2, 2.5, 5 × 10ⁿ) from min to at least max, about `count` of them. */
export function niceScale(min: number, max: number, count = 4): LinearScale {
  const low = Math.min(min, max);
  let high = Math.max(min, max);
  if (!Number.isFinite(low) || !Number.isFinite(high)) return { min: 0, max: 1, ticks: [0, 1] };
  // A flat (or denormal) range still needs an axis: open it upwards by one unit of its size.
  if (!(high - low > 1e-9)) high = low + Math.max(1, Math.abs(low));
  const raw = (high - low) / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  // Rounded to the step's digits (0.0019 / 0.0001 * 0.0001 is 0.0018999…), then widened by a step if
  // rounding still left the data outside.
  let start = roundTo(Math.floor(low / step) * step, step);
  let end = roundTo(Math.ceil(high / step) * step, step);
  if (start > low) start = roundTo(start - step, step);
  if (end < high) end = roundTo(end + step, step);
  const ticks: number[] = [];
  // Whole multiples of the step, rounded so that 0.1 + 0.2 does not print as 0.30000000000000004.
  for (let i = 0; start + i * step <= end + step / 1e6; i++) ticks.push(roundTo(start + i * step, step));
  return { min: start, max: end, ticks };
}

function roundTo(value: number, step: number): number {
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  return Number(value.toFixed(Math.min(digits, 12)));
}

/** Show every n-th category label so that labels of `labelWidth` px fit into `plotWidth` px. */
export function labelEvery(categories: number, plotWidth: number, labelWidth: number): number {
  if (categories <= 0 || plotWidth <= 0) return 1;
  const fit = Math.max(1, Math.floor(plotWidth / Math.max(1, labelWidth)));
  return Math.max(1, Math.ceil(categories / fit));
}

/** Position of a value on a linear scale mapped to [bottom, top] pixels (SVG y grows downwards). */
export function project(value: number, scale: Pick<LinearScale, "min" | "max">, bottom: number, top: number) {
  const span = scale.max - scale.min || 1;
  return bottom - ((value - scale.min) / span) * (bottom - top);
}
