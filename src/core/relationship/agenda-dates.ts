// Birthdays and important dates in the coming days, for contacts and their family members. A
// relative's date is shown through the related contact ("Mia (Tochter von Jan Becker) …"), because
// the point is a warm word to the contact. Only for befriend contacts: a birthday greeting is a
// friendship nudge.
import { daysBetween, type IsoDate, isIsoDate, isValidDayOfMonth, nextYearlyOccurrence } from "../dates.ts";
import type { Localized } from "../locale.ts";
import { type Birthday, fullName } from "../model/person.ts";
import type {
  AgendaContact,
  AgendaDateFact,
  AgendaInput,
  AgendaOptions,
  AgendaRelative,
  UnrankedAgendaItem,
} from "./agenda-types.ts";
import { familyLabel, formatDayMonth } from "./format.ts";
import { nudgesAllowed } from "./stance.ts";

interface Subject {
  personId: string;
  contact: AgendaContact;
  /** Set when the date is a family member's, shown via the contact. */
  relative: AgendaRelative | null;
  birthday: Birthday | null;
}

export function collectDateItems(
  input: AgendaInput,
  contactsById: ReadonlyMap<string, AgendaContact>,
  options: AgendaOptions,
): UnrankedAgendaItem[] {
  const subjects = resolveSubjects(input.relatives, contactsById);
  const items: UnrankedAgendaItem[] = [];
  for (const subject of subjects.values()) {
    const birthday = subject.birthday;
    if (!birthday || !isValidDayOfMonth(birthday.day, birthday.month)) continue;
    const date = nextYearlyOccurrence(birthday.day, birthday.month, options.today);
    const days = daysBetween(options.today, date);
    if (days > options.dateLookaheadDays) continue;
    const age = birthday.year === null ? null : Number(date.slice(0, 4)) - birthday.year;
    const reason = birthdayText(nameOf(subject), date, days, age);
    items.push(dateItem("birthday", `birthday:${subject.personId}:${date}`, subject, date, days, reason));
  }
  for (const fact of input.importantDates) {
    const subject = subjects.get(fact.personId);
    if (!subject || fact.refersTo === null || !isIsoDate(fact.refersTo)) continue;
    const occurrence = nextDateOccurrence(fact.refersTo, options.today);
    const days = daysBetween(options.today, occurrence.date);
    if (days > options.dateLookaheadDays) continue;
    const reason = importantDateText(nameOf(subject), fact, occurrence.date, days, occurrence.years);
    items.push(
      dateItem(
        "important_date",
        `important_date:${fact.id}:${occurrence.date}`,
        subject,
        occurrence.date,
        days,
        reason,
      ),
    );
  }
  return items;
}

/** Contacts who may get friendship nudges, and their relatives, by the person whose date it is. */
function resolveSubjects(
  relatives: readonly AgendaRelative[],
  contactsById: ReadonlyMap<string, AgendaContact>,
): Map<string, Subject> {
  const subjects = new Map<string, Subject>();
  for (const contact of contactsById.values()) {
    if (!nudgesAllowed(contact.stance)) continue;
    subjects.set(contact.personId, {
      personId: contact.personId,
      contact,
      relative: null,
      birthday: contact.birthday,
    });
  }
  // A relative linked to two contacts (a child of a couple) is shown once, via the first link in id order.
  const links = [...relatives].sort((a, b) =>
    compareKeys([a.personId, a.contactId, a.kind], [b.personId, b.contactId, b.kind]),
  );
  for (const relative of links) {
    if (subjects.has(relative.personId) || contactsById.has(relative.personId)) continue;
    const contact = contactsById.get(relative.contactId);
    if (!contact || !nudgesAllowed(contact.stance) || !familyLabel(relative.kind, null)) continue;
    subjects.set(relative.personId, {
      personId: relative.personId,
      contact,
      relative,
      birthday: relative.birthday,
    });
  }
  return subjects;
}

/** "Jan Becker" or "Mia (Tochter von Jan Becker)"; built only for lines that are shown. */
function nameOf(subject: Subject): Localized {
  const contactName = fullName(subject.contact);
  const relative = subject.relative;
  const label = relative ? familyLabel(relative.kind, relative.gender ?? null) : null;
  if (!relative || !label) return { de: contactName, en: contactName };
  const own = fullName(relative);
  return { de: `${own} (${label.de} von ${contactName})`, en: `${own} (${label.en} of ${contactName})` };
}

/** A future date happens once; a past one recurs yearly as an anniversary. */
function nextDateOccurrence(refersTo: IsoDate, today: IsoDate): { date: IsoDate; years: number | null } {
  if (refersTo >= today) return { date: refersTo, years: null };
  const date = nextYearlyOccurrence(Number(refersTo.slice(8, 10)), Number(refersTo.slice(5, 7)), today);
  return { date, years: Number(date.slice(0, 4)) - Number(refersTo.slice(0, 4)) };
}

function dateItem(
  kind: "birthday" | "important_date",
  id: string,
  subject: Subject,
  date: IsoDate,
  days: number,
  reason: Localized,
): UnrankedAgendaItem {
  return {
    id,
    kind,
    section: days === 0 ? "today" : "upcoming",
    priority: 0,
    personId: subject.contact.personId,
    subjectPersonId: subject.personId,
    date,
    nudge: "personal",
    reason,
    caution: null,
  };
}

function birthdayText(name: Localized, date: IsoDate, days: number, age: number | null): Localized {
  const when = whenText(date, days);
  const turns =
    age !== null && age > 0 ? { de: ` (wird ${age})`, en: ` (turns ${age})` } : { de: "", en: "" };
  return {
    de: `${name.de} hat ${when.de} Geburtstag${turns.de}`,
    en: `${name.en} has a birthday ${when.en}${turns.en}`,
  };
}

function importantDateText(
  name: Localized,
  fact: AgendaDateFact,
  date: IsoDate,
  days: number,
  years: number | null,
): Localized {
  const when = whenText(date, days);
  if (years === null || years <= 0) {
    return { de: `${name.de}: „${fact.text}“ ${when.de}`, en: `${name.en}: “${fact.text}” ${when.en}` };
  }
  return {
    de: `${name.de}: „${fact.text}“ jährt sich ${when.de} zum ${years}. Mal`,
    en: `${name.en}: “${fact.text}” – ${ordinal(years)} anniversary ${when.en}`,
  };
}

function whenText(date: IsoDate, days: number): Localized {
  if (days === 0) return { de: "heute", en: "today" };
  if (days === 1) return { de: "morgen", en: "tomorrow" };
  const dayMonth = formatDayMonth(date);
  return { de: `am ${dayMonth.de}`, en: `on ${dayMonth.en}` };
}

function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${suffix}`;
}

function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] ?? "";
    const y = b[i] ?? "";
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
