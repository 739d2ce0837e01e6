// Heute: the signed-in user's agenda for one day. Today's birthdays and dates first (they cannot
// wait), then due open loops (promises), then keep-in-touch by priority, then what comes in the
// next two weeks. Every tie is broken on ids with plain code-unit comparison, never the locale, so
// the same input and `now` give the same list in any order and on any machine.
import { dayOf, type IsoDateTime } from "../dates.ts";
import { collectDateItems } from "./agenda-dates.ts";
import { collectKeepInTouchItems } from "./agenda-keep-in-touch.ts";
import { collectOpenLoopItems } from "./agenda-open-loops.ts";
import {
  AGENDA_SECTIONS,
  type AgendaContact,
  type AgendaInput,
  type AgendaItem,
  type AgendaOptions,
  type AgendaPlan,
  type UnrankedAgendaItem,
} from "./agenda-types.ts";
import { DEFAULT_CADENCE_LAYERS } from "./cadence.ts";
import { DEFAULT_WARMTH_MODEL } from "./warmth-model.ts";

/** "In the next 14 days", counted inclusively from today. */
export const DATE_LOOKAHEAD_DAYS = 14;

export function defaultAgendaOptions(now: IsoDateTime): AgendaOptions {
  return {
    today: dayOf(now),
    dateLookaheadDays: DATE_LOOKAHEAD_DAYS,
    keepInTouchLookaheadDays: 0,
    openLoopLookaheadDays: 0,
    cadenceLayers: DEFAULT_CADENCE_LAYERS,
    warmthModel: DEFAULT_WARMTH_MODEL,
    keepInTouchLimit: Number.POSITIVE_INFINITY,
    openLoopLimit: Number.POSITIVE_INFINITY,
    withheldPersonalNudges: new Set(),
  };
}

/** The whole agenda, every due keep-in-touch contact and open loop included unless limits are given. */
export function buildAgenda(
  input: AgendaInput,
  now: IsoDateTime,
  overrides: Partial<AgendaOptions> = {},
): AgendaItem[] {
  return planAgenda(input, now, overrides).items;
}

export function planAgenda(
  input: AgendaInput,
  now: IsoDateTime,
  overrides: Partial<AgendaOptions> = {},
): AgendaPlan {
  const options = { ...defaultAgendaOptions(now), ...overrides };
  const contactsById = new Map<string, AgendaContact>();
  for (const contact of input.contacts) contactsById.set(contact.personId, contact);
  const keepInTouch = collectKeepInTouchItems([...contactsById.values()], now, options);
  const withheld = options.withheldPersonalNudges;
  const openLoops = collectOpenLoopItems(input.openLoops, contactsById, options).sort(compareAgendaItems);
  const items = collectDateItems(input, contactsById, options).filter(
    (item) => !(item.nudge === "personal" && withheld.has(item.personId)),
  );
  items.push(...openLoops.slice(0, Math.max(0, options.openLoopLimit)), ...keepInTouch.items);
  return {
    items: items.sort(compareAgendaItems).map((item, index) => ({ ...item, rank: index + 1 })),
    keepInTouchDue: keepInTouch.due,
    openLoopsDue: openLoops.length,
  };
}

export function compareAgendaItems(a: UnrankedAgendaItem, b: UnrankedAgendaItem): number {
  return (
    AGENDA_SECTIONS.indexOf(a.section) - AGENDA_SECTIONS.indexOf(b.section) ||
    b.priority - a.priority ||
    compareText(a.date, b.date) ||
    compareText(a.personId, b.personId) ||
    compareText(a.id, b.id)
  );
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
