import { dayOf, type IsoDate, type IsoDateTime } from "../dates.ts";
import type { Localized } from "../locale.ts";
import { describeLastContact } from "./last-contact.ts";
import {
  type Influence,
  ROLE_LABELS,
  rolePriority,
  type Stakeholder,
  type StakeholderRole,
} from "./stakeholder.ts";
import { BAND_LABELS, WARMTH_WARM_FROM, type WarmthBand, warmthBand } from "./warmth-bands.ts";

// Coverage is the weighted mean warmth of the people who decide a deal. A weighted mean stays in
// 0–100 and cannot fall when anyone warms up — the two promises the figure makes. See
// docs/decisions/045.

export const ROLE_WEIGHTS: Record<StakeholderRole, number> = {
  decision_maker: 4,
  influencer: 2,
  technical_evaluator: 2,
  gatekeeper: 1,
  user: 1,
};

/** An unknown decision maker counts as a cold one of medium influence. */
export const MISSING_DECISION_MAKER_INFLUENCE: Influence = 2;
export const MISSING_DECISION_MAKER_WEIGHT = ROLE_WEIGHTS.decision_maker * MISSING_DECISION_MAKER_INFLUENCE;

export interface CoveragePart {
  personId: string;
  name: string;
  role: StakeholderRole;
  influence: Influence;
  warmth: number;
  band: WarmthBand;
  weight: number;
  /** Share of the total weight, 0–1. */
  share: number;
  /** Points this person adds to the score. */
  points: number;
}

export interface CoverageGap {
  /** Null for a role nobody fills. */
  personId: string | null;
  role: StakeholderRole;
  band: WarmthBand | null;
  text: Localized;
}

export interface Coverage {
  score: number;
  parts: CoveragePart[];
  /** Most important first: a missing, then a cold decision maker. */
  gaps: CoverageGap[];
}

const clampWarmth = (warmth: number): number =>
  Number.isFinite(warmth) ? Math.min(100, Math.max(0, warmth)) : 0;

export function weightOf(stakeholder: Pick<Stakeholder, "role" | "influence">): number {
  return ROLE_WEIGHTS[stakeholder.role] * stakeholder.influence;
}

export const MISSING_DECISION_MAKER_GAP: Localized = {
  de: "Kein Entscheider bekannt – wer entscheidet am Ende?",
  en: "No decision maker known – who makes the final decision?",
};

export function gapText(stakeholder: Stakeholder, today: IsoDate): Localized {
  const role = ROLE_LABELS[stakeholder.role];
  const band = BAND_LABELS[warmthBand(clampWarmth(stakeholder.warmth))];
  const last = describeLastContact(stakeholder.lastContactAt, today);
  return {
    de: `${role.de} ${stakeholder.name}: ${band.de}, ${last.de}`,
    en: `${role.en} ${stakeholder.name}: ${band.en}, ${last.en}`,
  };
}

/** Cold before cool; within a band the decision maker first, then by influence, then the colder. */
export function compareGaps(a: Stakeholder, b: Stakeholder): number {
  const bandRank = (s: Stakeholder) => (warmthBand(clampWarmth(s.warmth)) === "cold" ? 0 : 1);
  return (
    bandRank(a) - bandRank(b) ||
    rolePriority(a.role) - rolePriority(b.role) ||
    b.influence - a.influence ||
    clampWarmth(a.warmth) - clampWarmth(b.warmth) ||
    a.name.localeCompare(b.name) ||
    a.personId.localeCompare(b.personId)
  );
}

export function hasDecisionMaker(stakeholders: readonly Stakeholder[]): boolean {
  return stakeholders.some((s) => s.role === "decision_maker");
}

export function scoreCoverage(stakeholders: readonly Stakeholder[], now: IsoDateTime | IsoDate): Coverage {
  const today = dayOf(now);
  const missingWeight = hasDecisionMaker(stakeholders) ? 0 : MISSING_DECISION_MAKER_WEIGHT;
  const totalWeight = stakeholders.reduce((sum, s) => sum + weightOf(s), 0) + missingWeight;
  const parts: CoveragePart[] = stakeholders.map((s) => {
    const warmth = clampWarmth(s.warmth);
    const weight = weightOf(s);
    return {
      personId: s.personId,
      name: s.name,
      role: s.role,
      influence: s.influence,
      warmth,
      band: warmthBand(warmth),
      weight,
      share: weight / totalWeight,
      points: (weight * warmth) / totalWeight,
    };
  });
  const raw = parts.reduce((sum, p) => sum + p.points, 0);
  const score = stakeholders.length === 0 ? 0 : Math.min(100, Math.max(0, Math.round(raw)));

  const gaps: CoverageGap[] = [];
  if (missingWeight > 0) {
    gaps.push({ personId: null, role: "decision_maker", band: null, text: MISSING_DECISION_MAKER_GAP });
  }
  const cold = stakeholders.filter((s) => clampWarmth(s.warmth) < WARMTH_WARM_FROM).sort(compareGaps);
  for (const s of cold) {
    gaps.push({
      personId: s.personId,
      role: s.role,
      band: warmthBand(clampWarmth(s.warmth)),
      text: gapText(s, today),
    });
  }
  return { score, parts, gaps };
}
