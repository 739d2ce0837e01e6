import { z } from "zod";
import { STAKEHOLDER_ROLES } from "../coverage/index.ts";
import { PROCEDURE_TYPES, THRESHOLD_KINDS } from "../tender/index.ts";
import { DEAL_KINDS, DEAL_STATUSES, OUTCOME_REASONS } from "../vocabulary.ts";
import { id, isoDate, LONG_TEXT_MAX, pageQuery, requiredText } from "./common.ts";

const money = z.number().int().min(0).max(100_000_000_000);

const tenderFields = {
  procedure: z.enum(PROCEDURE_TYPES),
  thresholdKind: z.enum(THRESHOLD_KINDS),
  estimatedValueCents: money.nullable(),
  expectedPublicationOn: isoDate.nullable(),
  publishedOn: isoDate.nullable(),
  participationDeadline: isoDate.nullable(),
  invitationSentOn: isoDate.nullable(),
  questionDeadline: isoDate.nullable(),
  submissionDeadline: isoDate.nullable(),
  awardNoticeSentOn: isoDate.nullable(),
  awardedOn: isoDate.nullable(),
  cancelledOn: isoDate.nullable(),
  electronic: z.boolean(),
  priorInformationNotice: z.boolean(),
  urgency: z.boolean(),
  awardNoticeElectronic: z.boolean(),
  helpsWriteSpecification: z.boolean(),
};

export const tenderInput = z.strictObject({
  ...tenderFields,
  thresholdKind: tenderFields.thresholdKind.default("supplies_services_sub_central"),
  estimatedValueCents: tenderFields.estimatedValueCents.default(null),
  expectedPublicationOn: tenderFields.expectedPublicationOn.default(null),
  publishedOn: tenderFields.publishedOn.default(null),
  participationDeadline: tenderFields.participationDeadline.default(null),
  invitationSentOn: tenderFields.invitationSentOn.default(null),
  questionDeadline: tenderFields.questionDeadline.default(null),
  submissionDeadline: tenderFields.submissionDeadline.default(null),
  awardNoticeSentOn: tenderFields.awardNoticeSentOn.default(null),
  awardedOn: tenderFields.awardedOn.default(null),
  cancelledOn: tenderFields.cancelledOn.default(null),
  electronic: tenderFields.electronic.default(true),
  priorInformationNotice: tenderFields.priorInformationNotice.default(false),
  urgency: tenderFields.urgency.default(false),
  awardNoticeElectronic: tenderFields.awardNoticeElectronic.default(true),
  helpsWriteSpecification: tenderFields.helpsWriteSpecification.default(false),
});
export type TenderInput = z.output<typeof tenderInput>;

const dealFields = {
  kind: z.enum(DEAL_KINDS),
  companyId: id.nullable(),
  title: requiredText(),
  valueCents: money,
  probability: z.number().int().min(0).max(100),
  stage: z.string().trim().min(1).max(40),
  expectedCloseOn: isoDate.nullable(),
  ownerId: id.nullable(),
};

export const dealCreateInput = z.strictObject({
  ...dealFields,
  kind: dealFields.kind.default("deal"),
  companyId: dealFields.companyId.default(null),
  valueCents: dealFields.valueCents.default(0),
  probability: dealFields.probability.optional(),
  stage: dealFields.stage.default("lead"),
  expectedCloseOn: dealFields.expectedCloseOn.default(null),
  ownerId: dealFields.ownerId.default(null),
  tender: tenderInput.nullable().default(null),
});
export type DealCreateInput = z.output<typeof dealCreateInput>;

export const dealUpdateInput = z
  .strictObject({
    ...dealFields,
    tender: z.strictObject(tenderFields).partial().nullable(),
  })
  .partial();
export type DealUpdateInput = z.output<typeof dealUpdateInput>;

/** Closing a deal records the outcome and why. */
export const dealCloseInput = z.strictObject({
  status: z.enum(["won", "lost"]),
  reason: z.enum(OUTCOME_REASONS),
  note: z.string().trim().max(LONG_TEXT_MAX).nullable().default(null),
  closedOn: isoDate.optional(),
});
export type DealCloseInput = z.output<typeof dealCloseInput>;

export const dealListQuery = z.strictObject({
  ...pageQuery,
  kind: z.enum(DEAL_KINDS).optional(),
  status: z.enum(DEAL_STATUSES).optional(),
  stage: z.string().trim().min(1).max(40).optional(),
  companyId: id.optional(),
  personId: id.optional(),
});
export type DealListQuery = z.output<typeof dealListQuery>;

export const stakeholderInput = z.strictObject({
  personId: id,
  role: z.enum(STAKEHOLDER_ROLES),
  influence: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(2),
});
export type StakeholderInput = z.output<typeof stakeholderInput>;
