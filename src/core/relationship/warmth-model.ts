// The constants of the warmth model, in one object so the decision record (docs/decisions/
// 020-warmth-model.md) and the code cannot drift apart, and so analytics can try other settings.
import type { Stage } from "../vocabulary.ts";

export interface WarmthModel {
  /** Contacts in the last 365 and 90 days; points saturate: max × (1 − e^(−count/scale)). */
  frequency: { yearPoints: number; yearScale: number; recentPoints: number; recentScale: number };
  /** Personal facts known and conversations with personal topics. */
  depth: { factPoints: number; factScale: number; personalPoints: number; personalScale: number };
  /** Share of contacts they initiated; full points at `fullShare`, trusted after `fullConfidenceCount`. */
  reciprocity: { points: number; fullShare: number; fullConfidenceCount: number };
  /** Years since the relationship began. */
  duration: { points: number; scaleYears: number };
  addressForm: { duPoints: number };
  faceToFace: { points: number; scale: number };
  /**
   * Average trust and resistance (1–5), recent window preferred; the trend (recent − earlier,
   * resistance counted inversely) moves the quality by up to `trendWeight` at `trendFullDelta`.
   */
  trust: { points: number; neutralQuality: number; trendWeight: number; trendFullDelta: number };
  /** Share of closeness left after a year without contact, per stage: weaker ties fade faster. */
  annualRetention: Record<Stage, number>;
}

export const DEFAULT_WARMTH_MODEL: WarmthModel = {
  frequency: { yearPoints: 15, yearScale: 12, recentPoints: 10, recentScale: 3 },
  depth: { factPoints: 10, factScale: 5, personalPoints: 10, personalScale: 4 },
  reciprocity: { points: 10, fullShare: 0.5, fullConfidenceCount: 4 },
  duration: { points: 10, scaleYears: 2 },
  addressForm: { duPoints: 8 },
  faceToFace: { points: 7, scale: 4 },
  trust: { points: 20, neutralQuality: 0.5, trendWeight: 0.25, trendFullDelta: 2 },
  annualRetention: { business_contact: 0.3, acquaintance: 0.5, trust: 0.7, friendship: 0.85 },
};

/** The most points the positive parts can give; 100 with the defaults, so no clamping is needed. */
export function maxBasePoints(model: WarmthModel): number {
  return (
    model.frequency.yearPoints +
    model.frequency.recentPoints +
    model.depth.factPoints +
    model.depth.personalPoints +
    model.reciprocity.points +
    model.duration.points +
    model.addressForm.duPoints +
    model.faceToFace.points +
    model.trust.points
  );
}
