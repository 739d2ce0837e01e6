import type { IsoDate } from "../dates.ts";
import type { GiftEntry, GiftKind } from "./gift-entry.ts";

// German income tax rules for business gifts and hospitality. Dated, because the gift limit was
// raised from EUR 35 to EUR 50 for financial years beginning after 31 Dec 2023
// (Wachstumschancengesetz). See docs/decisions/043.

export const GIFT_LIMIT_SOURCE = "§ 4 Abs. 5 Satz 1 Nr. 1 EStG";
export const HOSPITALITY_SOURCE = "§ 4 Abs. 5 Satz 1 Nr. 2 EStG";
/** Share of appropriate business hospitality that is deductible. */
export const HOSPITALITY_DEDUCTIBLE_PERCENT = 70;

export interface GiftLimitPeriod {
  validFrom: IsoDate;
  /** An exemption limit (Freigrenze) per recipient and year, in cents. */
  cents: number;
}

export const GIFT_LIMITS: readonly GiftLimitPeriod[] = [
  { validFrom: "2004-01-01", cents: 3_500 },
  { validFrom: "2024-01-01", cents: 5_000 },
];

export function giftLimitFor(day: IsoDate, table: readonly GiftLimitPeriod[] = GIFT_LIMITS): number | null {
  let best: GiftLimitPeriod | null = null;
  for (const period of table) {
    if (period.validFrom <= day && (best === null || period.validFrom > best.validFrom)) best = period;
  }
  return best?.cents ?? null;
}

/**
 * Kinds that are gifts in the tax sense. Meals and invitations are hospitality (Bewirtung) with its
 * own 70 % rule; event tickets and favours with a value are benefits in kind and count as gifts.
 */
export const KINDS_COUNTING_AS_GIFTS: readonly GiftKind[] = ["gift", "event", "favour"];
export const HOSPITALITY_KINDS: readonly GiftKind[] = ["meal", "invitation"];

export function countsTowardGiftLimit(entry: Pick<GiftEntry, "direction" | "kind">): boolean {
  return entry.direction === "given" && KINDS_COUNTING_AS_GIFTS.includes(entry.kind);
}

export function isHospitality(entry: Pick<GiftEntry, "direction" | "kind">): boolean {
  return entry.direction === "given" && HOSPITALITY_KINDS.includes(entry.kind);
}
