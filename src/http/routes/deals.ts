import { z } from "zod";
import { NotFoundError } from "../../core/errors.ts";
import { isoDate } from "../../core/schemas/common.ts";
import {
  dealCloseInput,
  dealCreateInput,
  dealListQuery,
  dealUpdateInput,
  stakeholderInput,
} from "../../core/schemas/deal.ts";
import {
  earliestSubmissionDeadline,
  latestAnswerDate,
  PROCEDURE_TYPES,
  standstillEnd,
} from "../../core/tender/index.ts";
import { parseInput } from "../../core/validation.ts";
import {
  addStakeholder,
  closeDeal,
  createDeal,
  deleteDeal,
  getBoard,
  getDeal,
  listDeals,
  removeStakeholder,
  updateDeal,
} from "../../services/deals.ts";
import { crudRoutes, idParam } from "../crud-routes.ts";
import { defineRoute } from "../route.ts";

const localized = z.object({ de: z.string(), en: z.string() });
const dealSchema = z
  .object({
    id: z.string(),
    kind: z.enum(["deal", "tender"]),
    companyId: z.string().nullable(),
    title: z.string(),
    valueCents: z.number(),
    probability: z.number(),
    stage: z.string(),
    status: z.enum(["open", "won", "lost"]),
    tender: z.object({}).passthrough().nullable(),
    stakeholders: z.array(z.object({}).passthrough()),
  })
  .passthrough();
const dealViewSchema = z.object({
  deal: dealSchema,
  stakeholders: z.array(z.object({}).passthrough()),
  coverage: z.object({
    score: z.number(),
    parts: z.array(z.object({}).passthrough()),
    gaps: z.array(
      z.object({ personId: z.string().nullable(), role: z.string(), text: localized }).passthrough(),
    ),
  }),
  tender: z.object({ phase: z.string() }).passthrough().nullable(),
});

const deadlineQuery = z.strictObject({
  procedure: z.enum(PROCEDURE_TYPES),
  publishedOn: isoDate,
  electronic: z.enum(["true", "false"]).default("true"),
  priorInformationNotice: z.enum(["true", "false"]).default("false"),
  urgency: z.enum(["true", "false"]).default("false"),
  invitationSentOn: isoDate.optional(),
  awardNoticeSentOn: isoDate.optional(),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const dealRoutes = [
  ...crudRoutes({
    path: "/api/deals",
    entity: "deal",
    tag: "Deals",
    label: { singular: "deal or tender", plural: "deals and tenders" },
    schemas: {
      entity: dealViewSchema,
      create: dealCreateInput,
      update: dealUpdateInput,
      list: dealListQuery,
    },
    create: async (ctx, actor, input) => getDeal(ctx, actor, (await createDeal(ctx, actor, input)).id),
    get: getDeal,
    list: listDeals,
    update: updateDeal,
    remove: deleteDeal,
  }),
  defineRoute({
    method: "POST",
    path: "/api/deals/:id/close",
    summary: "Record a deal as won or lost, with the reason (keeps the stakeholders' warmth of this moment)",
    tag: "Deals",
    access: "write",
    body: dealCloseInput,
    response: { status: 200, description: "The closed deal", schema: dealViewSchema },
    handler: (r) => closeDeal(r.ctx, r.actor, idParam(r.params, "deal"), r.body),
  }),
  defineRoute({
    method: "POST",
    path: "/api/deals/:id/stakeholders",
    summary: "Add a stakeholder (or change their role and influence)",
    tag: "Deals",
    access: "write",
    body: stakeholderInput,
    response: { status: 200, description: "The deal with its coverage", schema: dealViewSchema },
    handler: (r) => addStakeholder(r.ctx, r.actor, idParam(r.params, "deal"), r.body),
  }),
  defineRoute({
    method: "DELETE",
    path: "/api/deals/:id/stakeholders/:personId",
    summary: "Remove a stakeholder",
    tag: "Deals",
    access: "write",
    response: { status: 200, description: "The deal with its coverage", schema: dealViewSchema },
    handler: (r) => {
      const personId = r.params.personId ?? "";
      if (!UUID.test(personId)) throw new NotFoundError("stakeholder", personId);
      return removeStakeholder(r.ctx, r.actor, idParam(r.params, "deal"), personId.toLowerCase());
    },
  }),
  defineRoute({
    method: "GET",
    path: "/api/pipeline",
    summary: "Open deals by stage with sums and the weighted forecast",
    tag: "Deals",
    access: "read",
    handler: (r) => getBoard(r.ctx, r.actor),
  }),
  defineRoute({
    method: "GET",
    path: "/api/tender-deadlines",
    summary: "Statutory minimum periods of a German public procedure (VgV, GWB), from the notice day",
    tag: "Deals",
    access: "read",
    query: deadlineQuery,
    handler: async (r) => {
      const q = parseInput(deadlineQuery, r.query);
      const earliest = earliestSubmissionDeadline(q.procedure, q.publishedOn, {
        electronic: q.electronic === "true",
        priorInformationNotice: q.priorInformationNotice === "true",
        urgency: q.urgency === "true",
        invitationSentOn: q.invitationSentOn,
      });
      return {
        ...earliest,
        latestAnswerDate: earliest.submissionDeadline ? latestAnswerDate(earliest.submissionDeadline) : null,
        standstillEnd: q.awardNoticeSentOn
          ? standstillEnd(q.awardNoticeSentOn, q.electronic === "true")
          : null,
      };
    },
  }),
];
