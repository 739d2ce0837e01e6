import { z } from "zod";
import { id, isoDate, requiredText } from "../schemas/common.ts";
import { LEGAL_BASES, PERSON_SOURCES } from "./person-privacy.ts";
import { HOSTINGS } from "./processing-register.ts";
import { SENSITIVE_DECISIONS, SENSITIVE_TEXT_KINDS } from "./sensitive-review.ts";

/**
 * How to proceed when a note looks like special-category data or an insult: "consented" (the
 * person consented; recorded) or "save_anyway" (recorded). Without it, such a note is refused.
 */
export const sensitiveDecision = z
  .enum(SENSITIVE_DECISIONS)
  .optional()
  .describe(
    'Only needed when a note looks like special-category data (Art. 9/10 GDPR) or an insult: "consented" = the person consented; "save_anyway" = save on your own responsibility. Both are recorded on the row and in the audit log. Without it such a note is refused with 400 and the findings.',
  );

const text = (max: number) => z.string().trim().max(max);

export const personPrivacyUpdateInput = z
  .strictObject({
    source: z.enum(PERSON_SOURCES),
    legalBasis: z.enum(LEGAL_BASES).nullable(),
    purpose: text(1000).nullable(),
    balancingNote: text(2000).nullable(),
    consentOn: isoDate.nullable(),
    consentScope: text(1000).nullable(),
    optOut: z
      .strictObject({ email: z.boolean(), phone: z.boolean(), post: z.boolean(), greetings: z.boolean() })
      .partial(),
    objectedOn: isoDate.nullable(),
    informedOn: isoDate.nullable(),
    leftCompanyOn: isoDate.nullable(),
    factsReviewedOn: isoDate.nullable(),
  })
  .partial();
export type PersonPrivacyUpdateInput = z.output<typeof personPrivacyUpdateInput>;

export const privacySettingsInput = z
  .strictObject({
    controllerName: requiredText(200).nullable(),
    controllerAddress: text(1000).nullable(),
    controllerContact: text(200).nullable(),
    dpoContact: text(200).nullable(),
    hosting: z.enum(HOSTINGS),
    factReviewMonths: z.number().int().min(1).max(120),
    reviewOnLeavingCompany: z.boolean(),
  })
  .partial();
export type PrivacySettingsInput = z.output<typeof privacySettingsInput>;

export const DATA_SUBJECT_REQUEST_KINDS = [
  "access",
  "erasure",
  "rectification",
  "restriction",
  "objection",
  "portability",
] as const;
export type DataSubjectRequestKind = (typeof DATA_SUBJECT_REQUEST_KINDS)[number];

export const accessRequestInput = z.strictObject({
  receivedOn: isoDate,
  kind: z.enum(DATA_SUBJECT_REQUEST_KINDS).default("access"),
  note: text(1000).nullable().default(null),
});
export type AccessRequestInput = z.output<typeof accessRequestInput>;

export const ERASURE_MODES = ["erase", "anonymise"] as const;
export type ErasureMode = (typeof ERASURE_MODES)[number];

export const erasureInput = z.strictObject({
  /** The person's full name as shown, so the wrong person cannot be erased by a mistyped id. */
  confirmName: requiredText(200),
  mode: z.enum(ERASURE_MODES).default("erase"),
  requestId: id.nullable().default(null),
});
export type ErasureInput = z.output<typeof erasureInput>;

export const textCheckInput = z.strictObject({
  text: requiredText(10_000),
  kind: z.enum(SENSITIVE_TEXT_KINDS).default("fact"),
});

export const accessExportQuery = z.strictObject({ format: z.enum(["json", "html"]).default("json") });
export const registerQuery = z.strictObject({ format: z.enum(["markdown", "html"]).default("markdown") });
export const accessRequestListQuery = z.strictObject({
  status: z.enum(["open", "all"]).default("open"),
});
