import { type IsoDate, pad2 } from "../dates.ts";
import type { Locale } from "../locale.ts";
import { fullName } from "../model/person.ts";
import type { AgendaInput } from "./agenda-types.ts";
import { familyLabel } from "./format.ts";
import { nudgesAllowed } from "./stance.ts";

/** An all-day calendar entry, format-neutral (the io layer writes it as ICS). */
export interface CalendarEvent {
  uid: string;
  date: IsoDate;
  summary: string;
  description: string | null;
  yearly: boolean;
}

/**
 * What the calendar feed shows: birthdays of contacts and their families, important dates and open
 * loops with a due day. Birthdays and family dates are greetings, so — like the agenda — they
 * appear only for contacts the user wants to befriend; open loops are business and always appear.
 */
export function calendarEvents(input: AgendaInput, locale: Locale, firstYear: number): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const contacts = new Map(input.contacts.map((c) => [c.personId, c]));
  const befriended = (personId: string) => {
    const contact = contacts.get(personId);
    return contact !== undefined && nudgesAllowed(contact.stance);
  };
  for (const contact of input.contacts) {
    if (!contact.birthday || !nudgesAllowed(contact.stance)) continue;
    events.push({
      uid: `birthday-${contact.personId}@kundenfreund`,
      date: yearlyStart(contact.birthday, firstYear),
      summary: TEXT.birthday[locale](fullName(contact)),
      description: null,
      yearly: true,
    });
  }
  for (const relative of input.relatives) {
    if (!relative.birthday || !befriended(relative.contactId)) continue;
    const contact = contacts.get(relative.contactId);
    const label = familyLabel(relative.kind, relative.gender ?? null);
    const of = contact && label ? ` (${label[locale]} ${TEXT.of[locale]} ${fullName(contact)})` : "";
    events.push({
      uid: `birthday-${relative.personId}@kundenfreund`,
      date: yearlyStart(relative.birthday, firstYear),
      summary: TEXT.birthday[locale](`${fullName(relative)}${of}`),
      description: null,
      yearly: true,
    });
  }
  const relativeContact = new Map(input.relatives.map((r) => [r.personId, r.contactId]));
  for (const fact of input.importantDates) {
    const contactId = contacts.has(fact.personId) ? fact.personId : relativeContact.get(fact.personId);
    if (!fact.refersTo || !contactId || !befriended(contactId)) continue;
    const contact = contacts.get(contactId);
    events.push({
      uid: `date-${fact.id}@kundenfreund`,
      date: fact.refersTo,
      summary: contact ? `${fullName(contact)}: ${fact.text}` : fact.text,
      description: null,
      yearly: true,
    });
  }
  for (const loop of input.openLoops) {
    if (!loop.dueOn || loop.closedOn) continue;
    const contact = contacts.get(loop.personId);
    events.push({
      uid: `loop-${loop.id}@kundenfreund`,
      date: loop.dueOn,
      summary: contact ? `${fullName(contact)}: ${loop.text}` : loop.text,
      description: TEXT.openLoop[locale],
      yearly: false,
    });
  }
  return events.sort((a, b) => (a.date === b.date ? a.uid.localeCompare(b.uid) : a.date < b.date ? -1 : 1));
}

/** A yearly event starts in the birth year when known (calendars then show the age), else firstYear. */
function yearlyStart(
  birthday: { day: number; month: number; year: number | null },
  firstYear: number,
): IsoDate {
  // 29 February recurs only in leap years under RFC 5545; start in a leap year so it is kept.
  const year = birthday.year ?? (birthday.month === 2 && birthday.day === 29 ? 2024 : firstYear);
  return `${year}-${pad2(birthday.month)}-${pad2(birthday.day)}`;
}

const TEXT = {
  birthday: { de: (name: string) => `Geburtstag: ${name}`, en: (name: string) => `Birthday: ${name}` },
  of: { de: "von", en: "of" },
  openLoop: { de: "Offener Faden aus Kundenfreund", en: "Open loop from Kundenfreund" },
} as const;
