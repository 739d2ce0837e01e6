import { z } from "zod";
import { RELATION_KINDS } from "../vocabulary.ts";
import { id, pageQuery } from "./common.ts";

export const relationCreateInput = z.strictObject({
  personId: id,
  relatedPersonId: id,
  kind: z.enum(RELATION_KINDS),
});
export type RelationCreateInput = z.output<typeof relationCreateInput>;

export const relationUpdateInput = z.strictObject({ kind: z.enum(RELATION_KINDS) }).partial();
export type RelationUpdateInput = z.output<typeof relationUpdateInput>;

export const relationListQuery = z.strictObject({ ...pageQuery, personId: id.optional() });
export type RelationListQuery = z.output<typeof relationListQuery>;
