import { z } from "zod";
import { GIFT_DIRECTIONS, GIFT_KINDS } from "../gifts/index.ts";
import { id, isoDate, longText, pageQuery } from "./common.ts";

const giftFields = {
  personId: id,
  date: isoDate,
  direction: z.enum(GIFT_DIRECTIONS),
  kind: z.enum(GIFT_KINDS),
  /** Euro cents, net of deductible VAT. Up to EUR 1,000,000. */
  valueCents: z.number().int().min(0).max(100_000_000),
  note: longText().nullable(),
};

export const giftCreateInput = z.strictObject({
  ...giftFields,
  direction: giftFields.direction.default("given"),
  note: giftFields.note.default(null),
});
export type GiftCreateInput = z.output<typeof giftCreateInput>;

const { personId: _personId, ...updatable } = giftFields;
export const giftUpdateInput = z.strictObject(updatable).partial();
export type GiftUpdateInput = z.output<typeof giftUpdateInput>;

export const giftListQuery = z.strictObject({
  ...pageQuery,
  personId: id.optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
});
export type GiftListQuery = z.output<typeof giftListQuery>;
