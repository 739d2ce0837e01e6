import type { Localized } from "../locale.ts";

export const WARMTH_BANDS = ["cold", "cool", "warm", "close"] as const;
export type WarmthBand = (typeof WARMTH_BANDS)[number];

/** Lower bounds of the bands; below COOL is cold. */
export const WARMTH_COOL_FROM = 30;
export const WARMTH_WARM_FROM = 50;
export const WARMTH_CLOSE_FROM = 70;

export const BAND_LABELS: Record<WarmthBand, Localized> = {
  cold: { de: "kalt", en: "cold" },
  cool: { de: "kühl", en: "cool" },
  warm: { de: "warm", en: "warm" },
  close: { de: "eng", en: "close" },
};

export function warmthBand(warmth: number): WarmthBand {
  if (warmth >= WARMTH_CLOSE_FROM) return "close";
  if (warmth >= WARMTH_WARM_FROM) return "warm";
  if (warmth >= WARMTH_COOL_FROM) return "cool";
  return "cold";
}
