// Beziehungswärme: an explainable 0–100 score. The positive parts build up how close the
// relationship has become; the recency part then takes away what silence has cost, as an
// exponential decay of that closeness. Parts are rounded first and the score is their sum, so the
// numbers a person reads always add up. Model and sources: docs/decisions/020-warmth-model.md.
import { dayOf, type IsoDateTime } from "../dates.ts";
import type { Localized } from "../locale.ts";
import {
  countOf,
  formatDaysAgo,
  formatDecimal,
  formatDuration,
  formatMonthYear,
  formatPoints,
} from "./format.ts";
import { summariseResistance, summariseTrust } from "./ratings.ts";
import type { ContactSignals } from "./signals.ts";
import { DEFAULT_WARMTH_MODEL, type WarmthModel } from "./warmth-model.ts";
import {
  daysKnown,
  daysSilent,
  measureWarmth,
  theyInitiated,
  trustQuality,
  WARMTH_PART_KEYS,
  type WarmthPartKey,
} from "./warmth-points.ts";

export interface WarmthPart {
  key: WarmthPartKey;
  points: number;
  /** One sentence ending in the points: "Letzter Kontakt vor 94 Tagen: −18". */
  text: Localized;
}

export interface Warmth {
  /** 0–100, the sum of the parts' points. */
  score: number;
  /** Recency first: it is the strongest single predictor of tie strength. */
  parts: WarmthPart[];
}

export function scoreWarmth(
  signals: ContactSignals,
  now: IsoDateTime,
  model: WarmthModel = DEFAULT_WARMTH_MODEL,
): Warmth {
  const { score, points } = measureWarmth(signals, now, model);
  const today = dayOf(now);
  const sentences: Record<WarmthPartKey, Localized> = {
    recency: describeRecency(signals, daysSilent(signals, today)),
    frequency: describeFrequency(signals),
    depth: describeDepth(signals),
    reciprocity: describeReciprocity(signals),
    duration: describeDuration(daysKnown(signals, today)),
    address_form: describeAddressForm(signals),
    face_to_face: describeFaceToFace(signals),
    trust: describeTrust(signals),
  };
  return {
    score,
    parts: WARMTH_PART_KEYS.map((key) => withPoints(key, points[key], sentences[key])),
  };
}

/** The points silence has cost (≥ 0): what keeping in touch would win back. */
export function warmthLoss(warmth: Warmth): number {
  const recency = warmth.parts.find((part) => part.key === "recency");
  return recency ? 0 - recency.points : 0;
}

function describeRecency(signals: ContactSignals, days: number | null): Localized {
  if (days === null) return { de: "Noch kein Kontakt erfasst", en: "No contact logged yet" };
  const ago = formatDaysAgo(days);
  if (signals.lastInteractionAt === null) {
    return {
      de: `Seit dem Kennenlernen ${ago.de} kein Kontakt erfasst`,
      en: `No contact logged since meeting ${ago.en}`,
    };
  }
  return { de: `Letzter Kontakt ${ago.de}`, en: `Last contact ${ago.en}` };
}

function describeFrequency(signals: ContactSignals): Localized {
  const year = signals.countLast365Days;
  const recent = signals.countLast90Days;
  if (year <= 0) return { de: "Kein Kontakt im letzten Jahr", en: "No contact in the past year" };
  return {
    de: `${countOf(year, "Kontakt", "Kontakte")} im letzten Jahr, davon ${recent} in den letzten 90 Tagen`,
    en: `${countOf(year, "contact", "contacts")} in the past year, ${recent} of them in the past 90 days`,
  };
}

function describeDepth(signals: ContactSignals): Localized {
  const facts = signals.factCount;
  const personal = signals.personalCount;
  return {
    de: `${countOf(facts, "persönliches Detail", "persönliche Details")} bekannt, ${countOf(personal, "Gespräch", "Gespräche")} mit persönlichen Themen`,
    en: `${countOf(facts, "personal fact", "personal facts")} known, ${countOf(personal, "conversation", "conversations")} with personal topics`,
  };
}

function describeReciprocity(signals: ContactSignals): Localized {
  const total = signals.interactionCount;
  if (total <= 0) return { de: "Noch keine Kontakte erfasst", en: "No contacts logged yet" };
  const they = theyInitiated(signals);
  return {
    de: `${they} von ${countOf(total, "Kontakt", "Kontakten")} ${they === 1 ? "ging" : "gingen"} von der anderen Seite aus`,
    en: `They reached out in ${they} of ${countOf(total, "contact", "contacts")}`,
  };
}

function describeDuration(days: number | null): Localized {
  if (days === null) return { de: "Beginn der Beziehung unbekannt", en: "Start of the relationship unknown" };
  const length = formatDuration(days);
  return { de: `Bekannt ${length.de}`, en: `Known ${length.en}` };
}

function describeAddressForm(signals: ContactSignals): Localized {
  if (signals.addressForm === "sie") return { de: "Per Sie", en: "Formal address (Sie)" };
  const since = signals.addressFormSince === null ? null : formatMonthYear(signals.addressFormSince);
  return {
    de: since ? `Per Du seit ${since.de}` : "Per Du",
    en: since ? `On first-name terms (Du) since ${since.en}` : "On first-name terms (Du)",
  };
}

function describeFaceToFace(signals: ContactSignals): Localized {
  const count = signals.faceToFaceCount;
  return {
    de: `${countOf(count, "persönliches Treffen", "persönliche Treffen")} (Termin, Essen, Veranstaltung oder Video)`,
    en: `${countOf(count, "face-to-face meeting", "face-to-face meetings")} (meeting, meal, event or video)`,
  };
}

function describeTrust(signals: ContactSignals): Localized {
  const { level, delta } = trustQuality(signals);
  if (level === null) {
    return signals.interactionCount > 0
      ? {
          de: "Vertrauen und Widerstand noch nicht bewertet, neutral gezählt",
          en: "Trust and resistance not rated yet, counted as neutral",
        }
      : { de: "Noch keine Begegnung bewertet", en: "No interaction rated yet" };
  }
  const trust = summariseTrust(signals).level;
  const resistance = summariseResistance(signals).level;
  const pieces: Localized[] = [];
  if (trust !== null) pieces.push(ratingText("Vertrauen", "trust", trust));
  if (resistance !== null) pieces.push(ratingText("Widerstand", "resistance", resistance));
  if (delta !== null) pieces.push(trendText(delta));
  return {
    de: capitalise(pieces.map((p) => p.de).join(", ")),
    en: capitalise(pieces.map((p) => p.en).join(", ")),
  };
}

function ratingText(de: string, en: string, value: number): Localized {
  const number = formatDecimal(value);
  return { de: `${de} ${number.de} von 5`, en: `${en} ${number.en} of 5` };
}

function trendText(delta: number): Localized {
  if (delta >= 0.25) return { de: "Tendenz positiv", en: "improving" };
  if (delta <= -0.25) return { de: "Tendenz negativ", en: "worsening" };
  return { de: "Tendenz stabil", en: "steady" };
}

function withPoints(key: WarmthPartKey, points: number, sentence: Localized): WarmthPart {
  const shown = formatPoints(points);
  return { key, points, text: { de: `${sentence.de}: ${shown}`, en: `${sentence.en}: ${shown}` } };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
