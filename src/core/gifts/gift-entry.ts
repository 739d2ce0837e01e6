import type { IsoDate } from "../dates.ts";

export const GIFT_DIRECTIONS = ["given", "received"] as const;
export type GiftDirection = (typeof GIFT_DIRECTIONS)[number];

export const GIFT_KINDS = ["gift", "invitation", "meal", "event", "favour"] as const;
export type GiftKind = (typeof GIFT_KINDS)[number];

/** One line of the gift and hospitality ledger. Money is integer euro cents, net of deductible VAT. */
export interface GiftEntry {
  date: IsoDate;
  personId: string;
  direction: GiftDirection;
  kind: GiftKind;
  valueCents: number;
  note: string | null;
}
