import { z } from "zod";
import { OPEN_LOOP_KINDS } from "../vocabulary.ts";
import { id, isoDate, pageQuery, requiredText } from "./common.ts";

const openLoopFields = {
  personId: id,
  kind: z.enum(OPEN_LOOP_KINDS),
  text: requiredText(1000),
  dueOn: isoDate.nullable(),
  closedOn: isoDate.nullable(),
  interactionId: id.nullable(),
};

export const openLoopCreateInput = z.strictObject({
  ...openLoopFields,
  kind: openLoopFields.kind.default("ask"),
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
