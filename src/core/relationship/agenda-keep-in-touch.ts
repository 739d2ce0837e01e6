// Kontaktpflege lines: contacts whose cadence is due or overdue. Ranked by the warmth that silence
// has cost plus how far past due they are, weighted by importance — the relationships that lose the
// most, and matter most, first. Contacts that are not befriend get a business reminder instead.
import { daysBetween, type IsoDateTime } from "../dates.ts";
import type { Localized } from "../locale.ts";
import { fullName } from "../model/person.ts";
import type { Importance } from "../vocabulary.ts";
import type { AgendaContact, AgendaOptions, UnrankedAgendaItem } from "./agenda-types.ts";
import { type DueState, dueState } from "./cadence.ts";
import { formatDaysAgo, formatDaysAhead, formatPoints } from "./format.ts";
import { describeCaution, nudgesAllowed } from "./stance.ts";
import { measureWarmth } from "./warmth-points.ts";

/** Importance 1 (inner circle) counts twice as much as 4 (wide network). */
export const KEEP_IN_TOUCH_IMPORTANCE_WEIGHT: Record<Importance, number> = { 1: 2, 2: 1.5, 3: 1.2, 4: 1 };
/** Points for being one full cadence overdue, capped at three cadences. */
export const OVERDUE_POINTS_PER_CADENCE = 10;
export const MAX_OVERDUE_CADENCES = 3;

export interface KeepInTouchLines {
  /** The best-ranked lines, at most `options.keepInTouchLimit`. */
  items: UnrankedAgendaItem[];
  /** How many contacts are due in all (the lines shown and the ones past the limit). */
  due: number;
}

/**
 * Ranks every due contact by the numbers alone, then words only the lines that are shown: a
 * salesperson with 2,000 contacts may have hundreds due, and sentences for lines nobody reads are
 * the dearest part of the agenda. The order equals compareAgendaItems within the section.
 */
export function collectKeepInTouchItems(
  contacts: readonly AgendaContact[],
  now: IsoDateTime,
  options: AgendaOptions,
): KeepInTouchLines {
  const candidates: Candidate[] = [];
  for (const contact of contacts) {
    const due = dueState(contact, now, options.cadenceLayers, options.today);
    if (due.daysUntilDue > options.keepInTouchLookaheadDays) continue;
    const personal = nudgesAllowed(contact.stance);
    if (personal && options.withheldPersonalNudges.has(contact.personId)) continue;
    const warmth = measureWarmth(contact, now, options.warmthModel);
    const overdueCadences = Math.min(MAX_OVERDUE_CADENCES, due.overdueDays / due.cadenceDays);
    const priority =
      (warmth.loss + OVERDUE_POINTS_PER_CADENCE * overdueCadences) *
      KEEP_IN_TOUCH_IMPORTANCE_WEIGHT[contact.importance];
    candidates.push({
      contact,
      due,
      score: warmth.score,
      loss: warmth.loss,
      personal,
      priority: Math.round(priority * 1000) / 1000,
    });
  }
  candidates.sort(compareCandidates);
  const shown = candidates.slice(0, Math.max(0, options.keepInTouchLimit));
  return { items: shown.map((c) => lineOf(c, options)), due: candidates.length };
}

interface Candidate {
  contact: AgendaContact;
  due: DueState;
  score: number;
  loss: number;
  personal: boolean;
  priority: number;
}

function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.priority !== b.priority) return b.priority - a.priority;
  if (a.due.dueOn !== b.due.dueOn) return a.due.dueOn < b.due.dueOn ? -1 : 1;
  if (a.contact.personId === b.contact.personId) return 0;
  return a.contact.personId < b.contact.personId ? -1 : 1;
}

function lineOf(candidate: Candidate, options: AgendaOptions): UnrankedAgendaItem {
  const { contact, due, personal } = candidate;
  return {
    id: `keep_in_touch:${contact.personId}`,
    kind: "keep_in_touch",
    section: "keep_in_touch",
    priority: candidate.priority,
    personId: contact.personId,
    subjectPersonId: contact.personId,
    date: due.dueOn,
    nudge: personal ? "personal" : "business",
    reason: personal
      ? personalReason(contact, due, candidate.score, candidate.loss, options)
      : businessReason(contact, due, options),
    caution: describeCaution(contact.stance, contact.stanceReason),
  };
}

function personalReason(
  contact: AgendaContact,
  due: DueState,
  score: number,
  loss: number,
  options: AgendaOptions,
): Localized {
  const name = fullName(contact);
  const facts = dueFacts(contact, due, options);
  const cost =
    loss > 0
      ? { de: ` (${formatPoints(-loss)} durch die Pause)`, en: ` (${formatPoints(-loss)} from the silence)` }
      : { de: "", en: "" };
  return {
    de: `Persönlich bei ${name} melden: ${facts.de}. Beziehungswärme ${score}${cost.de}`,
    en: `Reach out personally to ${name}: ${facts.en}. Warmth ${score}${cost.en}`,
  };
}

function businessReason(contact: AgendaContact, due: DueState, options: AgendaOptions): Localized {
  const name = fullName(contact);
  const facts = dueFacts(contact, due, options);
  return {
    de: `Geschäftlich bei ${name} melden: ${facts.de}`,
    en: `Business follow-up with ${name}: ${facts.en}`,
  };
}

/** "letzter Kontakt vor 94 Tagen, Kontaktrhythmus alle 30 Tage, seit 64 Tagen überfällig". */
function dueFacts(contact: AgendaContact, due: DueState, options: AgendaOptions): Localized {
  const ago = formatDaysAgo(daysBetween(due.since, options.today));
  const last: Localized =
    contact.lastInteractionAt === null
      ? { de: "noch kein Kontakt erfasst", en: "no contact logged yet" }
      : { de: `letzter Kontakt ${ago.de}`, en: `last contact ${ago.en}` };
  const rhythm: Localized =
    due.cadenceDays === 1
      ? { de: "täglich", en: "daily" }
      : { de: `alle ${due.cadenceDays} Tage`, en: `every ${due.cadenceDays} days` };
  const state = dueText(due);
  return {
    de: `${last.de}, Kontaktrhythmus ${rhythm.de}, ${state.de}`,
    en: `${last.en}, cadence ${rhythm.en}, ${state.en}`,
  };
}

function dueText(due: DueState): Localized {
  if (due.overdueDays === 1) return { de: "seit einem Tag überfällig", en: "1 day overdue" };
  if (due.overdueDays > 1) {
    return { de: `seit ${due.overdueDays} Tagen überfällig`, en: `${due.overdueDays} days overdue` };
  }
  if (due.daysUntilDue === 0) return { de: "heute fällig", en: "due today" };
  const ahead = formatDaysAhead(due.daysUntilDue);
  return { de: `fällig ${ahead.de}`, en: `due ${ahead.en}` };
}
