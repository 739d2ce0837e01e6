// Beziehungsstufe: suggest the next stage from the evidence; the user confirms. Only steps up are
// suggested — a stage is a milestone that happened, and a relationship that has cooled shows in
// its warmth and in keep-in-touch, not by taking the milestone away. Never for contacts whose
// stance is not befriend. Thresholds: docs/decisions/021-stage-suggestion.md.
import { dayOf, type IsoDateTime } from "../dates.ts";
import type { Localized } from "../locale.ts";
import { STAGES, type Stage } from "../vocabulary.ts";
import { countOf, formatDecimal, formatDuration, formatMonthYear } from "./format.ts";
import { summariseResistance, summariseTrust } from "./ratings.ts";
import type { ContactSignals } from "./signals.ts";
import { nudgesAllowed } from "./stance.ts";
import { DEFAULT_WARMTH_MODEL, type WarmthModel } from "./warmth-model.ts";
import { daysKnown, measureWarmth } from "./warmth-points.ts";

export interface StageCriteria {
  acquaintance: { minInteractions: number; minPersonal: number; minFacts: number };
  trust: {
    minInteractions: number;
    minDays: number;
    minWarmth: number;
    /** With ratings: recent trust at least this, from at least minTrustRatings ratings … */
    minTrust: number;
    minTrustRatings: number;
    /** … and resistance, if rated, at most this. */
    maxResistance: number;
    /** Without ratings: they reach out on their own and talk about personal things. */
    unratedMinTheyShare: number;
    unratedMinPersonal: number;
  };
  friendship: {
    minDays: number;
    minWarmth: number;
    minPersonal: number;
    minFaceToFace: number;
    /** In German-speaking business a friendship without the Du is rare enough to wait for it. */
    requireDu: boolean;
  };
}

export const DEFAULT_STAGE_CRITERIA: StageCriteria = {
  acquaintance: { minInteractions: 3, minPersonal: 1, minFacts: 2 },
  trust: {
    minInteractions: 6,
    minDays: 180,
    minWarmth: 45,
    minTrust: 3.5,
    minTrustRatings: 2,
    maxResistance: 3,
    unratedMinTheyShare: 0.25,
    unratedMinPersonal: 3,
  },
  friendship: { minDays: 365, minWarmth: 65, minPersonal: 6, minFaceToFace: 3, requireDu: true },
};

export interface StageSuggestion {
  stage: Stage;
  reasons: Localized[];
}

export interface StageEvidence {
  stage: Stage;
  reasons: Localized[];
}

export function suggestStage(
  signals: ContactSignals,
  now: IsoDateTime,
  criteria: StageCriteria = DEFAULT_STAGE_CRITERIA,
  model: WarmthModel = DEFAULT_WARMTH_MODEL,
): StageSuggestion | null {
  if (!nudgesAllowed(signals.stance)) return null;
  const evidence = assessStage(signals, now, criteria, model);
  if (STAGES.indexOf(evidence.stage) <= STAGES.indexOf(signals.stage)) return null;
  return { stage: evidence.stage, reasons: evidence.reasons };
}

/** The highest stage the evidence supports, with the reasons for it (stance is not considered). */
export function assessStage(
  signals: ContactSignals,
  now: IsoDateTime,
  criteria: StageCriteria = DEFAULT_STAGE_CRITERIA,
  model: WarmthModel = DEFAULT_WARMTH_MODEL,
): StageEvidence {
  const warmth = measureWarmth(signals, now, model).score;
  const days = daysKnown(signals, dayOf(now)) ?? 0;

  const acquaintance = acquaintanceReasons(signals, criteria);
  if (!acquaintance) return { stage: "business_contact", reasons: [] };
  const trust = trustReasons(signals, criteria, warmth, days);
  if (!trust) return { stage: "acquaintance", reasons: acquaintance };
  const friendship = friendshipReasons(signals, criteria, warmth, days);
  if (!friendship) return { stage: "trust", reasons: trust };
  return { stage: "friendship", reasons: friendship };
}

function acquaintanceReasons(signals: ContactSignals, criteria: StageCriteria): Localized[] | null {
  const c = criteria.acquaintance;
  if (signals.interactionCount < c.minInteractions) return null;
  const reasons = [interactionsReason(signals.interactionCount)];
  if (signals.personalCount >= c.minPersonal) reasons.push(personalReason(signals.personalCount));
  else if (signals.factCount >= c.minFacts) reasons.push(factsReason(signals.factCount));
  else return null;
  return reasons;
}

