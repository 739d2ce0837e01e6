import type { IsoDate, IsoDateTime } from "../dates.ts";
import { type InteractionLike, scoreWarmth, summariseInteractions } from "../relationship/index.ts";
import type { Stage } from "../vocabulary.ts";
import type { DemoPerson } from "./plan.ts";

// A planned contact's warmth on a past day, by the real rules: the same summary the store's
// contact-signals query makes, of the person as they were then — the stage and address form they
// had reached, the interactions and the facts logged by then. That is what closeDeal would have
// stored had the deal been closed in the app on that day.

/** When a demo deal is closed on its day: after the day's meetings, before the evening's notes. */
export function closingTime(day: IsoDate): IsoDateTime {
  return `${day}T16:00:00.000Z`;
}

/** The instant the loader stamps a person's creation and journey steps with. */
export function morningOf(day: IsoDate): IsoDateTime {
  return `${day}T08:00:00.000Z`;
}

export function warmthOn(
  person: DemoPerson,
  /** Interactions they took part in (others are ignored). */
  interactions: ReadonlyArray<InteractionLike & { participantKeys: readonly string[] }>,
  /** Days on which facts about them were learned. */
  factDays: readonly IsoDate[],
  day: IsoDate,
): number {
  const now = closingTime(day);
  const reached = person.stageHistory.filter((s) => s.on <= day);
  const stage: Stage = reached.at(-1)?.stage ?? person.stageHistory[0]?.stage ?? person.stage;
  const du =
    person.addressForm === "du" && person.addressFormSince !== null && person.addressFormSince <= day;
  const signals = summariseInteractions(
    {
      id: person.key,
      stage,
      stance: person.stance,
      addressForm: du ? "du" : "sie",
      addressFormSince: du ? person.addressFormSince : null,
      addressFormOfferedBy: du ? person.addressFormOfferedBy : null,
      knownSince: person.knownSince,
      importance: person.importance,
      cadenceDays: person.cadenceDays,
      createdAt: morningOf(person.stageHistory[0]?.on ?? day),
    },
    interactions.filter((i) => i.participantKeys.includes(person.key)),
    // Facts are written in the evening of the day they were learned: the close comes before.
    factDays.filter((d) => d < day).length,
    now,
  );
  return scoreWarmth(signals, now).score;
}
