// Beziehungswärme: an explainable 0–100 score. The positive parts build up how close the
// relationship has become; the recency part then takes away what silence has cost, as an
// exponential decay of that closeness. Parts are rounded first and the score is their sum, so the
// numbers a person reads always add up. Model and sources: docs/decisions/020-warmth-model.md.
import { dayOf, daysBetween, type IsoDate, type IsoDateTime } from "../dates.ts";
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

export type WarmthPartKey =
  | "recency"
  | "frequency"
  | "depth"
  | "reciprocity"
  | "duration"
  | "address_form"
  | "face_to_face"
  | "trust";

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
  const today = dayOf(now);
  const built = [
    scoreFrequency(signals, model),
    scoreDepth(signals, model),
    scoreReciprocity(signals, model),
    scoreDuration(signals, today, model),
    scoreAddressForm(signals, model),
    scoreFaceToFace(signals, model),
    scoreTrust(signals, model),
  ];
  const base = Math.min(
    100,
    built.reduce((sum, part) => sum + part.points, 0),
  );
  const recency = scoreRecency(signals, today, base, model);
  return { score: base + recency.points, parts: [recency, ...built] };
}

/** The points silence has cost (≥ 0): what keeping in touch would win back. */
export function warmthLoss(warmth: Warmth): number {
  const recency = warmth.parts.find((part) => part.key === "recency");
  return recency ? -recency.points : 0;
}

/** The day the relationship began: the earlier of knownSince and the first logged interaction. */
export function relationshipStart(signals: ContactSignals): IsoDate | null {
  const first = signals.firstInteractionAt === null ? null : dayOf(signals.firstInteractionAt);
  if (signals.knownSince === null) return first;
  if (first === null) return signals.knownSince;
  return first < signals.knownSince ? first : signals.knownSince;
}

function scoreRecency(signals: ContactSignals, today: IsoDate, base: number, model: WarmthModel): WarmthPart {
  const last = signals.lastInteractionAt === null ? null : dayOf(signals.lastInteractionAt);
  const since = last ?? signals.knownSince;
  if (since === null) {
    return part("recency", 0, { de: "Noch kein Kontakt erfasst", en: "No contact logged yet" });
  }
  const days = Math.max(0, daysBetween(since, today));
  const retention = model.annualRetention[signals.stage];
  const loss = Math.round(base * (1 - retention ** (days / 365)));
  const ago = formatDaysAgo(days);
  const text: Localized =
    last === null
      ? {
          de: `Seit dem Kennenlernen ${ago.de} kein Kontakt erfasst`,
          en: `No contact logged since meeting ${ago.en}`,
        }
      : { de: `Letzter Kontakt ${ago.de}`, en: `Last contact ${ago.en}` };
  return part("recency", loss === 0 ? 0 : -loss, text);
}

function scoreFrequency(signals: ContactSignals, model: WarmthModel): WarmthPart {
  const { yearPoints, yearScale, recentPoints, recentScale } = model.frequency;
  const year = signals.countLast365Days;
  const recent = signals.countLast90Days;
  const points = Math.round(
    yearPoints * saturate(year, yearScale) + recentPoints * saturate(recent, recentScale),
  );
  if (year === 0) {
    return part("frequency", points, { de: "Kein Kontakt im letzten Jahr", en: "No contact in the past year" });
  }
  return part("frequency", points, {
    de: `${countOf(year, "Kontakt", "Kontakte")} im letzten Jahr, davon ${recent} in den letzten 90 Tagen`,
    en: `${countOf(year, "contact", "contacts")} in the past year, ${recent} of them in the past 90 days`,
  });
}

function scoreDepth(signals: ContactSignals, model: WarmthModel): WarmthPart {
  const { factPoints, factScale, personalPoints, personalScale } = model.depth;
  const facts = signals.factCount;
  const personal = signals.personalCount;
  const points = Math.round(
    factPoints * saturate(facts, factScale) + personalPoints * saturate(personal, personalScale),
  );
  return part("depth", points, {
    de: `${countOf(facts, "persönliches Detail", "persönliche Details")} bekannt, ${countOf(personal, "Gespräch", "Gespräche")} mit persönlichen Themen`,
    en: `${countOf(facts, "personal fact", "personal facts")} known, ${countOf(personal, "conversation", "conversations")} with personal topics`,
  });
}

