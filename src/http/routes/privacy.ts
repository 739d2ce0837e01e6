import { z } from "zod";
import { SENSITIVE_CATEGORIES } from "../../core/privacy/categories.ts";
import { LEGAL_BASES, OPT_OUT_CHANNELS, PERSON_SOURCES } from "../../core/privacy/person-privacy.ts";
import {
  accessExportQuery,
  accessRequestInput,
  accessRequestListQuery,
  DATA_SUBJECT_REQUEST_KINDS,
  ERASURE_MODES,
  erasureInput,
  personPrivacyUpdateInput,
  privacySettingsInput,
  registerQuery,
  textCheckInput,
} from "../../core/privacy/privacy-schemas.ts";
import { HOSTINGS } from "../../core/privacy/processing-register.ts";
import { exportPersonData } from "../../services/privacy/access-export.ts";
import { listDataSubjectRequests, registerAccessRequest } from "../../services/privacy/access-requests.ts";
import { erasePerson } from "../../services/privacy/erasure.ts";
import {
  getInformationLetter,
  getPersonPrivacy,
  updatePersonPrivacy,
} from "../../services/privacy/person-privacy.ts";
import { getPrivacySettings, updatePrivacySettings } from "../../services/privacy/privacy-settings.ts";
import { getProcessingRegister } from "../../services/privacy/register.ts";
import { getReviewQueue } from "../../services/privacy/retention.ts";
import { checkText } from "../../services/privacy/text-check.ts";
import { idParam } from "../crud-routes.ts";
import { defineRoute } from "../route.ts";

const localized = z.object({ de: z.string(), en: z.string() });
const day = z.string().nullable();
const flags = z.object(Object.fromEntries(OPT_OUT_CHANNELS.map((c) => [c, z.boolean()])));

const personPrivacySchema = z.object({
  personId: z.string(),
  source: z.enum(PERSON_SOURCES),
  legalBasis: z.enum(LEGAL_BASES).nullable(),
  purpose: z.string().nullable(),
  balancingNote: z.string().nullable(),
  consentOn: day,
  consentScope: z.string().nullable(),
  optOut: flags,
  objectedOn: day,
  informedOn: day,
  leftCompanyOn: day,
  factsReviewedOn: day,
  updatedAt: z.string().nullable(),
  greetingsAllowed: z.boolean(),
  marketingAllowed: flags,
  informationDueOn: day,
});

const requestSchema = z.object({
  id: z.string(),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
  kind: z.enum(DATA_SUBJECT_REQUEST_KINDS),
  receivedOn: z.string(),
  dueOn: z.string(),
  completedOn: day,
  note: z.string().nullable(),
  status: z.enum(["open", "due_soon", "overdue", "completed"]),
  daysLeft: z.number().nullable(),
});

const settingsSchema = z.object({
  controllerName: z.string().nullable(),
  controllerAddress: z.string().nullable(),
  controllerContact: z.string().nullable(),
  dpoContact: z.string().nullable(),
  hosting: z.enum(HOSTINGS),
  factReviewMonths: z.number(),
  reviewOnLeavingCompany: z.boolean(),
});

const TAG = "Privacy";

