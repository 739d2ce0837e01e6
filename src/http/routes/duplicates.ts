import { z } from "zod";
import { findDuplicateGroups } from "../../services/io/duplicate-groups.ts";
import { DUPLICATE_REASONS, findLikelyDuplicates } from "../../services/io/likely-duplicates.ts";
import { mergeInput, mergePeople } from "../../services/io/merge-people.ts";
import { idParam } from "../crud-routes.ts";
import { personSchema } from "../entity-schemas.ts";
import { defineRoute } from "../route.ts";

// The same person twice: likely duplicates of one person, the workspace's groups of them, and the
// merge that keeps every fact, interaction and relation of both records.

const likelyDuplicatesSchema = z.object({
  items: z.array(
    z.object({
      person: personSchema,
      companyName: z.string().nullable(),
      matchedBy: z.array(z.enum(DUPLICATE_REASONS)),
    }),
  ),
});
/** Likely duplicates of a person as the API sends them. */
export type LikelyDuplicatesBody = z.output<typeof likelyDuplicatesSchema>;

const duplicateGroupsSchema = z.object({
  items: z.array(
    z.object({
      matchedBy: z.array(z.enum(DUPLICATE_REASONS)),
      people: z.array(z.object({ id: z.string(), name: z.string(), companyName: z.string().nullable() })),
    }),
  ),
  more: z.boolean(),
});
/** The workspace's likely duplicates as the API sends them. */
export type DuplicateGroupsBody = z.output<typeof duplicateGroupsSchema>;

export const duplicateRoutes = [
  defineRoute({
    method: "GET",
    path: "/api/people/:id/duplicates",
    summary:
      "Other records that may be the same person: same email or phone, a close name at the same company, or the same name where one has no company",
    tag: "People",
    access: "read",
    response: {
      status: 200,
      description: "At most 10, the strongest first",
      schema: likelyDuplicatesSchema,
    },
    handler: async (r) => ({
      items: await findLikelyDuplicates(r.ctx, r.actor, idParam(r.params, "person")),
    }),
  }),
  defineRoute({
    method: "GET",
    path: "/api/duplicates",
    summary:
      "The workspace's likely duplicates: people sharing an email or phone, contacts with the same name at the same company",
    tag: "People",
    access: "read",
    response: {
      status: 200,
      description: "At most 50 groups; `more` says there are others (merge these first)",
      schema: duplicateGroupsSchema,
    },
    handler: (r) => findDuplicateGroups(r.ctx, r.actor),
  }),
  defineRoute({
    method: "POST",
    path: "/api/people/:id/merge",
    summary: "Merge another record of the same person into this one; the other is deleted, nothing is lost",
    tag: "People",
    access: "write",
    body: mergeInput,
    response: { status: 200, description: "The kept person", schema: personSchema },
    handler: (r) => mergePeople(r.ctx, r.actor, idParam(r.params, "person"), r.body),
  }),
];
