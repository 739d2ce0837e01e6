import { addDays, daysBetween, type IsoDate } from "../dates.ts";
import { laterDay } from "./day-order.ts";
import type { FactSeed } from "./fact-seeds.ts";
import type { InteractionDraft } from "./interactions.ts";
import type { DemoFact } from "./plan.ts";
import type { Rng } from "./random.ts";

// When each fact was learned: in a personal conversation where possible — which then is what that
// conversation was about — or, for facts older than the year of interactions, on a day since the
// two met. A plan ("next race on …") is learned before its day, an event ("got married on …") after.

const FORESIGHT_DAYS = 300;

export interface PlacedFact {
  fact: DemoFact;
  seed: FactSeed;
}

export function placeFacts(
  rng: Rng,
  options: {
    personKey: string;
    seeds: readonly FactSeed[];
    interactions: readonly InteractionDraft[];
    knownSince: IsoDate;
    today: IsoDate;
  },
): PlacedFact[] {
  const { seeds, interactions, knownSince, today } = options;
  return seeds.map((seed, index) => {
    const learnedBefore = seed.loop !== null || (seed.refersTo !== null && seed.refersTo >= today);
    const fits = (day: IsoDate) =>
      day < today && (seed.refersTo === null || (learnedBefore ? day < seed.refersTo : day >= seed.refersTo));
    const candidates = interactions.filter((i) => i.personal && i.personalTopic === null && fits(i.day));
    const source = candidates.length > 0 ? rng.pick(candidates) : null;
    if (source) source.personalTopic = seed.topic;
    const learnedOn = source?.day ?? dayWithout(rng, seed, learnedBefore, knownSince, today);
    return {
      seed,
      fact: {
        key: `${options.personKey}-k${index + 1}`,
        personKey: options.personKey,
        category: seed.category,
        text: seed.text,
        refersTo: seed.refersTo,
        learnedOn,
        interactionKey: source?.key ?? null,
        shared: false,
      },
    };
  });
}

function dayWithout(rng: Rng, seed: FactSeed, learnedBefore: boolean, knownSince: IsoDate, today: IsoDate) {
  const yesterday = addDays(today, -1);
  let from = knownSince;
  let until = yesterday;
  if (seed.refersTo !== null && learnedBefore && seed.refersTo <= until) until = addDays(seed.refersTo, -1);
  if (seed.refersTo !== null && !learnedBefore && seed.refersTo > from) from = seed.refersTo;
  // Plans are told about months ahead, not years.
  if (learnedBefore) from = laterDay(from, addDays(today, -FORESIGHT_DAYS));
  if (from > until) return until < knownSince ? knownSince : until;
  return addDays(from, rng.int(0, daysBetween(from, until)));
}