export const privacyRoutes = [
  defineRoute({
    method: "GET",
    path: "/api/people/:id/privacy",
    summary: "Legal basis, purpose, source, marketing opt-outs and objection of a person",
    tag: TAG,
    access: "read",
    response: { status: 200, description: "The person's privacy record", schema: personPrivacySchema },
    handler: (r) => getPersonPrivacy(r.ctx, r.actor, idParam(r.params, "person")),
  }),
  defineRoute({
    method: "PATCH",
    path: "/api/people/:id/privacy",
    summary:
      "Set legal basis (contract | legitimate_interest with balancingNote | consent with consentOn and consentScope), opt-outs per channel or an objection — effective at once in Heute, calendar feed and briefing",
    tag: TAG,
    access: "write",
    body: personPrivacyUpdateInput,
    response: { status: 200, description: "The changed record", schema: personPrivacySchema },
    handler: (r) => updatePersonPrivacy(r.ctx, r.actor, idParam(r.params, "person"), r.body),
  }),
  defineRoute({
    method: "GET",
    path: "/api/people/:id/information-letter",
    summary:
      "The Art. 14 GDPR information letter (naming the right to object) in German or English (?lang=de|en)",
    tag: TAG,
    access: "read",
    response: {
      status: 200,
      description: "Subject and body in the language asked for",
      schema: z.object({
        personId: z.string(),
        lang: z.enum(["de", "en"]),
        subject: z.string(),
        body: z.string(),
      }),
    },
    handler: (r) => getInformationLetter(r.ctx, r.actor, idParam(r.params, "person"), r.locale),
  }),
  defineRoute({
    method: "GET",
    path: "/api/people/:id/access-export",
    summary:
      "Right of access (Art. 15): everything about a person as JSON or a readable page (?format=html). Owners and admins only; includes every user's private notes (audited)",
    tag: TAG,
    access: "read",
    query: accessExportQuery,
    response: { status: 200, description: "The export (JSON, or text/html)" },
    handler: async (r) => {
      const result = await exportPersonData(r.ctx, r.actor, idParam(r.params, "person"), r.query, r.locale);
      r.reply.header("cache-control", "no-store");
      if (result.format === "html") r.reply.type("text/html; charset=utf-8");
      return result.body;
    },
  }),
  defineRoute({
    method: "POST",
    path: "/api/people/:id/access-requests",
    summary: "Register a data-subject request (access, erasure …) on the day it arrived; due within 30 days",
    tag: TAG,
    access: "write",
    body: accessRequestInput,
    response: { status: 201, description: "The request with its due day", schema: requestSchema },
    handler: async (r) => {
      const created = await registerAccessRequest(r.ctx, r.actor, idParam(r.params, "person"), r.body);
      r.reply.code(201);
      return created;
    },
  }),
  defineRoute({
    method: "GET",
    path: "/api/privacy/access-requests",
    summary: "The deadline tracker of data-subject requests (owners and admins)",
    tag: TAG,
    access: "read",
    query: accessRequestListQuery,
    response: {
      status: 200,
      description: "Open requests by due day",
      schema: z.object({ today: z.string(), items: z.array(requestSchema) }),
    },
    handler: (r) => listDataSubjectRequests(r.ctx, r.actor, r.query),
  }),
  defineRoute({
    method: "POST",
    path: "/api/people/:id/erasure",
    summary: `Right to erasure (Art. 17): erase a person everywhere, or anonymise (${ERASURE_MODES.join(" | ")}); confirm with the full name. Owners and admins only; audited without the erased data`,
    tag: TAG,
    access: "write",
    body: erasureInput,
    response: {
      status: 200,
      description: "What was erased, in counts",
      schema: z.object({
        personId: z.string(),
        mode: z.enum(ERASURE_MODES),
        erasedAt: z.string(),
        peopleErased: z.number(),
        relativesErased: z.number(),
        interactionsDeleted: z.number(),
        interactionsKept: z.number(),
        rowsScrubbed: z.number(),
        dealsKept: z.number(),
      }),
    },
    handler: (r) => erasePerson(r.ctx, r.actor, idParam(r.params, "person"), r.body),
  }),
  defineRoute({
    method: "GET",
    path: "/api/privacy/review-queue",
    summary: "People whose personal facts are due for a retention review (the viewer's visible facts)",
    tag: TAG,
    access: "read",
    response: {
      status: 200,
      description: "The queue, oldest due first",
      schema: z.object({
        today: z.string(),
        rules: z.object({ factReviewMonths: z.number(), reviewOnLeavingCompany: z.boolean() }),
        items: z.array(
          z.object({
            personId: z.string(),
            name: z.string(),
            reason: z.enum(["no_contact", "left_company"]),
            dueSince: z.string(),
            lastInteractionOn: day,
            factCount: z.number(),
            explanation: localized,
          }),
        ),
      }),
    },
    handler: (r) => getReviewQueue(r.ctx, r.actor),
  }),
  defineRoute({
    method: "GET",
    path: "/api/privacy/register",
    summary:
      "Record of processing activities (Art. 30 GDPR) as Markdown or HTML (?format=html), German or English (?lang)",
    tag: TAG,
    access: "read",
    query: registerQuery,
    response: { status: 200, description: "The record", contentType: "text/markdown" },
    handler: async (r) => {
      const result = await getProcessingRegister(r.ctx, r.actor, r.query, r.locale);
      r.reply.type(result.contentType);
      return result.body;
    },
  }),
  defineRoute({
    method: "GET",
    path: "/api/privacy/settings",
    summary: "Controller details, hosting and retention rules of the workspace",
    tag: TAG,
    access: "read",
    response: { status: 200, description: "The settings", schema: settingsSchema },
    handler: (r) => getPrivacySettings(r.ctx, r.actor),
  }),
  defineRoute({
    method: "PATCH",
    path: "/api/privacy/settings",
    summary: "Change controller details, hosting and retention rules (owners and admins)",
    tag: TAG,
    access: "write",
    body: privacySettingsInput,
    response: { status: 200, description: "The settings", schema: settingsSchema },
    handler: (r) => updatePrivacySettings(r.ctx, r.actor, r.body),
  }),
  defineRoute({
    method: "POST",
    path: "/api/privacy/check-text",
    summary:
      "Check a note for special-category data (Art. 9/10 GDPR) and insults while writing; the same check every save runs",
    tag: TAG,
    access: "read",
    body: textCheckInput,
    response: {
      status: 200,
      description: "Findings with explanations in German and English",
      schema: z.object({
        findings: z.array(
          z.object({
            category: z.enum(SENSITIVE_CATEGORIES),
            match: z.string(),
            start: z.number(),
            end: z.number(),
            explanation: localized,
          }),
        ),
        advice: localized.nullable(),
      }),
    },
    handler: (r) => checkText(r.ctx, r.actor, r.body),
  }),
];
