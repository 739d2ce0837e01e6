// The per-contact aggregate that warmth, stage and cadence are computed from. The store computes it
// in one GROUP BY over interaction_participants ⋈ interactions (plus a fact count), so the agenda
// never loads interaction rows; summariseInteractions is the executable reference that query must
// match exactly (sums and counts, no floating averages, so both dialects agree to the digit).
import { daysBetweenInstants, type IsoDate, type IsoDateTime } from "../dates.ts";
import type { Interaction } from "../model/interaction.ts";
import type { Person } from "../model/person.ts";
import type { InteractionKind } from "../vocabulary.ts";

/** Window for "recent" contact frequency. */
export const RECENT_WINDOW_DAYS = 90;
/** Window for yearly contact frequency. */
export const YEAR_WINDOW_DAYS = 365;
/** Ratings newer than this are "recent"; older ones are "earlier" — the trend compares the two. */
export const RATING_WINDOW_DAYS = 180;

/** Kinds where people see each other (video counts: faces and voices, as in Dunbar's work). */
export const FACE_TO_FACE_KINDS: readonly InteractionKind[] = ["meeting", "meal", "event", "video"];

const MS_PER_DAY = 86_400_000;

/** The person fields the rules need, copied from the person row. */
export type SignalPersonFields = Pick<
  Person,
  | "id"
  | "stage"
  | "stance"
  | "addressForm"
  | "addressFormSince"
  | "addressFormOfferedBy"
  | "knownSince"
  | "importance"
  | "cadenceDays"
  | "createdAt"
>;

/** What summariseInteractions reads from an interaction. */
export type InteractionLike = Pick<
  Interaction,
  "occurredAt" | "kind" | "initiatedBy" | "personal" | "trust" | "resistance"
>;

export interface ContactSignals {
  personId: string;
  stage: Person["stage"];
  stance: Person["stance"];
  addressForm: Person["addressForm"];
  addressFormSince: IsoDate | null;
  addressFormOfferedBy: Person["addressFormOfferedBy"];
  knownSince: IsoDate | null;
  importance: Person["importance"];
  cadenceDays: number | null;
  /** person.createdAt: the baseline for the first due date of a contact never met (imports). */
  createdAt: IsoDateTime;

  /** MAX(occurred_at) over interactions with occurred_at <= now. */
  lastInteractionAt: IsoDateTime | null;
  /** MIN(occurred_at) over the same rows. */
  firstInteractionAt: IsoDateTime | null;
  interactionCount: number;
  /** occurred_at >= cutoffs.recent (now − 90 days). */
  countLast90Days: number;
  /** occurred_at >= cutoffs.year (now − 365 days). */
  countLast365Days: number;
  /** initiated_by = 'them'. */
  theyInitiatedCount: number;
  /** personal = true. */
  personalCount: number;
  /** kind in FACE_TO_FACE_KINDS. */
  faceToFaceCount: number;
  /** SUM / COUNT of non-null trust ratings with occurred_at >= cutoffs.ratings, and before it. */
  trustRecentSum: number;
  trustRecentCount: number;
  trustEarlierSum: number;
  trustEarlierCount: number;
  /** The same for resistance ratings. */
  resistanceRecentSum: number;
  resistanceRecentCount: number;
  resistanceEarlierSum: number;
  resistanceEarlierCount: number;
  /** Personal facts known about the person (the caller decides whose facts count: usually the user's own plus shared). */
  factCount: number;
}

export interface SignalCutoffs {
  recent: IsoDateTime;
  year: IsoDateTime;
  ratings: IsoDateTime;
}

/**
 * The window starts as ISO instants, for the SQL to bind: an interaction is in a window when
 * cutoff <= occurred_at <= now. Interactions after `now` (planned ahead) count nowhere.
 */
export function computeSignalCutoffs(now: IsoDateTime): SignalCutoffs {
  const nowMs = Date.parse(now);
  const back = (days: number) => new Date(nowMs - days * MS_PER_DAY).toISOString();
  return {
    recent: back(RECENT_WINDOW_DAYS),
    year: back(YEAR_WINDOW_DAYS),
    ratings: back(RATING_WINDOW_DAYS),
  };
}

/** Signals of a contact with no interactions and no facts. */
export function emptySignals(person: SignalPersonFields): ContactSignals {
  return {
    personId: person.id,
    stage: person.stage,
    stance: person.stance,
    addressForm: person.addressForm,
    addressFormSince: person.addressFormSince,
    addressFormOfferedBy: person.addressFormOfferedBy,
    knownSince: person.knownSince,
    importance: person.importance,
    cadenceDays: person.cadenceDays,
    createdAt: person.createdAt,
    lastInteractionAt: null,
    firstInteractionAt: null,
    interactionCount: 0,
    countLast90Days: 0,
    countLast365Days: 0,
    theyInitiatedCount: 0,
    personalCount: 0,
    faceToFaceCount: 0,
    trustRecentSum: 0,
    trustRecentCount: 0,
    trustEarlierSum: 0,
    trustEarlierCount: 0,
    resistanceRecentSum: 0,
    resistanceRecentCount: 0,
    resistanceEarlierSum: 0,
    resistanceEarlierCount: 0,
    factCount: 0,
  };
}

/**
 * The reference for the store's aggregate query. `interactions` are the person's own (they are a
 * participant); rows after `now` are ignored.
 */
export function summariseInteractions(
  person: SignalPersonFields,
  interactions: readonly InteractionLike[],
  factCount: number,
  now: IsoDateTime,
): ContactSignals {
  const cutoffs = computeSignalCutoffs(now);
  const signals = emptySignals(person);
  signals.factCount = factCount;
  for (const row of interactions) {
    if (daysBetweenInstants(row.occurredAt, now) < 0) continue;
    signals.interactionCount += 1;
    if (signals.lastInteractionAt === null || isBefore(signals.lastInteractionAt, row.occurredAt)) {
      signals.lastInteractionAt = row.occurredAt;
    }
    if (signals.firstInteractionAt === null || isBefore(row.occurredAt, signals.firstInteractionAt)) {
      signals.firstInteractionAt = row.occurredAt;
    }
    if (!isBefore(row.occurredAt, cutoffs.recent)) signals.countLast90Days += 1;
    if (!isBefore(row.occurredAt, cutoffs.year)) signals.countLast365Days += 1;
    if (row.initiatedBy === "them") signals.theyInitiatedCount += 1;
    if (row.personal) signals.personalCount += 1;
    if (FACE_TO_FACE_KINDS.includes(row.kind)) signals.faceToFaceCount += 1;
    const recent = !isBefore(row.occurredAt, cutoffs.ratings);
    if (row.trust !== null) {
      if (recent) {
        signals.trustRecentSum += row.trust;
        signals.trustRecentCount += 1;
      } else {
        signals.trustEarlierSum += row.trust;
        signals.trustEarlierCount += 1;
      }
    }
    if (row.resistance !== null) {
      if (recent) {
        signals.resistanceRecentSum += row.resistance;
        signals.resistanceRecentCount += 1;
      } else {
        signals.resistanceEarlierSum += row.resistance;
        signals.resistanceEarlierCount += 1;
      }
    }
  }
  return signals;
}

/** Compares instants by time, so "…Z" strings with and without milliseconds still order right. */
function isBefore(a: IsoDateTime, b: IsoDateTime): boolean {
  return Date.parse(a) < Date.parse(b);
}
