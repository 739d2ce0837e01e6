import { z } from "zod";
import type { Company } from "../core/model/company.ts";
import type { Fact } from "../core/model/fact.ts";
import type { Interaction } from "../core/model/interaction.ts";
import type { OpenLoop } from "../core/model/open-loop.ts";
import type { AddressFormChange, Person, StageChange } from "../core/model/person.ts";
import type { Relation } from "../core/model/relation.ts";
import { SEARCH_ENTITY_TYPES } from "../core/schemas/search.ts";
import {
  ADDRESS_FORMS,
  CHANNEL_KINDS,
  CHANNEL_LABELS,
  FACT_CATEGORIES,
  INTERACTION_KINDS,
  OPEN_LOOP_KINDS,
  PARTIES,
  RELATION_KINDS,
  STAGES,
  STANCES,
} from "../core/vocabulary.ts";

// Response shapes for the OpenAPI document. Each is checked against its core type at compile
// time (`satisfies`), so the document cannot drift from what the API returns.

const nullableString = z.string().nullable();
const timestamps = { createdAt: z.string(), updatedAt: z.string() };

export const personSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  companyId: nullableString,
  jobTitle: nullableString,
  isContact: z.boolean(),
  channels: z.array(
    z.object({ kind: z.enum(CHANNEL_KINDS), label: z.enum(CHANNEL_LABELS), value: z.string() }),
  ),
  birthday: z.object({ day: z.number(), month: z.number(), year: z.number().nullable() }).nullable(),
  notes: nullableString,
  tags: z.array(z.string()),
  photoUrl: nullableString,
  howWeMet: nullableString,
  knownSince: nullableString,
  stance: z.enum(STANCES),
  stanceReason: nullableString.describe("Shown only to the user who wrote it."),
  stage: z.enum(STAGES),
  addressForm: z.enum(ADDRESS_FORMS),
  addressFormSince: nullableString,
  addressFormOfferedBy: z.enum(PARTIES).nullable(),
  importance: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  cadenceDays: z.number().nullable(),
  isPublicOfficial: z.boolean(),
  ownerId: nullableString,
  ...timestamps,
}) satisfies z.ZodType<Person>;

export const companySchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  name: z.string(),
  website: nullableString,
  industry: nullableString,
  city: nullableString,
  notes: nullableString,
  ...timestamps,
}) satisfies z.ZodType<Company>;

export const factSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  personId: z.string(),
  authorId: z.string(),
  category: z.enum(FACT_CATEGORIES),
  text: z.string(),
  refersTo: nullableString,
  learnedOn: z.string(),
  interactionId: nullableString,
  shared: z.boolean(),
  ...timestamps,
}) satisfies z.ZodType<Fact>;

export const relationSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  personId: z.string(),
  relatedPersonId: z.string(),
  kind: z.enum(RELATION_KINDS),
  createdAt: z.string(),
}) satisfies z.ZodType<Relation>;

const rating = z.union([1, 2, 3, 4, 5].map((n) => z.literal(n))).nullable();
export const interactionSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  authorId: z.string(),
  occurredAt: z.string(),
  kind: z.enum(INTERACTION_KINDS),
  initiatedBy: z.enum(PARTIES),
  summary: z.string(),
  personal: z.boolean(),
  atmosphere: rating,
  trust: rating,
  resistance: rating,
  outcome: nullableString,
  participantIds: z.array(z.string()),
  ...timestamps,
}) as z.ZodType<Interaction>;

export const openLoopSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  personId: z.string(),
  authorId: z.string(),
  kind: z.enum(OPEN_LOOP_KINDS),
  text: z.string(),
  dueOn: nullableString,
  closedOn: nullableString,
  interactionId: nullableString,
  ...timestamps,
}) satisfies z.ZodType<OpenLoop>;

export const personHistorySchema = z.object({
  stages: z.array(
    z.object({
      id: z.string(),
      personId: z.string(),
      stage: z.enum(STAGES),
      changedAt: z.string(),
      changedBy: nullableString,
      note: nullableString,
    }) satisfies z.ZodType<StageChange>,
  ),
  addressForms: z.array(
    z.object({
      id: z.string(),
      personId: z.string(),
      form: z.enum(ADDRESS_FORMS),
      changedOn: z.string(),
      offeredBy: z.enum(PARTIES).nullable(),
      recordedAt: z.string(),
    }) satisfies z.ZodType<AddressFormChange>,
  ),
});

export const searchResultSchema = z.object({
  items: z.array(
    z.object({
      type: z.enum(SEARCH_ENTITY_TYPES),
      id: z.string(),
      title: z.string(),
      subtitle: nullableString,
      personId: nullableString,
    }),
  ),
});

export function pageOf(item: z.ZodType) {
  return z.object({ items: z.array(item), total: z.number(), limit: z.number(), offset: z.number() });
}

export const errorSchema = z.object({
  error: z.object({
    status: z.number(),
    code: z.string(),
    message: z.string(),
    fields: z
      .array(z.object({ field: z.string(), code: z.string(), message: z.string() }))
      .describe("Every offending field, with a machine code and a message in the request's language."),
  }),
});
