// Builders and fast-check arbitraries for the relationship tests (not used by production code).
import fc from "fast-check";
import { addDays, type IsoDateTime } from "../dates.ts";
import type { Interaction } from "../model/interaction.ts";
import { IMPORTANCE_LEVELS, INTERACTION_KINDS, STAGES, STANCES } from "../vocabulary.ts";
import type { AgendaContact } from "./agenda-types.ts";
import {
  type ContactSignals,
  emptySignals,
  type InteractionLike,
  type SignalPersonFields,
  summariseInteractions,
} from "./signals.ts";

export const NOW: IsoDateTime = "2026-11-27T09:00:00.000Z";

export function buildPersonFields(overrides: Partial<SignalPersonFields> = {}): SignalPersonFields {
  return {
    id: "p-1",
    stage: "business_contact",
    stance: "befriend",
    addressForm: "sie",
    addressFormSince: null,
    addressFormOfferedBy: null,
    knownSince: null,
    importance: 3,
    cadenceDays: null,
    createdAt: "2024-01-01T08:00:00.000Z",
    ...overrides,
  };
}

export function buildSignals(overrides: Partial<ContactSignals> = {}): ContactSignals {
  return { ...emptySignals(buildPersonFields()), ...overrides };
}

export function buildContact(overrides: Partial<AgendaContact> = {}): AgendaContact {
  return {
    ...buildSignals(),
    firstName: "Jan",
    lastName: "Becker",
    stanceReason: null,
    birthday: null,
    ...overrides,
  };
}

export function buildInteraction(overrides: Partial<InteractionLike> = {}): InteractionLike {
  return {
    occurredAt: "2026-11-20T10:00:00.000Z",
    kind: "meeting",
    initiatedBy: "me",
    personal: false,
    trust: null,
    resistance: null,
    ...overrides,
  };
}

/** `count` interactions, one every `everyDays` days going back from `lastDay`. */
export function repeatInteractions(
  count: number,
  everyDays: number,
  lastDay: string,
  make: (index: number) => Partial<Interaction> = () => ({}),
): InteractionLike[] {
  return Array.from({ length: count }, (_, index) =>
    buildInteraction({ occurredAt: `${addDays(lastDay, -index * everyDays)}T10:00:00.000Z`, ...make(index) }),
  );
}

const day = fc.integer({ min: 0, max: 4000 }).map((n) => addDays("2016-01-01", n));
const instant = day.map((d) => `${d}T12:00:00.000Z`);
const rating = fc.option(fc.constantFrom(1, 2, 3, 4, 5), { nil: null });

export const interactionArbitrary: fc.Arbitrary<InteractionLike> = fc.record({
  occurredAt: instant,
  kind: fc.constantFrom(...INTERACTION_KINDS),
  initiatedBy: fc.constantFrom("me" as const, "them" as const),
  personal: fc.boolean(),
  trust: rating,
  resistance: rating,
});

export const personFieldsArbitrary: fc.Arbitrary<SignalPersonFields> = fc.record({
  id: fc.stringMatching(/^p-[a-z0-9]{1,6}$/),
  stage: fc.constantFrom(...STAGES),
  stance: fc.constantFrom(...STANCES),
  addressForm: fc.constantFrom("sie" as const, "du" as const),
  addressFormSince: fc.option(day, { nil: null }),
  addressFormOfferedBy: fc.option(fc.constantFrom("me" as const, "them" as const), { nil: null }),
  knownSince: fc.option(day, { nil: null }),
  importance: fc.constantFrom(...IMPORTANCE_LEVELS),
  cadenceDays: fc.option(fc.integer({ min: 1, max: 400 }), { nil: null }),
  createdAt: instant,
});

/** Signals as the store would produce them: summarised from random interactions. */
export const signalsArbitrary: fc.Arbitrary<ContactSignals> = fc
  .tuple(personFieldsArbitrary, fc.array(interactionArbitrary, { maxLength: 40 }), fc.nat({ max: 30 }))
  .map(([person, interactions, facts]) => summariseInteractions(person, interactions, facts, NOW));

/** Any numbers at all, even inconsistent ones (more recent than total …): the rules must hold anyway. */
export const looseSignalsArbitrary: fc.Arbitrary<ContactSignals> = fc
  .tuple(
    personFieldsArbitrary,
    fc.option(instant, { nil: null }),
    fc.option(instant, { nil: null }),
    fc.array(fc.nat({ max: 500 }), { minLength: 16, maxLength: 16 }),
  )
  .map(([person, last, first, n]) => {
    const at = (i: number) => n[i] ?? 0;
    return {
      ...emptySignals(person),
      lastInteractionAt: last,
      firstInteractionAt: first,
      interactionCount: at(0),
      countLast90Days: at(1),
      countLast365Days: at(2),
      theyInitiatedCount: at(3),
      personalCount: at(4),
      faceToFaceCount: at(5),
      trustRecentCount: at(6) % 20,
      trustRecentSum: (at(6) % 20) * (1 + (at(7) % 5)),
      trustEarlierCount: at(8) % 20,
      trustEarlierSum: (at(8) % 20) * (1 + (at(9) % 5)),
      resistanceRecentCount: at(10) % 20,
      resistanceRecentSum: (at(10) % 20) * (1 + (at(11) % 5)),
      resistanceEarlierCount: at(12) % 20,
      resistanceEarlierSum: (at(12) % 20) * (1 + (at(13) % 5)),
      factCount: at(14),
    };
  });
