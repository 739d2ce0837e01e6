import type { StakeholderRole, WarmthBand } from "../../core/coverage/index.ts";
import type { ProcedureType, TenderPhase, ThresholdKind } from "../../core/tender/index.ts";
import type { OutcomeReason } from "../../core/vocabulary.ts";

// Deal and tender vocabularies as run-time lists for selects, repeated from core because the web
// app may import core only for types; deal-vocabulary.test.ts keeps them equal to core's.

export const STAKEHOLDER_ROLES = [
  "decision_maker",
  "influencer",
  "technical_evaluator",
  "gatekeeper",
  "user",
] as const satisfies readonly StakeholderRole[];
export const INFLUENCE_LEVELS = [1, 2, 3] as const;
export const OUTCOME_REASONS = [
  "price",
  "relationship",
  "product",
  "timing",
  "other",
] as const satisfies readonly OutcomeReason[];
export const PROCEDURE_TYPES = [
  "open",
  "restricted",
  "negotiated",
  "competitive_dialogue",
  "below_threshold_uvgo",
  "private_tender",
] as const satisfies readonly ProcedureType[];
export const THRESHOLD_KINDS = [
  "supplies_services_central",
  "supplies_services_sub_central",
  "supplies_services_sectors",
  "works",
] as const satisfies readonly ThresholdKind[];
export const TENDER_PHASES = [
  "before_publication",
  "procedure_running",
  "standstill_award",
  "closed",
] as const satisfies readonly TenderPhase[];
export const WARMTH_BANDS = ["cold", "cool", "warm", "close"] as const satisfies readonly WarmthBand[];

/** Lower bounds of the warmth bands (docs/decisions/045): below 30 cold, 30–49 cool, 50–69 warm. */
export const WARMTH_COOL_FROM = 30;
export const WARMTH_WARM_FROM = 50;
export const WARMTH_CLOSE_FROM = 70;

export function warmthBandOf(warmth: number): WarmthBand {
  if (warmth >= WARMTH_CLOSE_FROM) return "close";
  if (warmth >= WARMTH_WARM_FROM) return "warm";
  if (warmth >= WARMTH_COOL_FROM) return "cool";
  return "cold";
}
