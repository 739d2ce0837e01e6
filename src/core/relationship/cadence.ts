// Kontaktrhythmus: how often to be in touch. By default it follows Dunbar's layers of closeness
// (about 5 / 15 / 50 / 150 people, in touch roughly weekly / monthly / a few times a year / yearly),
// taken from importance and stage, whichever asks for more contact; a cadence set by hand wins.
// Any logged interaction restarts the clock. See docs/decisions/022-cadence-layers.md.
import { addDays, dayOf, daysBetween, type IsoDate, type IsoDateTime } from "../dates.ts";
import type { Importance, Stage } from "../vocabulary.ts";
import type { ContactSignals } from "./signals.ts";
import { nudgesAllowed } from "./stance.ts";

export interface CadenceLayers {
  /** Days between contacts by importance (1 = inner circle … 4 = wide network). */
  byImportance: Record<Importance, number>;
  /** Days between contacts that closeness alone asks for; only for befriend contacts. */
  byStage: Record<Stage, number>;
}

export const DEFAULT_CADENCE_LAYERS: CadenceLayers = {
  byImportance: { 1: 7, 2: 30, 3: 90, 4: 365 },
  byStage: { friendship: 30, trust: 90, acquaintance: 90, business_contact: 365 },
};

/** Hand-set cadences outside this range are treated as not set (a typo, not a wish). */
export const MIN_CADENCE_DAYS = 1;
export const MAX_CADENCE_DAYS = 3650;

export type CadenceSource = "manual" | "importance" | "stage";

export interface Cadence {
  days: number;
  source: CadenceSource;
}

export type CadenceInput = Pick<ContactSignals, "cadenceDays" | "importance" | "stage" | "stance">;

export function isValidCadenceDays(days: number): boolean {
  return Number.isInteger(days) && days >= MIN_CADENCE_DAYS && days <= MAX_CADENCE_DAYS;
}

export function cadenceFor(contact: CadenceInput, layers: CadenceLayers = DEFAULT_CADENCE_LAYERS): Cadence {
  if (contact.cadenceDays !== null && isValidCadenceDays(contact.cadenceDays)) {
    return { days: contact.cadenceDays, source: "manual" };
  }
  const byImportance = layers.byImportance[contact.importance];
  // Closeness is a reason to call only where friendship is wanted; otherwise business importance decides.
  if (!nudgesAllowed(contact.stance)) return { days: byImportance, source: "importance" };
  const byStage = layers.byStage[contact.stage];
  return byStage < byImportance
    ? { days: byStage, source: "stage" }
    : { days: byImportance, source: "importance" };
}

export interface DueState {
  cadenceDays: number;
  cadenceSource: CadenceSource;
  /** The day the clock started: last interaction, else knownSince, else the day the contact was added. */
  since: IsoDate;
  dueOn: IsoDate;
  /** Days past dueOn; 0 when due today or not yet due. */
  overdueDays: number;
  /** Days until dueOn; 0 when due today or overdue. */
  daysUntilDue: number;
}

export type DueInput = CadenceInput & Pick<ContactSignals, "lastInteractionAt" | "knownSince" | "createdAt">;

export function dueState(
  contact: DueInput,
  now: IsoDateTime,
  layers: CadenceLayers = DEFAULT_CADENCE_LAYERS,
  today: IsoDate = dayOf(now),
): DueState {
  const cadence = cadenceFor(contact, layers);
  // A freshly imported contact is due one cadence after it was added, not all at once on day one.
  const since =
    contact.lastInteractionAt !== null
      ? dayOf(contact.lastInteractionAt)
      : (contact.knownSince ?? dayOf(contact.createdAt));
  const dueOn = addDays(since, cadence.days);
  const offset = daysBetween(dueOn, today);
  return {
    cadenceDays: cadence.days,
    cadenceSource: cadence.source,
    since,
    dueOn,
    overdueDays: Math.max(0, offset),
    daysUntilDue: Math.max(0, -offset),
  };
}
