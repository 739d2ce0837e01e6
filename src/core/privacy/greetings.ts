import type { AgendaInput } from "../relationship/agenda-types.ts";

/** The agenda fields that decide whether a line is a greeting and whom it is about. */
interface AgendaLine {
  kind: string;
  nudge: string;
  personId: string;
  subjectPersonId: string;
}

/**
 * Drops greeting lines (birthdays and important dates, nudged as "personal") about people who
 * opted out of greetings or objected to marketing — whether the date is theirs or, for a relative's
 * birthday, the line would go to them. Business lines and open loops stay.
 */
export function withoutOptedOutGreetings<T extends AgendaLine>(
  items: readonly T[],
  optedOut: ReadonlySet<string>,
): T[] {
  if (optedOut.size === 0) return [...items];
  return items.filter(
    (item) =>
      !(
        (item.kind === "birthday" || item.kind === "important_date") &&
        item.nudge === "personal" &&
        (optedOut.has(item.personId) || optedOut.has(item.subjectPersonId))
      ),
  );
}

/**
 * The same rule on the agenda's input, for the calendar feed: no birthday, no family birthday and
 * no important date of an opted-out person reaches the user's calendar. Open loops stay.
 */
export function agendaInputWithoutGreetings<I extends AgendaInput>(
  input: I,
  optedOut: ReadonlySet<string>,
): I {
  if (optedOut.size === 0) return input;
  const contactOfRelative = new Map(input.relatives.map((r) => [r.personId, r.contactId]));
  const blocked = (personId: string) => {
    const contactId = contactOfRelative.get(personId);
    return optedOut.has(personId) || (contactId !== undefined && optedOut.has(contactId));
  };
  return {
    ...input,
    contacts: input.contacts.map((c) => (optedOut.has(c.personId) ? { ...c, birthday: null } : c)),
    relatives: input.relatives.filter((r) => !blocked(r.personId)),
    importantDates: input.importantDates.filter((f) => !blocked(f.personId)),
  };
}

/**
 * For the briefing (Gesprächsvorbereitung): an opted-out person's card shows no upcoming birthdays
 * or dates to congratulate on. The caller passes the opt-out set of the workspace.
 */
export function briefingWithoutGreetings<
  B extends { person: { id: string }; life: { upcomingDates: readonly unknown[] } },
>(briefing: B, optedOut: ReadonlySet<string>): B {
  if (!optedOut.has(briefing.person.id)) return briefing;
  return { ...briefing, life: { ...briefing.life, upcomingDates: [] } };
}
