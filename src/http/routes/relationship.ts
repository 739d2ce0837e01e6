import { z } from "zod";
import { NotFoundError } from "../../core/errors.ts";
import { isoDate } from "../../core/schemas/common.ts";
import { parseInput } from "../../core/validation.ts";
import { STAGES } from "../../core/vocabulary.ts";
import { createCalendarFeed, renderCalendarFeed, revokeCalendarFeeds } from "../../services/calendar-feed.ts";
import {
  addressFormInput,
  changeAddressFormOf,
  getRelationship,
  getToday,
  MAX_AGENDA_LINES,
  setStage,
  stageChangeInput,
} from "../../services/relationship.ts";
import { idParam } from "../crud-routes.ts";
import { personSchema } from "../entity-schemas.ts";
import { defineRoute } from "../route.ts";

const localized = z.object({ de: z.string(), en: z.string() });

const todayQuery = z.strictObject({
  today: isoDate.optional(),
  keepInTouch: z.coerce.number().int().min(1).max(MAX_AGENDA_LINES).optional(),
  openLoops: z.coerce.number().int().min(1).max(MAX_AGENDA_LINES).optional(),
});

const agendaSchema = z.object({
  today: z.string(),
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(["keep_in_touch", "birthday", "important_date", "open_loop"]),
      section: z.enum(["today", "open_loops", "keep_in_touch", "upcoming"]),
      rank: z.number(),
      priority: z.number(),
      personId: z.string(),
      personName: z.string(),
      subjectPersonId: z.string(),
      date: z.string(),
      nudge: z.enum(["personal", "business", "follow_up"]),
      reason: localized,
      caution: localized.nullable(),
    }),
  ),
  keepInTouchDue: z.number().int(),
  openLoopsDue: z.number().int(),
});

const relationshipSchema = z.object({
  personId: z.string(),
  stage: z.enum(STAGES),
  warmth: z.object({
    score: z.number().min(0).max(100),
    parts: z.array(z.object({ key: z.string(), points: z.number(), text: localized })),
  }),
  cadence: z
    .object({
      cadenceDays: z.number(),
      dueOn: z.string(),
      overdueDays: z.number(),
    })
    .passthrough(),
  stageSuggestion: z.object({ stage: z.enum(STAGES), reasons: z.array(localized) }).nullable(),
});

export const relationshipRoutes = [
  defineRoute({
    method: "GET",
    path: "/api/today",
    summary:
      "Heute: whom to reach out to today and why (the best-ranked due contacts, birthdays, due open loops)",
    tag: "Relationship",
    access: "read",
    query: todayQuery,
    response: {
      status: 200,
      description: "The agenda, ranked, with reasons in German and English",
      schema: agendaSchema,
    },
    handler: (r) => getToday(r.ctx, r.actor, parseInput(todayQuery, r.query)),
  }),
  defineRoute({
    method: "GET",
    path: "/api/people/:id/relationship",
    summary: "Warmth with its reasons, keep-in-touch cadence and the suggested stage of a person",
    tag: "Relationship",
    access: "read",
    response: { status: 200, description: "Explained figures", schema: relationshipSchema },
    handler: (r) => getRelationship(r.ctx, r.actor, idParam(r.params, "person")),
  }),
  defineRoute({
    method: "POST",
    path: "/api/people/:id/stage",
    summary: "Confirm a suggested stage or set it by hand (kept in the history)",
    tag: "Relationship",
    access: "write",
    body: stageChangeInput,
    response: { status: 200, description: "The person", schema: personSchema },
    handler: (r) => setStage(r.ctx, r.actor, idParam(r.params, "person"), r.body),
  }),
  defineRoute({
    method: "POST",
    path: "/api/people/:id/address-form",
    summary: "Record a switch between Sie and Du as a milestone",
    tag: "Relationship",
    access: "write",
    body: addressFormInput,
    response: {
      status: 200,
      description: "The person, the milestone line and any warnings",
      schema: z.object({ person: personSchema, milestone: localized, warnings: z.array(localized) }),
    },
    handler: (r) => changeAddressFormOf(r.ctx, r.actor, idParam(r.params, "person"), r.body),
  }),
  defineRoute({
    method: "POST",
    path: "/api/calendar-feed",
    summary: "Create my calendar feed URL (revokes the previous one)",
    tag: "Relationship",
    access: "write",
    response: { status: 201, description: "The secret feed URL", schema: z.object({ url: z.string() }) },
    handler: async (r) => {
      const { secret } = await createCalendarFeed(r.ctx, r.actor);
      r.reply.code(201);
      return { url: `${r.request.protocol}://${r.request.host}/api/calendar/${secret}.ics` };
    },
  }),
  defineRoute({
    method: "DELETE",
    path: "/api/calendar-feed",
    summary: "Revoke my calendar feed URL",
    tag: "Relationship",
    access: "write",
    response: { status: 204, description: "Revoked" },
    handler: async (r) => {
      await revokeCalendarFeeds(r.ctx, r.actor);
      r.reply.code(204);
      return null;
    },
  }),
  defineRoute({
    method: "GET",
    path: "/api/calendar/:token",
    summary: "The calendar feed (ICS) behind a secret URL; unknown or revoked URLs are 404",
    tag: "Relationship",
    access: "public",
    response: { status: 200, description: "RFC 5545 calendar", contentType: "text/calendar" },
    handler: async (r) => {
      const token = (r.params.token ?? "").replace(/\.ics$/, "");
      const calendar = token.length > 0 && token.length < 200 ? await renderCalendarFeed(r.ctx, token) : null;
      if (!calendar) throw new NotFoundError("calendar", "");
      r.reply.type("text/calendar; charset=utf-8").header("cache-control", "private, max-age=300");
      return calendar;
    },
  }),
];
