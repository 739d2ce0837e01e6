import { z } from "zod";
import { conversationInput } from "../../core/schemas/conversation.ts";
import { giftCreateInput, giftListQuery, giftUpdateInput } from "../../core/schemas/gift.ts";
import { workspaceSettingsInput } from "../../core/schemas/workspace-settings.ts";
import { getBriefing } from "../../services/briefing.ts";
import { logConversation } from "../../services/conversations.ts";
import { checkGift, createGift, deleteGift, getGift, listGifts, updateGift } from "../../services/gifts.ts";
import { getMySelfCheckTrends, getPersonTrends } from "../../services/trends.ts";
import { getWorkspaceSettings, updateWorkspaceSettings } from "../../services/workspace-settings.ts";
import { crudRoutes, idParam } from "../crud-routes.ts";
import { factSchema, interactionSchema, openLoopSchema } from "../entity-schemas.ts";
import { defineRoute } from "../route.ts";

const localized = z.object({ de: z.string(), en: z.string() });
const giftSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  personId: z.string(),
  authorId: z.string(),
  date: z.string(),
  direction: z.enum(["given", "received"]),
  kind: z.string(),
  valueCents: z.number(),
  note: z.string().nullable().describe("Shown only to the user who wrote it."),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const giftWarningSchema = z.object({
  code: z.string(),
  severity: z.enum(["info", "warning", "hard"]),
  text: localized,
});

export const conversationRoutes = [
  defineRoute({
    method: "POST",
    path: "/api/conversations",
    summary:
      "Log a conversation in one step: interaction, facts learned, open loops, closed loops, self-check",
    tag: "Conversations",
    access: "write",
    body: conversationInput,
    response: {
      status: 201,
      description: "Everything that was written, in one transaction",
      schema: z.object({
        interaction: interactionSchema,
        facts: z.array(factSchema),
        openLoops: z.array(openLoopSchema),
        closedLoopIds: z.array(z.string()),
      }),
    },
    handler: async (r) => {
      const logged = await logConversation(r.ctx, r.actor, r.body);
      r.reply.code(201);
      return logged;
    },
  }),
  defineRoute({
    method: "GET",
    path: "/api/people/:id/briefing",
    summary:
      "The friend briefing before a conversation (business only for keep-professional and caution contacts)",
    tag: "Conversations",
    access: "read",
    handler: (r) => getBriefing(r.ctx, r.actor, idParam(r.params, "person")),
  }),
  defineRoute({
    method: "GET",
    path: "/api/people/:id/trends",
    summary: "Trust, resistance and atmosphere of a person over time",
    tag: "Conversations",
    access: "read",
    handler: (r) => getPersonTrends(r.ctx, r.actor, idParam(r.params, "person")),
  }),
  defineRoute({
    method: "GET",
    path: "/api/me/self-check",
    summary: "My self-check over time and how it relates to the atmosphere I met",
    tag: "Conversations",
    access: "read",
    handler: (r) => getMySelfCheckTrends(r.ctx, r.actor),
  }),
  ...crudRoutes({
    path: "/api/gifts",
    entity: "gift",
    tag: "Gifts",
    label: { singular: "gift or hospitality entry", plural: "gift and hospitality entries" },
    schemas: {
      entity: giftSchema,
      create: giftCreateInput,
      update: giftUpdateInput,
      list: giftListQuery,
      created: z.object({ gift: giftSchema, warnings: z.array(giftWarningSchema) }),
    },
    create: createGift,
    get: getGift,
    list: listGifts,
    update: updateGift,
    remove: deleteGift,
  }),
  defineRoute({
    method: "POST",
    path: "/api/gifts/check",
    summary: "The compliance and tax warnings a gift would get, without saving it",
    tag: "Gifts",
    access: "read",
    body: giftCreateInput,
    response: {
      status: 200,
      description: "Warnings, hard ones first",
      schema: z.object({ warnings: z.array(giftWarningSchema) }),
    },
    handler: (r) => checkGift(r.ctx, r.actor, r.body),
  }),
  defineRoute({
    method: "GET",
    path: "/api/workspace/settings",
    summary: "Workspace settings (the company's gift limit, the country for phone numbers)",
    tag: "Workspace",
    access: "read",
    response: { status: 200, description: "Settings", schema: workspaceSettingsInput },
    handler: (r) => getWorkspaceSettings(r.ctx, r.actor),
  }),
  defineRoute({
    method: "PATCH",
    path: "/api/workspace/settings",
    summary: "Change workspace settings (owners and admins); a new phone country rekeys every phone number",
    tag: "Workspace",
    access: "write",
    body: workspaceSettingsInput.partial(),
    response: { status: 200, description: "Settings", schema: workspaceSettingsInput },
    handler: (r) => updateWorkspaceSettings(r.ctx, r.actor, r.body),
  }),
];
