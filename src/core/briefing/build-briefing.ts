import { daysBetween, type IsoDate, type IsoDateTime, nextYearlyOccurrence } from "../dates.ts";
import { yearlyGiftSummary } from "../gifts/index.ts";
import type { Localized } from "../locale.ts";
import { fullName } from "../model/person.ts";
import { nudgesAllowed, scoreWarmth } from "../relationship/index.ts";
import type { Briefing, BriefingDate, BriefingInput } from "./briefing-types.ts";
import { mindsetLine } from "./mindset.ts";

/** How far ahead the briefing looks for birthdays and dates. */
export const BRIEFING_DATE_LOOKAHEAD_DAYS = 30;
export const BRIEFING_RECENT_FACTS = 8;
export const BRIEFING_CONVERSATIONS = 3;

/**
 * The one-screen card before a meeting: who this person is to me, what is going on in their life,
 * what to ask, what I promised, the last conversations and the business context. For contacts I
 * keep professional (or am cautious with) it is business only, with the reason shown.
 */
export function buildBriefing(input: BriefingInput, now: IsoDateTime, today: IsoDate): Briefing {
  const { person } = input;
  const businessOnly = !nudgesAllowed(person.stance);
  const start = person.knownSince ?? input.signals.firstInteractionAt?.slice(0, 10) ?? null;
  const openLoops = input.openLoops.filter((loop) => loop.closedOn === null);
  return {
    person,
    company: input.companyName,
    businessOnly,
    stanceReason: person.stance === "befriend" ? null : person.stanceReason,
    mindset: mindsetLine(person.stance, person.stage, person.stanceReason),
    who: {
      stage: person.stage,
      warmth: scoreWarmth(input.signals, now),
      knownSince: start,
      knownFor: start ? knownFor(daysBetween(start, today)) : null,
      howWeMet: businessOnly ? null : person.howWeMet,
      addressForm: person.addressForm,
      addressFormSince: person.addressFormSince,
    },
    life: businessOnly
      ? { recentFacts: [], upcomingDates: [] }
      : {
          recentFacts: input.facts.slice(0, BRIEFING_RECENT_FACTS),
          upcomingDates: upcomingDates(input, today),
        },
    ask: openLoops.filter((l) => l.kind === "ask").map(({ id, text, dueOn }) => ({ id, text, dueOn })),
    promised: openLoops.filter((l) => l.kind === "do").map(({ id, text, dueOn }) => ({ id, text, dueOn })),
    lastConversations: input.lastConversations.slice(0, BRIEFING_CONVERSATIONS).map((i) => ({
      id: i.id,
      occurredAt: i.occurredAt,
      kind: i.kind,
      summary: i.summary,
      outcome: i.outcome,
      atmosphere: i.atmosphere,
      trust: i.trust,
      resistance: i.resistance,
    })),
    business: { notes: [...input.businessNotes] },
    gifts: {
      summary: yearlyGiftSummary(input.gifts, Number(today.slice(0, 4))),
      entries: input.gifts.filter((g) => g.date.startsWith(today.slice(0, 4))),
    },
    warnings: [...input.warnings],
  };
}

function upcomingDates(input: BriefingInput, today: IsoDate): BriefingDate[] {
  const dates: BriefingDate[] = [];
  const within = (date: IsoDate) => daysBetween(today, date) <= BRIEFING_DATE_LOOKAHEAD_DAYS;
  const birthday = input.person.birthday;
  if (birthday) {
    const date = nextYearlyOccurrence(birthday.day, birthday.month, today);
    if (within(date)) dates.push({ date, text: birthdayText(fullName(input.person), date, birthday.year) });
  }
  for (const relative of input.relatives) {
    if (!relative.birthday) continue;
    const date = nextYearlyOccurrence(relative.birthday.day, relative.birthday.month, today);
    if (within(date)) {
      const label = RELATIVE_LABEL[relative.kind] ?? { de: "Angehörige(r)", en: "relative" };
      const text = birthdayText(fullName(relative), date, relative.birthday.year);
      dates.push({ date, text: { de: `${text.de} (${label.de})`, en: `${text.en} (${label.en})` } });
    }
  }
  for (const fact of input.facts) {
    if (fact.category !== "important_date" || !fact.refersTo) continue;
    const date = nextYearlyOccurrence(
      Number(fact.refersTo.slice(8, 10)),
      Number(fact.refersTo.slice(5, 7)),
      today,
    );
    if (within(date)) dates.push({ date, text: { de: fact.text, en: fact.text } });
  }
  return dates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function birthdayText(name: string, date: IsoDate, year: number | null): Localized {
  const day = formatDay(date);
  const age = year ? Number(date.slice(0, 4)) - year : null;
  return {
    de: `${name} hat am ${day.de} Geburtstag${age ? ` (wird ${age})` : ""}`,
    en: `${name}'s birthday is on ${day.en}${age ? ` (turns ${age})` : ""}`,
  };
}

function formatDay(date: IsoDate): Localized {
  const instant = new Date(`${date}T12:00:00Z`);
  return {
    de: new Intl.DateTimeFormat("de-DE", { day: "numeric", month: "long", timeZone: "UTC" }).format(instant),
    en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone: "UTC" }).format(instant),
  };
}

function knownFor(days: number): Localized {
  if (days < 60) return { de: `seit ${days} Tagen`, en: `for ${days} days` };
  const months = Math.round(days / 30.44);
  if (months < 24) return { de: `seit ${months} Monaten`, en: `for ${months} months` };
  const years = Math.floor(days / 365.25);
  return { de: `seit ${years} Jahren`, en: `for ${years} years` };
}

const RELATIVE_LABEL: Partial<Record<string, Localized>> = {
  partner: { de: "Partner/in", en: "partner" },
  child: { de: "Kind", en: "child" },
  parent: { de: "Elternteil", en: "parent" },
  sibling: { de: "Geschwister", en: "sibling" },
};
