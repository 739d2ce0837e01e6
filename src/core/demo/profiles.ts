import type { InteractionKind, Stage, Stance } from "../vocabulary.ts";

// How a relationship of each kind shows in a year of contact. The numbers make the story the
// analytics later tell: warmer contacts meet more often, more face to face, more personally, reach
// out on their own more, and rate higher trust and lower resistance — rising through the year.
// See docs/decisions/050-demo-workspace.md.

export type ProfileName = Stage | Exclude<Stance, "befriend">;

/** A rating that drifts from `from` (a year ago) to `to` (today). */
export interface RatingTrend {
  from: number;
  to: number;
}

export interface RelationshipProfile {
  /** Interactions per year with this person alone (joint meetings come on top). */
  interactions: readonly [min: number, max: number];
  /** Share of interactions with personal topics. */
  personalShare: number;
  /** Minimum personal interactions, so the stage is supported by the evidence. */
  minPersonal: number;
  /** Minimum face-to-face interactions (meeting, meal, event, video). */
  minFaceToFace: number;
  /** Share the customer initiated. */
  theyShare: number;
  /** Share with ratings filled in. */
  ratedShare: number;
  atmosphere: RatingTrend;
  trust: RatingTrend;
  resistance: RatingTrend;
  kinds: ReadonlyArray<readonly [InteractionKind, number]>;
  facts: readonly [min: number, max: number];
  /** Days before today the relationship began. */
  knownSinceDays: readonly [min: number, max: number];
  /** Days since the last contact: warm contacts can be overdue too — that is what the agenda is for. */
  lastContactDays: readonly [min: number, max: number];
}

const BUSINESS_KINDS = [
  ["email", 30],
  ["call", 30],
  ["meeting", 25],
  ["video", 10],
  ["message", 5],
] as const;

export const PROFILES: Record<ProfileName, RelationshipProfile> = {
  business_contact: {
    interactions: [2, 6],
    personalShare: 0.05,
    minPersonal: 0,
    minFaceToFace: 0,
    theyShare: 0.2,
    ratedShare: 0.5,
    atmosphere: { from: 3, to: 3.3 },
    trust: { from: 2.6, to: 3 },
    resistance: { from: 3, to: 2.8 },
    kinds: BUSINESS_KINDS,
    facts: [0, 1],
    knownSinceDays: [25, 1100],
    lastContactDays: [3, 120],
  },
  acquaintance: {
    interactions: [5, 10],
    personalShare: 0.3,
    minPersonal: 1,
    minFaceToFace: 1,
    theyShare: 0.3,
    ratedShare: 0.65,
    atmosphere: { from: 3.3, to: 3.9 },
    trust: { from: 3, to: 3.6 },
    resistance: { from: 2.8, to: 2.3 },
    kinds: [
      ["call", 30],
      ["meeting", 30],
      ["email", 20],
      ["video", 10],
      ["meal", 5],
      ["message", 5],
    ],
    facts: [2, 4],
    knownSinceDays: [200, 2000],
    lastContactDays: [2, 80],
  },
  trust: {
    interactions: [9, 16],
    personalShare: 0.5,
    minPersonal: 3,
    minFaceToFace: 3,
    theyShare: 0.42,
    ratedShare: 0.75,
    atmosphere: { from: 3.8, to: 4.4 },
    trust: { from: 3.6, to: 4.4 },
    resistance: { from: 2.3, to: 1.7 },
    kinds: [
      ["meeting", 30],
      ["call", 30],
      ["meal", 12],
      ["message", 10],
      ["email", 10],
      ["event", 8],
    ],
    facts: [3, 6],
    knownSinceDays: [420, 3000],
    lastContactDays: [1, 60],
  },
  friendship: {
    interactions: [14, 24],
    personalShare: 0.75,
    minPersonal: 6,
    minFaceToFace: 4,
    theyShare: 0.5,
    ratedShare: 0.8,
    atmosphere: { from: 4.3, to: 4.8 },
    trust: { from: 4.2, to: 4.8 },
    resistance: { from: 1.8, to: 1.2 },
    kinds: [
      ["meeting", 25],
      ["call", 25],
      ["meal", 18],
      ["message", 17],
      ["event", 10],
      ["email", 5],
    ],
    facts: [5, 9],
    knownSinceDays: [800, 4500],
    lastContactDays: [1, 50],
  },
  keep_professional: {
    interactions: [3, 8],
    personalShare: 0,
    minPersonal: 0,
    minFaceToFace: 0,
    theyShare: 0.3,
    ratedShare: 0.7,
    atmosphere: { from: 2.5, to: 2.3 },
    trust: { from: 2.7, to: 2.5 },
    resistance: { from: 3.4, to: 3.6 },
    kinds: BUSINESS_KINDS,
    facts: [0, 1],
    knownSinceDays: [300, 2500],
    lastContactDays: [5, 70],
  },
  caution: {
    interactions: [4, 9],
    personalShare: 0,
    minPersonal: 0,
    minFaceToFace: 0,
    theyShare: 0.55,
    ratedShare: 0.8,
    atmosphere: { from: 3.1, to: 2.6 },
    trust: { from: 2.4, to: 1.7 },
    resistance: { from: 3.8, to: 4.4 },
    kinds: BUSINESS_KINDS,
    facts: [0, 1],
    knownSinceDays: [300, 2500],
    lastContactDays: [5, 60],
  },
};

export function profileOf(stance: Stance, stage: Stage): RelationshipProfile {
  return PROFILES[stance === "befriend" ? stage : stance];
}