function trustReasons(
  signals: ContactSignals,
  criteria: StageCriteria,
  warmth: number,
  days: number,
): Localized[] | null {
  const c = criteria.trust;
  if (signals.interactionCount < c.minInteractions || days < c.minDays || warmth < c.minWarmth) return null;
  const trust = summariseTrust(signals);
  const resistance = summariseResistance(signals);
  const trustRatings = signals.trustRecentCount > 0 ? signals.trustRecentCount : signals.trustEarlierCount;
  const reasons = [warmthReason(warmth), durationReason(days)];
  if (trust.level !== null) {
    if (trust.level < c.minTrust || trustRatings < c.minTrustRatings) return null;
    const value = formatDecimal(trust.level);
    reasons.push({ de: `Vertrauen im Schnitt ${value.de} von 5`, en: `Average trust ${value.en} of 5` });
  } else {
    const share = signals.theyInitiatedCount / signals.interactionCount;
    if (share < c.unratedMinTheyShare || signals.personalCount < c.unratedMinPersonal) return null;
    reasons.push({
      de: `${signals.theyInitiatedCount} von ${signals.interactionCount} Kontakten gingen von der anderen Seite aus`,
      en: `They reached out in ${signals.theyInitiatedCount} of ${signals.interactionCount} contacts`,
    });
    reasons.push(personalReason(signals.personalCount));
  }
  if (resistance.level !== null) {
    if (resistance.level > c.maxResistance) return null;
    const value = formatDecimal(resistance.level);
    reasons.push({ de: `Wenig Widerstand (${value.de} von 5)`, en: `Little resistance (${value.en} of 5)` });
  }
  return reasons;
}

function friendshipReasons(
  signals: ContactSignals,
  criteria: StageCriteria,
  warmth: number,
  days: number,
): Localized[] | null {
  const c = criteria.friendship;
  if (days < c.minDays || warmth < c.minWarmth) return null;
  if (signals.personalCount < c.minPersonal || signals.faceToFaceCount < c.minFaceToFace) return null;
  if (c.requireDu && signals.addressForm !== "du") return null;
  const reasons: Localized[] = [];
  if (signals.addressForm === "du") reasons.push(duReason(signals));
  reasons.push(
    warmthReason(warmth),
    durationReason(days),
    personalReason(signals.personalCount),
    faceToFaceReason(signals.faceToFaceCount),
  );
  return reasons;
}

function interactionsReason(count: number): Localized {
  return {
    de: `${countOf(count, "Begegnung", "Begegnungen")} erfasst`,
    en: `${countOf(count, "interaction", "interactions")} logged`,
  };
}

function personalReason(count: number): Localized {
  return {
    de: `${countOf(count, "Gespräch", "Gespräche")} mit persönlichen Themen`,
    en: `${countOf(count, "conversation", "conversations")} with personal topics`,
  };
}

function factsReason(count: number): Localized {
  return {
    de: `${countOf(count, "persönliches Detail", "persönliche Details")} bekannt`,
    en: `${countOf(count, "personal fact", "personal facts")} known`,
  };
}

function faceToFaceReason(count: number): Localized {
  return {
    de: `${countOf(count, "persönliches Treffen", "persönliche Treffen")}`,
    en: `${countOf(count, "face-to-face meeting", "face-to-face meetings")}`,
  };
}

function warmthReason(warmth: number): Localized {
  return { de: `Beziehungswärme ${warmth}`, en: `Warmth ${warmth}` };
}

function durationReason(days: number): Localized {
  const length = formatDuration(days);
  return { de: `Bekannt ${length.de}`, en: `Known ${length.en}` };
}

function duReason(signals: ContactSignals): Localized {
  const since = signals.addressFormSince === null ? null : formatMonthYear(signals.addressFormSince);
  const base: Localized = since
    ? { de: `Per Du seit ${since.de}`, en: `On first-name terms (Du) since ${since.en}` }
    : { de: "Per Du", en: "On first-name terms (Du)" };
  if (signals.addressFormOfferedBy !== "them") return base;
  return { de: `${base.de}, vom Kontakt angeboten`, en: `${base.en}, offered by them` };
}
