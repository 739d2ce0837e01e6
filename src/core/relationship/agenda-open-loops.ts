// Offene Fäden that are due: promises and questions the user wrote down. They are business
// follow-ups and appear whatever the stance — a caution contact still gets the answer you promised.
import { addDays, daysBetween } from "../dates.ts";
import type { Localized } from "../locale.ts";
import { fullName } from "../model/person.ts";
import type { AgendaContact, AgendaOpenLoop, AgendaOptions, UnrankedAgendaItem } from "./agenda-types.ts";
import { formatDaysAhead } from "./format.ts";
import { describeCaution } from "./stance.ts";

export function collectOpenLoopItems(
  loops: readonly AgendaOpenLoop[],
  contactsById: ReadonlyMap<string, AgendaContact>,
  options: AgendaOptions,
): UnrankedAgendaItem[] {
  const horizon = addDays(options.today, options.openLoopLookaheadDays);
  const items: UnrankedAgendaItem[] = [];
  for (const loop of loops) {
    if (loop.closedOn !== null || loop.dueOn === null || loop.dueOn > horizon) continue;
    // The line names the contact; loops of people outside the user's contacts are not theirs to show.
    const contact = contactsById.get(loop.personId);
    if (!contact) continue;
    items.push({
      id: `open_loop:${loop.id}`,
      kind: "open_loop",
      section: "open_loops",
      priority: 0,
      personId: contact.personId,
      subjectPersonId: contact.personId,
      date: loop.dueOn,
      nudge: "follow_up",
      reason: loopReason(fullName(contact), loop.text, daysBetween(loop.dueOn, options.today)),
      caution: describeCaution(contact.stance, contact.stanceReason),
    });
  }
  return items;
}

function loopReason(name: string, text: string, overdueDays: number): Localized {
  const state = loopState(overdueDays);
  return {
    de: `Offener Faden mit ${name}: „${text}“ – ${state.de}`,
    en: `Open loop with ${name}: “${text}” – ${state.en}`,
  };
}

function loopState(overdueDays: number): Localized {
  if (overdueDays > 1)
    return { de: `seit ${overdueDays} Tagen überfällig`, en: `${overdueDays} days overdue` };
  if (overdueDays === 1) return { de: "seit gestern fällig", en: "due yesterday" };
  if (overdueDays === 0) return { de: "heute fällig", en: "due today" };
  const ahead = formatDaysAhead(-overdueDays);
  return { de: `fällig ${ahead.de}`, en: `due ${ahead.en}` };
}
