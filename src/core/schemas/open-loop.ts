import { z } from "zod";
import { id, isoDate, pageQuery, requiredText } from "./common.ts";

const openLoopFields = {
  personId: id,
  text: requiredText(1000),
  dueOn: isoDate.nullable(),
  closedOn: isoDate.nullable(),
  interactionId: id.nullable(),
};

export const openLoopCreateInput = z.strictObject({
  ...openLoopFields,
  dueOn: openLoopFields.dueOn.default(null),
  closedOn: openLoopFields.closedOn.default(null),
  interactionId: openLoopFields.interactionId.default(null),
});
export type OpenLoopCreateInput = z.output<typeof openLoopCreateInput>;

const { personId: _personId, ...updatable } = openLoopFields;
export const openLoopUpdateInput = z.strictObject(updatable).partial();
export type OpenLoopUpdateInput = z.output<typeof openLoopUpdateInput>;

export const openLoopListQuery = z.strictObject({
  ...pageQuery,
  personId: id.optional(),
  status: z.enum(["open", "closed", "all"]).default("open"),
  dueBefore: isoDate.optional(),
});
export type OpenLoopListQuery = z.output<typeof openLoopListQuery>;
