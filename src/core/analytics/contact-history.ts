// Warmth as it was on a past day. Stage and address form are read from their histories, facts and
// interactions are cut at that day, and the warmth rules are applied with `now` = that day, so a
// deal closed in March is judged by the relationship of March — nothing learned later leaks in.
// signalsAt is a faster equivalent of summariseInteractions for many dates per contact (times are
// parsed once); contact-history.test.ts proves both agree on random histories.
import { dayOf, type IsoDate, type IsoDateTime } from "../dates.ts";
import {
  type ContactSignals,
  emptySignals,
  FACE_TO_FACE_KINDS,
  type InteractionLike,
  measureWarmth,
  RATING_WINDOW_DAYS,
  RECENT_WINDOW_DAYS,
  type SignalPersonFields,
  YEAR_WINDOW_DAYS,
} from "../relationship/index.ts";
import type { AddressForm, Party, Stage } from "../vocabulary.ts";

export interface StageChangeLike {
  stage: Stage;
  changedAt: IsoDateTime;
}

export interface AddressFormChangeLike {
  form: AddressForm;
  changedOn: IsoDate;
  offeredBy: Party | null;
}

/** Everything the store knows about one contact, unfiltered by date. */
export interface ContactHistory {
  /** The person's fields today; stage and address form are replaced by their history as of a day. */
  person: SignalPersonFields;
  stageChanges: readonly StageChangeLike[];
  addressFormChanges: readonly AddressFormChangeLike[];
  /** learned_on of the facts the viewer may see (own and shared). */
  factDates: readonly IsoDate[];
  interactions: readonly InteractionLike[];
}

interface TimedRow {
  ms: number;
  row: InteractionLike;
}

/** A history with times parsed and everything sorted once, for many "as of" questions. */
export interface ContactTimeline {
  history: ContactHistory;
  stages: { ms: number; stage: Stage }[];
  forms: AddressFormChangeLike[];
  factDays: IsoDate[];
  rows: TimedRow[];
}

const MS_PER_DAY = 86_400_000;

export function prepareTimeline(history: ContactHistory): ContactTimeline {
  // Stable sorts: among equal times, input order decides, exactly as summariseInteractions does.
  const rows = history.interactions
    .map((row) => ({ ms: Date.parse(row.occurredAt), row }))
    .sort((a, b) => a.ms - b.ms);
  const stages = history.stageChanges
    .map((c) => ({ ms: Date.parse(c.changedAt), stage: c.stage }))
    .sort((a, b) => a.ms - b.ms);
  const forms = [...history.addressFormChanges].sort((a, b) => compareText(a.changedOn, b.changedOn));
  const factDays = [...history.factDates].sort(compareText);
  return { history, stages, forms, factDays, rows };
}

/** The person's fields as they were at `at`: stage and address form from their histories. */
export function personAt(timeline: ContactTimeline, at: IsoDateTime): SignalPersonFields {
  const { person } = timeline.history;
  const atMs = Date.parse(at);
  const day = dayOf(at);
  let stage = person.stage;
  if (timeline.stages.length > 0) {
    // Before the first record the contact was what it was first recorded as.
    stage = (timeline.stages[0] as { stage: Stage }).stage;
    for (const change of timeline.stages) {
      if (change.ms > atMs) break;
      stage = change.stage;
    }
  }
  const form = addressFormAt(timeline, day);
  return { ...person, stage, ...form };
}

function addressFormAt(
  timeline: ContactTimeline,
  day: IsoDate,
): Pick<SignalPersonFields, "addressForm" | "addressFormSince" | "addressFormOfferedBy"> {
  const { person } = timeline.history;
  const first = timeline.forms[0];
  if (first === undefined) {
    if (person.addressFormSince !== null && person.addressFormSince > day) {
      return {
        addressForm: opposite(person.addressForm),
        addressFormSince: null,
        addressFormOfferedBy: null,
      };
    }
    return {
      addressForm: person.addressForm,
      addressFormSince: person.addressFormSince,
      addressFormOfferedBy: person.addressFormOfferedBy,
    };
  }
  let state: Pick<SignalPersonFields, "addressForm" | "addressFormSince" | "addressFormOfferedBy"> = {
    addressForm: opposite(first.form),
    addressFormSince: null,
    addressFormOfferedBy: null,
  };
  for (const change of timeline.forms) {
    if (change.changedOn > day) break;
    state = {
      addressForm: change.form,
      addressFormSince: change.changedOn,
      addressFormOfferedBy: change.offeredBy,
    };
  }
  return state;
}

function opposite(form: AddressForm): AddressForm {
  return form === "du" ? "sie" : "du";
}

/** Facts known by the end of `day`. */
export function factCountAt(timeline: ContactTimeline, day: IsoDate): number {
  let count = 0;
  for (const learned of timeline.factDays) {
    if (learned > day) break;
    count += 1;
  }
  return count;
}

/** ContactSignals as of `at`; equal to summariseInteractions(personAt, interactions, facts, at). */
export function signalsAt(timeline: ContactTimeline, at: IsoDateTime): ContactSignals {
  const atMs = Date.parse(at);
  const recentFrom = atMs - RECENT_WINDOW_DAYS * MS_PER_DAY;
  const yearFrom = atMs - YEAR_WINDOW_DAYS * MS_PER_DAY;
  const ratingsFrom = atMs - RATING_WINDOW_DAYS * MS_PER_DAY;
  const signals = emptySignals(personAt(timeline, at));
  signals.factCount = factCountAt(timeline, dayOf(at));
  let lastMs = Number.NEGATIVE_INFINITY;
  for (const { ms, row } of timeline.rows) {
    if (ms > atMs) break;
    signals.interactionCount += 1;
    if (signals.firstInteractionAt === null) signals.firstInteractionAt = row.occurredAt;
    if (ms > lastMs) {
      lastMs = ms;
      signals.lastInteractionAt = row.occurredAt;
    }
    if (ms >= recentFrom) signals.countLast90Days += 1;
    if (ms >= yearFrom) signals.countLast365Days += 1;
    if (row.initiatedBy === "them") signals.theyInitiatedCount += 1;
    if (row.personal) signals.personalCount += 1;
    if (FACE_TO_FACE_KINDS.includes(row.kind)) signals.faceToFaceCount += 1;
    const recent = ms >= ratingsFrom;
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

/** Beziehungswärme (0–100) as of `at`: the same score scoreWarmth gives, without the sentences. */
export function warmthAt(timeline: ContactTimeline, at: IsoDateTime): number {
  return measureWarmth(signalsAt(timeline, at), at).score;
}

/** Whether the relationship had begun by `at`: added, known or met by then. */
export function existedAt(timeline: ContactTimeline, at: IsoDateTime): boolean {
  const { person } = timeline.history;
  const atMs = Date.parse(at);
  if (Date.parse(person.createdAt) <= atMs) return true;
  if (person.knownSince !== null && person.knownSince <= dayOf(at)) return true;
  const first = timeline.rows[0];
  return first !== undefined && first.ms <= atMs;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
