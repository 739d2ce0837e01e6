import type { GiftEntry } from "./gift-entry.ts";
import { countsTowardGiftLimit, giftLimitFor, isHospitality } from "./tax-rules.ts";

export interface PersonGiftSummary {
  personId: string;
  giftsGivenCents: number;
  hospitalityGivenCents: number;
  receivedCents: number;
  entryCount: number;
  /** Gifts exceed the exemption limit: none of them is deductible. */
  overGiftLimit: boolean;
  /** What may still be given this year within the limit (0 when over). */
  giftLimitRemainingCents: number | null;
}

export interface YearlyGiftSummary {
  year: number;
  giftLimitCents: number | null;
  people: PersonGiftSummary[];
  totals: {
    giftsGivenCents: number;
    hospitalityGivenCents: number;
    receivedCents: number;
    /** Gifts to people over the limit: not deductible at all. */
    nonDeductibleGiftsCents: number;
  };
}

/** The ledger of one calendar year per person, the largest gift totals first (for the briefing). */
export function yearlyGiftSummary(entries: readonly GiftEntry[], year: number): YearlyGiftSummary {
  const prefix = `${year}-`;
  const limit = giftLimitFor(`${year}-12-31`);
  const byPerson = new Map<string, PersonGiftSummary>();
  for (const entry of entries) {
    if (!entry.date.startsWith(prefix)) continue;
    let person = byPerson.get(entry.personId);
    if (!person) {
      person = {
        personId: entry.personId,
        giftsGivenCents: 0,
        hospitalityGivenCents: 0,
        receivedCents: 0,
        entryCount: 0,
        overGiftLimit: false,
        giftLimitRemainingCents: limit,
      };
      byPerson.set(entry.personId, person);
    }
    person.entryCount += 1;
    if (countsTowardGiftLimit(entry)) person.giftsGivenCents += entry.valueCents;
    else if (isHospitality(entry)) person.hospitalityGivenCents += entry.valueCents;
    else if (entry.direction === "received") person.receivedCents += entry.valueCents;
  }
  const people = [...byPerson.values()];
  for (const person of people) {
    if (limit === null) continue;
    person.overGiftLimit = person.giftsGivenCents > limit;
    person.giftLimitRemainingCents = Math.max(0, limit - person.giftsGivenCents);
  }
  people.sort((a, b) => b.giftsGivenCents - a.giftsGivenCents || a.personId.localeCompare(b.personId));
  const sum = (pick: (p: PersonGiftSummary) => number) => people.reduce((total, p) => total + pick(p), 0);
  return {
    year,
    giftLimitCents: limit,
    people,
    totals: {
      giftsGivenCents: sum((p) => p.giftsGivenCents),
      hospitalityGivenCents: sum((p) => p.hospitalityGivenCents),
      receivedCents: sum((p) => p.receivedCents),
      nonDeductibleGiftsCents: sum((p) => (p.overGiftLimit ? p.giftsGivenCents : 0)),
    },
  };
}
