import { z } from "zod";
import { PERSON_SOURCES } from "../privacy/person-privacy.ts";
import { sensitiveDecision } from "../privacy/privacy-schemas.ts";
import { bilingual } from "../validation.ts";
import {
  ADDRESS_FORMS,
  CHANNEL_KINDS,
  CHANNEL_LABELS,
  IMPORTANCE_LEVELS,
  PARTIES,
  STAGES,
  STANCES,
} from "../vocabulary.ts";
import {
  birthday,
  id,
  isoDate,
  LONG_TEXT_MAX,
  longText,
  NAME_MAX,
  pageQuery,
  shortText,
  tagName,
} from "./common.ts";
import { decodePersonCursor } from "./person-cursor.ts";

export const channelInput = z.strictObject({
  kind: z.enum(CHANNEL_KINDS),
  label: z.enum(CHANNEL_LABELS).default("work"),
  value: z.string().trim().min(1).max(500),
});

const personFields = {
  firstName: shortText(NAME_MAX),
  lastName: shortText(NAME_MAX),
  companyId: id.nullable(),
  jobTitle: shortText().nullable(),
  isContact: z.boolean(),
  channels: z.array(channelInput).max(50),
  birthday: birthday.nullable(),
  notes: z.string().trim().max(LONG_TEXT_MAX).nullable(),
  tags: z.array(tagName).max(50),
  photoUrl: z.url().max(2000).nullable(),
  howWeMet: longText().nullable(),
  knownSince: isoDate.nullable(),
  stance: z.enum(STANCES),
  stanceReason: longText()
    .nullable()
    .describe(
      'Private to its author. Write factual, dated incidents ("2026-03-12: used our offer as price leverage"), not judgements: the person may read it (Art. 15 GDPR).',
    ),
  stage: z.enum(STAGES),
  addressForm: z.enum(ADDRESS_FORMS),
  addressFormSince: isoDate.nullable(),
  addressFormOfferedBy: z.enum(PARTIES).nullable(),
  importance: z.union(IMPORTANCE_LEVELS.map((level) => z.literal(level))),
  cadenceDays: z.number().int().min(1).max(3650).nullable(),
  isPublicOfficial: z.boolean(),
  ownerId: id.nullable(),
  sensitive: sensitiveDecision,
};

const hasAName = (p: { firstName?: string | undefined; lastName?: string | undefined }) =>
  (p.firstName ?? "").length > 0 || (p.lastName ?? "").length > 0;
const nameMessage = bilingual("Vor- oder Nachname ist nötig.", "A first or last name is required.");

export const personCreateInput = z
  .strictObject({
    ...personFields,
    firstName: personFields.firstName.default(""),
    lastName: personFields.lastName.default(""),
    companyId: personFields.companyId.default(null),
    jobTitle: personFields.jobTitle.default(null),
    isContact: personFields.isContact.default(true),
    channels: personFields.channels.default([]),
    birthday: personFields.birthday.default(null),
    notes: personFields.notes.default(null),
    tags: personFields.tags.default([]),
    photoUrl: personFields.photoUrl.default(null),
    howWeMet: personFields.howWeMet.default(null),
    knownSince: personFields.knownSince.default(null),
    stance: personFields.stance.default("befriend"),
    stanceReason: personFields.stanceReason.default(null),
    stage: personFields.stage.default("business_contact"),
    addressForm: personFields.addressForm.default("sie"),
    addressFormSince: personFields.addressFormSince.default(null),
    addressFormOfferedBy: personFields.addressFormOfferedBy.default(null),
    importance: personFields.importance.default(3),
    cadenceDays: personFields.cadenceDays.default(null),
    isPublicOfficial: personFields.isPublicOfficial.default(false),
    ownerId: personFields.ownerId.default(null),
    /** Where the data came from; anything but "direct" starts the Art. 14 information duty. */
    source: z.enum(PERSON_SOURCES).optional(),
  })
  .refine(hasAName, { message: nameMessage, path: ["lastName"] });
export type PersonCreateInput = z.output<typeof personCreateInput>;

/**
 * The fields an import fills, with the same rules and the same name check as personCreateInput, so
 * an import cannot store what the form would refuse. An import parses one object per row, and
 * filling the twenty defaults it never uses was most of that parse (decision 100).
 */
export const personImportInput = z
  .strictObject({
    firstName: personFields.firstName.default(""),
    lastName: personFields.lastName.default(""),
    jobTitle: personFields.jobTitle.default(null),
    channels: personFields.channels.default([]),
    birthday: personFields.birthday.default(null),
    notes: personFields.notes.default(null),
    tags: personFields.tags.default([]),
    photoUrl: personFields.photoUrl.default(null),
    howWeMet: personFields.howWeMet.default(null),
    knownSince: personFields.knownSince.default(null),
  })
  .refine(hasAName, { message: nameMessage, path: ["lastName"] });

export const personUpdateInput = z
  .strictObject({ ...personFields })
  .partial()
  .refine((p) => (p.firstName === undefined && p.lastName === undefined) || hasAName(p), {
    message: nameMessage,
    path: ["lastName"],
  });
export type PersonUpdateInput = z.output<typeof personUpdateInput>;

export const PERSON_SORTS = ["name", "-name", "created", "-created", "updated", "-updated"] as const;

/** Which contacts a list shows, and an export of that list carries. */
export const personFilterFields = {
  companyId: id.optional(),
  tag: tagName.optional(),
  stance: z.enum(STANCES).optional(),
  stage: z.enum(STAGES).optional(),
  ownerId: id.optional(),
};
export type PersonFilters = z.output<z.ZodObject<typeof personFilterFields>>;

export const personListQuery = z
  .strictObject({
    ...pageQuery,
    /** Keyset paging: the `cursor` of the previous page; the page starts after that row. */
    after: z
      .string()
      .max(1000)
      .optional()
      .describe(
        "The `cursor` of the previous page: the next page starts after its last row, at the cost of the first page however deep (instead of `offset`).",
      )
      .transform((text, ctx) => {
        if (text === undefined) return undefined;
        const cursor = decodePersonCursor(text);
        if (!cursor) {
          ctx.addIssue({ code: "custom", message: cursorMessage.damaged });
          return z.NEVER;
        }
        return cursor;
      }),
    sort: z.enum(PERSON_SORTS).default("name"),
    ...personFilterFields,
    /** Family members who are not customers are left out unless asked for. */
    includeNonContacts: z.enum(["true", "false"]).default("false"),
  })
  .superRefine((query, ctx) => {
    if (!query.after) return;
    if (query.offset > 0)
      ctx.addIssue({ code: "custom", path: ["after"], message: cursorMessage.withOffset });
    else if (query.after.sort !== query.sort)
      ctx.addIssue({ code: "custom", path: ["after"], message: cursorMessage.otherSort });
  });
export type PersonListQuery = z.output<typeof personListQuery>;

const cursorMessage = {
  damaged: bilingual(
    "Kein gültiger Cursor: bitte den Wert von `cursor` der vorigen Seite unverändert senden.",
    "Not a valid cursor: send the previous page's `cursor` unchanged.",
  ),
  withOffset: bilingual(
    "Entweder `after` oder `offset` angeben, nicht beides.",
    "Use either `after` or `offset`, not both.",
  ),
  otherSort: bilingual(
    "Dieser Cursor gehört zu einer anderen Sortierung.",
    "This cursor belongs to another sort order.",
  ),
};
