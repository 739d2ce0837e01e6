// The shapes the Heute agenda is built from and returns. The caller (store/service layer) passes
// only the signed-in user's contacts, already aggregated to ContactSignals — no interaction rows.
import type { IsoDate } from "../dates.ts";
import type { Localized } from "../locale.ts";
import type { Fact } from "../model/fact.ts";
import type { OpenLoop } from "../model/open-loop.ts";
import type { Birthday, Person } from "../model/person.ts";
import type { RelationKind } from "../vocabulary.ts";
import type { CadenceLayers } from "./cadence.ts";
import type { LabelGender } from "./format.ts";
import type { ContactSignals } from "./signals.ts";
import type { WarmthModel } from "./warmth-model.ts";

export type AgendaKind = "keep_in_touch" | "birthday" | "important_date" | "open_loop";

/** The agenda reads top to bottom in this order; see docs/decisions/024-heute-agenda.md. */
export const AGENDA_SECTIONS = ["today", "open_loops", "keep_in_touch", "upcoming"] as const;
export type AgendaSection = (typeof AGENDA_SECTIONS)[number];

/**
 * personal: a friendship nudge (only for befriend contacts). business: a business keep-in-touch
 * reminder. follow_up: an open loop the user wrote down — shown whatever the stance.
 */
export type NudgeKind = "personal" | "business" | "follow_up";

/** A contact of the user: its signals plus what the lines need to name it. */
export interface AgendaContact extends ContactSignals {
  firstName: string;
  lastName: string;
  stanceReason: Person["stanceReason"];
  birthday: Birthday | null;
}

/**
 * A family member (isContact = false) linked to a contact: Mia is the `kind` (child) of the
 * contact `contactId` (Jan), i.e. a Relation with personId = contactId, relatedPersonId = personId.
 */
export interface AgendaRelative {
  personId: string;
  firstName: string;
  lastName: string;
  birthday: Birthday | null;
  contactId: string;
  kind: RelationKind;
  /** Optional, for "Tochter"/"Sohn" instead of the neutral "Kind" — the model has no such field yet. */
  gender?: LabelGender;
}

/** An important_date fact of a contact or of a relative; recurs yearly once its day has passed. */
export type AgendaDateFact = Pick<Fact, "id" | "personId" | "text" | "refersTo">;

export type AgendaOpenLoop = Pick<OpenLoop, "id" | "personId" | "text" | "dueOn" | "closedOn">;

export interface AgendaInput {
  contacts: readonly AgendaContact[];
  relatives: readonly AgendaRelative[];
  importantDates: readonly AgendaDateFact[];
  openLoops: readonly AgendaOpenLoop[];
}

export interface AgendaOptions {
  /** The user's calendar day; defaults to the UTC day of `now`. */
  today: IsoDate;
  /** Birthdays and important dates this many days ahead (inclusive). */
  dateLookaheadDays: number;
  /** Keep-in-touch contacts due within this many days; 0 = due today or overdue. */
  keepInTouchLookaheadDays: number;
  /** Open loops due within this many days; 0 = due today or overdue. */
  openLoopLookaheadDays: number;
  cadenceLayers: CadenceLayers;
  warmthModel: WarmthModel;
  /** At most this many keep-in-touch lines, the best-ranked; the rest are only counted. */
  keepInTouchLimit: number;
  /** At most this many open-loop lines, the longest overdue first; the rest are only counted. */
  openLoopLimit: number;
  /**
   * Contacts who get no personal nudge today (e.g. while a tender procedure with them runs); their
   * business lines and open loops stay.
   */
  withheldPersonalNudges: ReadonlySet<string>;
}

/** The agenda and how many keep-in-touch contacts and open loops are due in all (shown or not). */
export interface AgendaPlan {
  items: AgendaItem[];
  keepInTouchDue: number;
  openLoopsDue: number;
}

export interface AgendaItem {
  /** Stable key: "keep_in_touch:<personId>", "birthday:<personId>:<date>", "open_loop:<loopId>" … */
  id: string;
  kind: AgendaKind;
  section: AgendaSection;
  /** 1-based position in the agenda. */
  rank: number;
  /** Within keep_in_touch: higher first (warmth lost and overdue, weighted by importance); else 0. */
  priority: number;
  /** The contact the line is about (for a relative's birthday: the related contact). */
  personId: string;
  /** Whose date it is (the relative for family birthdays), else the contact. */
  subjectPersonId: string;
  /** The birthday/date, the due day of an open loop or of keep-in-touch. */
  date: IsoDate;
  nudge: NudgeKind;
  reason: Localized;
  /** For caution contacts: "Vorsicht: <reason>"; null otherwise. */
  caution: Localized | null;
}

/** An item before the agenda has ordered and ranked it. */
export type UnrankedAgendaItem = Omit<AgendaItem, "rank">;