function scoreReciprocity(signals: ContactSignals, model: WarmthModel): WarmthPart {
  const total = signals.interactionCount;
  if (total === 0) return part("reciprocity", 0, { de: "Noch keine Kontakte erfasst", en: "No contacts logged yet" });
  const they = clamp(signals.theyInitiatedCount, 0, total);
  const { points: max, fullShare, fullConfidenceCount } = model.reciprocity;
  // A single call they happened to start says little; confidence grows with the number of contacts.
  const confidence = Math.min(1, total / fullConfidenceCount);
  const points = Math.round(max * Math.min(1, they / total / fullShare) * confidence);
  return part("reciprocity", points, {
    de: `${they} von ${countOf(total, "Kontakt", "Kontakten")} ${they === 1 ? "ging" : "gingen"} von der anderen Seite aus`,
    en: `They reached out in ${they} of ${countOf(total, "contact", "contacts")}`,
  });
}

function scoreDuration(signals: ContactSignals, today: IsoDate, model: WarmthModel): WarmthPart {
  const start = relationshipStart(signals);
  if (start === null) {
    return part("duration", 0, { de: "Beginn der Beziehung unbekannt", en: "Start of the relationship unknown" });
  }
  const days = Math.max(0, daysBetween(start, today));
  const points = Math.round(model.duration.points * saturate(days / 365, model.duration.scaleYears));
  const length = formatDuration(days);
  return part("duration", points, { de: `Bekannt ${length.de}`, en: `Known ${length.en}` });
}

function scoreAddressForm(signals: ContactSignals, model: WarmthModel): WarmthPart {
  if (signals.addressForm === "sie") {
    return part("address_form", 0, { de: "Per Sie", en: "Formal address (Sie)" });
  }
  const since = signals.addressFormSince === null ? null : formatMonthYear(signals.addressFormSince);
  return part("address_form", model.addressForm.duPoints, {
    de: since ? `Per Du seit ${since.de}` : "Per Du",
    en: since ? `On first-name terms (Du) since ${since.en}` : "On first-name terms (Du)",
  });
}

function scoreFaceToFace(signals: ContactSignals, model: WarmthModel): WarmthPart {
  const count = signals.faceToFaceCount;
  const points = Math.round(model.faceToFace.points * saturate(count, model.faceToFace.scale));
  return part("face_to_face", points, {
    de: `${countOf(count, "persönliches Treffen", "persönliche Treffen")} (Termin, Essen, Veranstaltung oder Video)`,
    en: `${countOf(count, "face-to-face meeting", "face-to-face meetings")} (meeting, meal, event or video)`,
  });
}

function scoreTrust(signals: ContactSignals, model: WarmthModel): WarmthPart {
  const trust = summariseTrust(signals);
  const resistance = summariseResistance(signals);
  const { points: max, neutralQuality, trendWeight, trendFullDelta } = model.trust;
  if (trust.level === null && resistance.level === null) {
    if (signals.interactionCount === 0) {
      return part("trust", 0, { de: "Noch keine Begegnung bewertet", en: "No interaction rated yet" });
    }
    // Unrated is not distrust: many people never rate, and their contacts should not look colder.
    return part("trust", Math.round(max * neutralQuality), {
      de: "Vertrauen und Widerstand noch nicht bewertet, neutral gezählt",
      en: "Trust and resistance not rated yet, counted as neutral",
    });
  }
  const qualities: number[] = [];
  if (trust.level !== null) qualities.push((trust.level - 1) / 4);
  if (resistance.level !== null) qualities.push((5 - resistance.level) / 4);
  const level = qualities.reduce((sum, q) => sum + q, 0) / qualities.length;
  const hasTrend = trust.change !== null || resistance.change !== null;
  const delta = (trust.change ?? 0) - (resistance.change ?? 0);
  const adjustment = trendWeight * clamp(delta / trendFullDelta, -1, 1);
  const points = Math.round(max * clamp(level + adjustment, 0, 1));
  const pieces: Localized[] = [];
  if (trust.level !== null) pieces.push(ratingText("Vertrauen", "trust", trust.level));
  if (resistance.level !== null) pieces.push(ratingText("Widerstand", "resistance", resistance.level));
  if (hasTrend) pieces.push(trendText(delta));
  return part("trust", points, {
    de: capitalise(pieces.map((p) => p.de).join(", ")),
    en: capitalise(pieces.map((p) => p.en).join(", ")),
  });
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

function part(key: WarmthPartKey, points: number, sentence: Localized): WarmthPart {
  const shown = formatPoints(points);
  return { key, points, text: { de: `${sentence.de}: ${shown}`, en: `${sentence.en}: ${shown}` } };
}

function saturate(value: number, scale: number): number {
  return value <= 0 ? 0 : 1 - Math.exp(-value / scale);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
