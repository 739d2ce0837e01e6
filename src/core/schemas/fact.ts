import { z } from "zod";
import { sensitiveDecision } from "../privacy/privacy-schemas.ts";
import { FACT_CATEGORIES } from "../vocabulary.ts";
import { id, isoDate, pageQuery, requiredText } from "./common.ts";

const factFields = {
  personId: id,
  category: z.enum(FACT_CATEGORIES),
  text: requiredText(2000),
  refersTo: isoDate.nullable(),
  learnedOn: isoDate,
  interactionId: id.nullable(),
  shared: z.boolean(),
  sensitive: sensitiveDecision,
};

export const factCreateInput = z.strictObject({
  ...factFields,
  refersTo: factFields.refersTo.default(null),
  learnedOn: factFields.learnedOn.optional(),
  interactionId: factFields.interactionId.default(null),
  shared: factFields.shared.default(false),
});
export type FactCreateInput = z.output<typeof factCreateInput>;

const { personId: _personId, ...updatable } = factFields;
export const factUpdateInput = z.strictObject(updatable).partial();
export type FactUpdateInput = z.output<typeof factUpdateInput>;

export const factListQuery = z.strictObject({
  ...pageQuery,
  personId: id.optional(),
  category: z.enum(FACT_CATEGORIES).optional(),
});
export type FactListQuery = z.output<typeof factListQuery>;
