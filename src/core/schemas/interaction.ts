import { z } from "zod";
import { INTERACTION_KINDS, PARTIES } from "../vocabulary.ts";
import { id, isoDate, isoDateTime, LONG_TEXT_MAX, pageQuery } from "./common.ts";

const rating = z.union([1, 2, 3, 4, 5].map((n) => z.literal(n)));

const interactionFields = {
  occurredAt: isoDateTime,
  kind: z.enum(INTERACTION_KINDS),
  initiatedBy: z.enum(PARTIES),
  summary: z.string().trim().max(LONG_TEXT_MAX),
  personal: z.boolean(),
  outcome: z.string().trim().max(LONG_TEXT_MAX).nullable(),
  atmosphere: rating.nullable(),
  trust: rating.nullable(),
  resistance: rating.nullable(),
  participantIds: z.array(id).min(1).max(50),
};

export const interactionCreateInput = z.strictObject({
  ...interactionFields,
  initiatedBy: interactionFields.initiatedBy.default("me"),
  summary: interactionFields.summary.default(""),
  personal: interactionFields.personal.default(false),
  outcome: interactionFields.outcome.default(null),
  atmosphere: interactionFields.atmosphere.default(null),
  trust: interactionFields.trust.default(null),
  resistance: interactionFields.resistance.default(null),
});
export type InteractionCreateInput = z.output<typeof interactionCreateInput>;

export const interactionUpdateInput = z.strictObject(interactionFields).partial();
export type InteractionUpdateInput = z.output<typeof interactionUpdateInput>;

export const interactionListQuery = z.strictObject({
  ...pageQuery,
  personId: id.optional(),
  kind: z.enum(INTERACTION_KINDS).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type InteractionListQuery = z.output<typeof interactionListQuery>;
