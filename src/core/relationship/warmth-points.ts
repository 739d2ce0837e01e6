// The numbers of the warmth model without their sentences. The agenda scores thousands of contacts
// and needs only the score and what silence cost, so the arithmetic lives apart from the wording
// (warmth.ts), and both read the same functions so they cannot disagree.
import { dayOf, type IsoDate, type IsoDateTime, toEpochDay } from "../dates.ts";
import { summariseResistance, summariseTrust } from "./ratings.ts";
import type { ContactSignals } from "./signals.ts";
import { DEFAULT_WARMTH_MODEL, type WarmthModel } from "./warmth-model.ts";

export const WARMTH_PART_KEYS = [
  "recency",
  "frequency",
  "depth",
  "reciprocity",
  "duration",
  "address_form",
  "face_to_face",
  "trust",
] as const;
export type WarmthPartKey = (typeof WARMTH_PART_KEYS)[number];

export interface WarmthPoints {
  /** 0–100, the sum of the points. */
  score: number;
  /** The points silence has cost (≥ 0): what keeping in touch would win back. */
  loss: number;
  points: Record<WarmthPartKey, number>;
}

export function measureWarmth(
  signals: ContactSignals,
  now: IsoDateTime,
  model: WarmthModel = DEFAULT_WARMTH_MODEL,
): WarmthPoints {
  const today = dayOf(now);
  const points = {
    recency: 0,
    frequency: frequencyPoints(signals, model),
    depth: depthPoints(signals, model),
    reciprocity: reciprocityPoints(signals, model),
    duration: durationPoints(signals, today, model),
    address_form: signals.addressForm === "du" ? model.addressForm.duPoints : 0,
    face_to_face: Math.round(
      model.faceToFace.points * saturate(signals.faceToFaceCount, model.faceToFace.scale),
    ),
    trust: trustPoints(signals, model),
  };
  const base = Math.min(
    100,
    points.frequency +
      points.depth +
      points.reciprocity +
      points.duration +
      points.address_form +
      points.face_to_face +
      points.trust,
  );
  const loss = recencyLoss(signals, today, base, model);
  points.recency = loss === 0 ? 0 : -loss;
  return { score: base - loss, loss, points };
}

/** The day the relationship began: the earlier of knownSince and the first logged interaction. */
export function relationshipStart(signals: ContactSignals): IsoDate | null {
  const first = signals.firstInteractionAt === null ? null : dayOf(signals.firstInteractionAt);
  if (signals.knownSince === null) return first;
  if (first === null) return signals.knownSince;
  if (first < signals.knownSince) return first;
  return signals.knownSince;
}

/** Days since the last contact (or since meeting, if nothing is logged); null when unknown. */
export function daysSilent(signals: ContactSignals, today: IsoDate): number | null {
  const since = signals.lastInteractionAt === null ? signals.knownSince : dayOf(signals.lastInteractionAt);
  return since === null ? null : Math.max(0, toEpochDay(today) - toEpochDay(since));
}

/** Days since the relationship began; null when unknown. */
export function daysKnown(signals: ContactSignals, today: IsoDate): number | null {
  const start = relationshipStart(signals);
  return start === null ? null : Math.max(0, toEpochDay(today) - toEpochDay(start));
}

/** Their initiated contacts, bounded by the total so inconsistent input cannot exceed 100 %. */
export function theyInitiated(signals: ContactSignals): number {
  return clamp(signals.theyInitiatedCount, 0, signals.interactionCount);
}

/** The trust part's inputs: the quality level (0–1) and the trend (recent − earlier, resistance inverted). */
export function trustQuality(signals: ContactSignals): { level: number | null; delta: number | null } {
  const trust = summariseTrust(signals);
  const resistance = summariseResistance(signals);
  const qualities: number[] = [];
  if (trust.level !== null) qualities.push((trust.level - 1) / 4);
  if (resistance.level !== null) qualities.push((5 - resistance.level) / 4);
  const level = qualities.length === 0 ? null : qualities.reduce((sum, q) => sum + q, 0) / qualities.length;
  const hasTrend = trust.change !== null || resistance.change !== null;
  return { level, delta: hasTrend ? (trust.change ?? 0) - (resistance.change ?? 0) : null };
}

function recencyLoss(signals: ContactSignals, today: IsoDate, base: number, model: WarmthModel): number {
  const days = daysSilent(signals, today);
  if (days === null) return 0;
  return Math.round(base * (1 - model.annualRetention[signals.stage] ** (days / 365)));
}

function frequencyPoints(signals: ContactSignals, model: WarmthModel): number {
  const { yearPoints, yearScale, recentPoints, recentScale } = model.frequency;
  return Math.round(
    yearPoints * saturate(signals.countLast365Days, yearScale) +
      recentPoints * saturate(signals.countLast90Days, recentScale),
  );
}

function depthPoints(signals: ContactSignals, model: WarmthModel): number {
  const { factPoints, factScale, personalPoints, personalScale } = model.depth;
  return Math.round(
    factPoints * saturate(signals.factCount, factScale) +
      personalPoints * saturate(signals.personalCount, personalScale),
  );
}

function reciprocityPoints(signals: ContactSignals, model: WarmthModel): number {
  const total = signals.interactionCount;
  if (total <= 0) return 0;
  const { points, fullShare, fullConfidenceCount } = model.reciprocity;
  // A single call they happened to start says little; confidence grows with the number of contacts.
  const confidence = Math.min(1, total / fullConfidenceCount);
  return Math.round(points * Math.min(1, theyInitiated(signals) / total / fullShare) * confidence);
}

function durationPoints(signals: ContactSignals, today: IsoDate, model: WarmthModel): number {
  const days = daysKnown(signals, today);
  if (days === null) return 0;
  return Math.round(model.duration.points * saturate(days / 365, model.duration.scaleYears));
}

function trustPoints(signals: ContactSignals, model: WarmthModel): number {
  const { points, neutralQuality, trendWeight, trendFullDelta } = model.trust;
  const { level, delta } = trustQuality(signals);
  if (level === null) {
    // Unrated is not distrust: many people never rate, and their contacts should not look colder.
    return signals.interactionCount > 0 ? Math.round(points * neutralQuality) : 0;
  }
  const adjustment = trendWeight * clamp((delta ?? 0) / trendFullDelta, -1, 1);
  return Math.round(points * clamp(level + adjustment, 0, 1));
}

function saturate(value: number, scale: number): number {
  return value <= 0 ? 0 : 1 - Math.exp(-value / scale);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
