import { beforeAll, expect, it } from "vitest";
import { signedInClient } from "../test/api-client.ts";
import { describeEachStore } from "../test/stores.ts";
import { apiRoutes } from "./app.ts";

// Bad input, route by route: every route with a body is tried with a missing field, a wrong type,
// a too-long text and an unknown enum value; every route is tried with malformed JSON and unknown
// ids. Each expectation is the exact status and error body a client receives.

const UNKNOWN_ID = "01a21b0f-b122-7e7b-9707-58e20cc5263f";
const LONG = "x".repeat(5000);

type Field = { field: string; code: string; message: string };
const invalid = (fields: Field[]) => ({
  error: { status: 400, code: "validation_failed", message: "The input is not valid.", fields },
});
const required = (field: string): Field => ({ field, code: "required", message: "This field is required." });
const notString = (field: string): Field => ({ field, code: "invalid_type", message: "Expected a string." });
const tooLong = (field: string, max: number): Field => ({
  field,
  code: "too_long",
  message: `At most ${max} characters.`,
});
const unknown = (field: string, allowed: string): Field => ({
  field,
  code: "unknown_value",
  message: `Unknown value; allowed: ${allowed}.`,
});

const STANCES = "befriend, keep_professional, caution";
const CATEGORIES = "family, hobby, preference, life_event, shared_experience, important_date, other";
const KINDS = "meeting, call, video, message, email, event, meal";
const PROCEDURES = "open, restricted, negotiated, competitive_dialogue, below_threshold_uvgo, private_tender";
const ROLES = "owner, admin, member, read_only";
const GIFT_KINDS = "gift, invitation, meal, event, favour";
const RELATIONS = "partner, child, parent, sibling, friend, colleague, reports_to, assistant, other";

interface Case {
  name: "missing" | "wrong type" | "too long" | "unknown enum";
  body: (ids: Ids) => unknown;
  fields: Field[];
}
interface Ids {
  person: string;
  company: string;
  fact: string;
  interaction: string;
  loop: string;
  relation: string;
  gift: string;
  deal: string;
  user: string;
  token: string;
}

const CASES: Record<string, Case[]> = {
  "POST /api/people": [
    {
      name: "missing",
      body: () => ({ jobTitle: "CEO" }),
      fields: [{ field: "lastName", code: "invalid", message: "A first or last name is required." }],
    },
    { name: "wrong type", body: () => ({ lastName: 42 }), fields: [notString("lastName")] },
    { name: "too long", body: () => ({ lastName: LONG }), fields: [tooLong("lastName", 100)] },
    {
      name: "unknown enum",
      body: () => ({ lastName: "A", stance: "friendly" }),
      fields: [unknown("stance", STANCES)],
    },
  ],
  "PATCH /api/people/:id": [
    {
      name: "missing",
      body: () => ({ firstName: "", lastName: "" }),
      fields: [{ field: "lastName", code: "invalid", message: "A first or last name is required." }],
    },
    {
      name: "wrong type",
      body: () => ({ tags: "vip" }),
      fields: [{ ...notString("tags"), message: "Expected a list." }],
    },
    { name: "too long", body: () => ({ notes: LONG.repeat(3) }), fields: [tooLong("notes", 10000)] },
    {
      name: "unknown enum",
      body: () => ({ stage: "best_friends" }),
      fields: [unknown("stage", "business_contact, acquaintance, trust, friendship")],
    },
  ],
  "POST /api/companies": [
    { name: "missing", body: () => ({ city: "Ulm" }), fields: [required("name")] },
    { name: "wrong type", body: () => ({ name: ["Acme"] }), fields: [notString("name")] },
    { name: "too long", body: () => ({ name: LONG }), fields: [tooLong("name", 200)] },
    {
      name: "unknown enum",
      body: () => ({ name: "Acme", kind: "customer" }),
      fields: [{ field: "kind", code: "unknown_field", message: "Unknown field." }],
    },
  ],
  "PATCH /api/companies/:id": [
    {
      name: "missing",
      body: () => ({ name: "" }),
      fields: [{ ...required("name"), message: "Must not be empty." }],
    },
    { name: "wrong type", body: () => ({ city: 7 }), fields: [notString("city")] },
    { name: "too long", body: () => ({ industry: LONG }), fields: [tooLong("industry", 200)] },
    {
      name: "unknown enum",
      body: () => ({ size: "large" }),
      fields: [{ field: "size", code: "unknown_field", message: "Unknown field." }],
    },
  ],
  "POST /api/facts": [
    {
      name: "missing",
      body: (ids) => ({ personId: ids.person, category: "hobby" }),
      fields: [required("text")],
    },
    {
      name: "wrong type",
      body: (ids) => ({ personId: ids.person, category: "hobby", text: "Golf", shared: "yes" }),
      fields: [{ field: "shared", code: "invalid_type", message: "Expected true or false." }],
    },
    {
      name: "too long",
      body: (ids) => ({ personId: ids.person, category: "hobby", text: LONG }),
      fields: [tooLong("text", 2000)],
    },
    {
      name: "unknown enum",
      body: (ids) => ({ personId: ids.person, category: "gossip", text: "x" }),
      fields: [unknown("category", CATEGORIES)],
    },
  ],
  "PATCH /api/facts/:id": [
    {
      name: "missing",
      body: () => ({ text: "   " }),
      fields: [{ ...required("text"), message: "Must not be empty." }],
    },
    {
      name: "wrong type",
      body: () => ({ learnedOn: 20261127 }),
      fields: [notString("learnedOn")],
    },
    { name: "too long", body: () => ({ text: LONG }), fields: [tooLong("text", 2000)] },
    { name: "unknown enum", body: () => ({ category: "rumour" }), fields: [unknown("category", CATEGORIES)] },
  ],
  "POST /api/relations": [
    {
      name: "missing",
      body: (ids) => ({ personId: ids.person, kind: "child" }),
      fields: [required("relatedPersonId")],
    },
    {
      name: "wrong type",
      body: (ids) => ({ personId: ids.person, relatedPersonId: 5, kind: "child" }),
      fields: [notString("relatedPersonId")],
    },
    {
      name: "too long",
      body: (ids) => ({ personId: ids.person, relatedPersonId: LONG, kind: "child" }),
      fields: [{ field: "relatedPersonId", code: "invalid_format", message: "Not a valid id." }],
    },
    {
      name: "unknown enum",
      body: (ids) => ({ personId: ids.person, relatedPersonId: ids.person, kind: "godparent" }),
      fields: [unknown("kind", RELATIONS)],
    },
  ],
  "PATCH /api/relations/:id": [
    { name: "missing", body: () => ({ kind: null }), fields: [unknown("kind", RELATIONS)] },
    { name: "wrong type", body: () => ({ kind: 3 }), fields: [unknown("kind", RELATIONS)] },
    { name: "too long", body: () => ({ kind: LONG }), fields: [unknown("kind", RELATIONS)] },
    { name: "unknown enum", body: () => ({ kind: "nemesis" }), fields: [unknown("kind", RELATIONS)] },
  ],
  "POST /api/interactions": [
    {
      name: "missing",
      body: (ids) => ({ kind: "call", participantIds: [ids.person] }),
      fields: [required("occurredAt")],
    },
    {
      name: "wrong type",
      body: (ids) => ({ occurredAt: "2026-11-20T10:00:00Z", kind: "call", participantIds: ids.person }),
      fields: [{ ...notString("participantIds"), message: "Expected a list." }],
    },
    {
      name: "too long",
      body: (ids) => ({
        occurredAt: "2026-11-20T10:00:00Z",
        kind: "call",
        participantIds: [ids.person],
        summary: LONG.repeat(3),
      }),
      fields: [tooLong("summary", 10000)],
    },
    {
      name: "unknown enum",
      body: (ids) => ({
        occurredAt: "2026-11-20T10:00:00Z",
        kind: "carrier_pigeon",
        participantIds: [ids.person],
      }),
      fields: [unknown("kind", KINDS)],
    },
  ],
  "PATCH /api/interactions/:id": [
    {
      name: "missing",
      body: () => ({ participantIds: [] }),
      fields: [{ field: "participantIds", code: "too_few", message: "At least 1 item(s)." }],
    },
    {
      name: "wrong type",
      body: () => ({ trust: "high" }),
      fields: [{ field: "trust", code: "invalid", message: "Invalid value." }],
    },
    { name: "too long", body: () => ({ summary: LONG.repeat(3) }), fields: [tooLong("summary", 10000)] },
    {
      name: "unknown enum",
      body: () => ({ initiatedBy: "both" }),
      fields: [unknown("initiatedBy", "me, them")],
    },
  ],
  "POST /api/open-loops": [
    { name: "missing", body: (ids) => ({ personId: ids.person }), fields: [required("text")] },
    {
      name: "wrong type",
      body: (ids) => ({ personId: ids.person, text: "Anrufen", dueOn: "next week" }),
      fields: [{ field: "dueOn", code: "invalid_format", message: "Not a valid date (YYYY-MM-DD)." }],
    },
    {
      name: "too long",
      body: (ids) => ({ personId: ids.person, text: LONG }),
      fields: [tooLong("text", 1000)],
    },
    {
      name: "unknown enum",
      body: (ids) => ({ personId: ids.person, text: "x", priority: "high" }),
      fields: [{ field: "priority", code: "unknown_field", message: "Unknown field." }],
    },
  ],
  "PATCH /api/open-loops/:id": [
    {
      name: "missing",
      body: () => ({ text: "" }),
      fields: [{ ...required("text"), message: "Must not be empty." }],
    },
    { name: "wrong type", body: () => ({ closedOn: true }), fields: [notString("closedOn")] },
    { name: "too long", body: () => ({ text: LONG }), fields: [tooLong("text", 1000)] },
    {
      name: "unknown enum",
      body: () => ({ status: "done" }),
      fields: [{ field: "status", code: "unknown_field", message: "Unknown field." }],
    },
  ],
  "POST /api/people/:id/stage": [
    { name: "missing", body: () => ({ note: "nach dem Messeabend" }), fields: [required("stage")] },
    { name: "wrong type", body: () => ({ stage: "trust", note: 5 }), fields: [notString("note")] },
    {
      name: "too long",
      body: () => ({ stage: "trust", note: LONG.repeat(3) }),
      fields: [tooLong("note", 10000)],
    },
    {
      name: "unknown enum",
      body: () => ({ stage: "soulmate" }),
      fields: [unknown("stage", "business_contact, acquaintance, trust, friendship")],
    },
  ],
  "POST /api/people/:id/address-form": [
    { name: "missing", body: () => ({ offeredBy: "them" }), fields: [required("form")] },
    {
      name: "wrong type",
      body: () => ({ form: "du", changedOn: 20261127 }),
      fields: [notString("changedOn")],
    },
    {
      name: "too long",
      body: () => ({ form: "du", changedOn: LONG }),
      fields: [{ field: "changedOn", code: "invalid_format", message: "Not a valid date (YYYY-MM-DD)." }],
    },
    { name: "unknown enum", body: () => ({ form: "ihr" }), fields: [unknown("form", "sie, du")] },
  ],
  "POST /api/conversations": [
    {
      name: "missing",
      body: () => ({ kind: "call" }),
      fields: [required("occurredAt"), required("participantIds")],
    },
    {
      name: "wrong type",
      body: (ids) => ({
        occurredAt: "2026-11-20T10:00:00Z",
        kind: "call",
        participantIds: [ids.person],
        facts: "Golf",
      }),
      fields: [{ ...notString("facts"), message: "Expected a list." }],
    },
    {
      name: "too long",
      body: (ids) => ({
        occurredAt: "2026-11-20T10:00:00Z",
        kind: "call",
        participantIds: [ids.person],
        openLoops: [{ personId: ids.person, text: LONG }],
      }),
      fields: [tooLong("openLoops.0.text", 1000)],
    },
    {
      name: "unknown enum",
      body: (ids) => ({
        occurredAt: "2026-11-20T10:00:00Z",
        kind: "call",
        participantIds: [ids.person],
        facts: [{ personId: ids.person, category: "gossip", text: "x" }],
      }),
      fields: [unknown("facts.0.category", CATEGORIES)],
    },
  ],
  "POST /api/gifts": [
    {
      name: "missing",
      body: (ids) => ({ personId: ids.person, date: "2026-11-20", kind: "gift" }),
      fields: [required("valueCents")],
    },
    {
      name: "wrong type",
      body: (ids) => ({ personId: ids.person, date: "2026-11-20", kind: "gift", valueCents: "49,99" }),
      fields: [{ field: "valueCents", code: "invalid_type", message: "Expected a number." }],
    },
    {
      name: "too long",
      body: (ids) => ({
        personId: ids.person,
        date: "2026-11-20",
        kind: "gift",
        valueCents: 100,
        note: LONG.repeat(3),
      }),
      fields: [tooLong("note", 10000)],
    },
    {
      name: "unknown enum",
      body: (ids) => ({ personId: ids.person, date: "2026-11-20", kind: "bribe", valueCents: 100 }),
      fields: [unknown("kind", GIFT_KINDS)],
    },
  ],
  "PATCH /api/gifts/:id": [
    { name: "missing", body: () => ({ date: null }), fields: [notString("date")] },
    {
      name: "wrong type",
      body: () => ({ valueCents: 12.5 }),
      fields: [{ field: "valueCents", code: "invalid_type", message: "Expected an integer." }],
    },
    { name: "too long", body: () => ({ note: LONG.repeat(3) }), fields: [tooLong("note", 10000)] },
    {
      name: "unknown enum",
      body: () => ({ direction: "stolen" }),
      fields: [unknown("direction", "given, received")],
    },
  ],
  "POST /api/gifts/check": [
    {
      name: "missing",
      body: (ids) => ({ personId: ids.person, kind: "gift", valueCents: 100 }),
      fields: [required("date")],
    },
    {
      name: "wrong type",
      body: (ids) => ({ personId: ids.person, date: "2026-11-20", kind: "gift", valueCents: true }),
      fields: [{ field: "valueCents", code: "invalid_type", message: "Expected a number." }],
    },
    {
      name: "too long",
      body: (ids) => ({ personId: ids.person, date: "2026-11-20", kind: "gift", valueCents: 1_000_000_000 }),
      fields: [{ field: "valueCents", code: "too_big", message: "At most 100000000." }],
    },
    {
      name: "unknown enum",
      body: (ids) => ({
        personId: ids.person,
        date: "2026-11-20",
        kind: "gift",
        direction: "sideways",
        valueCents: 1,
      }),
      fields: [unknown("direction", "given, received")],
    },
  ],
  "PATCH /api/workspace/settings": [
    {
      name: "missing",
      body: () => ({ giftLimitCents: undefined, limit: 30 }),
      fields: [{ field: "limit", code: "unknown_field", message: "Unknown field." }],
    },
    {
      name: "wrong type",
      body: () => ({ giftLimitCents: "30 EUR" }),
      fields: [{ field: "giftLimitCents", code: "invalid_type", message: "Expected a number." }],
    },
    {
      name: "too long",
      body: () => ({ giftLimitCents: 99_999_999_999 }),
      fields: [{ field: "giftLimitCents", code: "too_big", message: "At most 10000000." }],
    },
    {
      name: "unknown enum",
      body: () => ({ phoneCountry: "FR" }),
      fields: [unknown("phoneCountry", "DE, AT, CH, LI")],
    },
  ],
  "POST /api/deals": [
    { name: "missing", body: () => ({ valueCents: 100 }), fields: [required("title")] },
    {
      name: "wrong type",
      body: () => ({ title: "Pumpen", valueCents: "12.000 €" }),
      fields: [{ field: "valueCents", code: "invalid_type", message: "Expected a number." }],
    },
    { name: "too long", body: () => ({ title: LONG }), fields: [tooLong("title", 200)] },
    {
      name: "unknown enum",
      body: () => ({ title: "Kläranlage", tender: { procedure: "lottery" } }),
      fields: [unknown("tender.procedure", PROCEDURES)],
    },
  ],
  "PATCH /api/deals/:id": [
    {
      name: "missing",
      body: () => ({ title: "" }),
      fields: [{ ...required("title"), message: "Must not be empty." }],
    },
    {
      name: "wrong type",
      body: () => ({ probability: "high" }),
      fields: [{ field: "probability", code: "invalid_type", message: "Expected a number." }],
    },
    { name: "too long", body: () => ({ stage: LONG }), fields: [tooLong("stage", 40)] },
    {
      name: "unknown enum",
      body: () => ({ stage: "dreaming" }),
      fields: [
        {
          field: "stage",
          code: "unknown_value",
          message: "Unknown stage; allowed: lead, qualified, proposal, negotiation, commit.",
        },
      ],
    },
  ],
  "POST /api/deals/:id/close": [
    { name: "missing", body: () => ({ status: "won" }), fields: [required("reason")] },
    {
      name: "wrong type",
      body: () => ({ status: "won", reason: "price", note: 1 }),
      fields: [notString("note")],
    },
    {
      name: "too long",
      body: () => ({ status: "lost", reason: "price", note: LONG.repeat(3) }),
      fields: [tooLong("note", 10000)],
    },
    {
      name: "unknown enum",
      body: () => ({ status: "abandoned", reason: "price" }),
      fields: [unknown("status", "won, lost")],
    },
  ],
  "POST /api/deals/:id/stakeholders": [
    { name: "missing", body: () => ({ role: "decision_maker" }), fields: [required("personId")] },
    {
      name: "wrong type",
      body: (ids) => ({ personId: ids.person, role: "user", influence: "3" }),
      fields: [{ field: "influence", code: "invalid", message: "Invalid value." }],
    },
    {
      name: "too long",
      body: (ids) => ({ personId: ids.person, role: "user", influence: 4 }),
      fields: [{ field: "influence", code: "invalid", message: "Invalid value." }],
    },
    {
      name: "unknown enum",
      body: (ids) => ({ personId: ids.person, role: "kingmaker" }),
      fields: [unknown("role", "decision_maker, influencer, technical_evaluator, gatekeeper, user")],
    },
  ],
  "POST /api/auth/password": [
    { name: "missing", body: () => ({ email: "anna@example.test" }), fields: [required("password")] },
    {
      name: "wrong type",
      body: () => ({ email: "anna@example.test", password: 12345678901 }),
      fields: [notString("password")],
    },
    { name: "too long", body: () => ({ email: LONG, password: "x" }), fields: [tooLong("email", 254)] },
    {
      name: "unknown enum",
      body: () => ({ email: "anna@example.test", password: "x", remember: "forever" }),
      fields: [{ field: "remember", code: "unknown_field", message: "Unknown field." }],
    },
  ],
  "POST /api/auth/accept-invitation": [
    {
      name: "missing",
      body: () => ({ token: "kfi_x", displayName: "Anna" }),
      fields: [required("password")],
    },
    {
      name: "wrong type",
      body: () => ({ token: "kfi_x", displayName: ["Anna"], password: "lang-genug-1" }),
      fields: [notString("displayName")],
    },
    {
      name: "too long",
      body: () => ({ token: "kfi_x", displayName: "Anna", password: "kurz" }),
      fields: [{ field: "password", code: "too_short", message: "At least 10 characters." }],
    },
    {
      name: "unknown enum",
      body: () => ({ token: "kfi_x", displayName: "Anna", password: "lang-genug-1", role: "owner" }),
      fields: [{ field: "role", code: "unknown_field", message: "Unknown field." }],
    },
  ],
  "POST /api/me/password": [
    { name: "missing", body: () => ({ currentPassword: "x" }), fields: [required("newPassword")] },
    { name: "wrong type", body: () => ({ newPassword: 1234567890123 }), fields: [notString("newPassword")] },
    {
      name: "too long",
      body: () => ({ newPassword: LONG }),
      fields: [{ field: "newPassword", code: "too_long", message: "At most 200 characters." }],
    },
    {
      name: "unknown enum",
      body: () => ({ newPassword: "lang-genug-1", hint: "Hund" }),
      fields: [{ field: "hint", code: "unknown_field", message: "Unknown field." }],
    },
  ],
  "PATCH /api/users/:id": [
    { name: "missing", body: () => ({ role: null }), fields: [unknown("role", ROLES)] },
    {
      name: "wrong type",
      body: () => ({ disabled: "yes" }),
      fields: [{ field: "disabled", code: "invalid_type", message: "Expected true or false." }],
    },
    { name: "too long", body: () => ({ role: LONG }), fields: [unknown("role", ROLES)] },
    { name: "unknown enum", body: () => ({ role: "superuser" }), fields: [unknown("role", ROLES)] },
  ],
  "POST /api/invitations": [
    { name: "missing", body: () => ({ role: "member" }), fields: [required("email")] },
    { name: "wrong type", body: () => ({ email: 42 }), fields: [notString("email")] },
    {
      name: "too long",
      body: () => ({ email: `${"a".repeat(250)}@example.test` }),
      fields: [{ field: "email", code: "too_long", message: "At most 254 characters." }],
    },
    {
      name: "unknown enum",
      body: () => ({ email: "neu@example.test", role: "intern" }),
      fields: [unknown("role", ROLES)],
    },
  ],
  "POST /api/people/:id/merge": [
    { name: "missing", body: () => ({}), fields: [required("mergeId")] },
    { name: "wrong type", body: () => ({ mergeId: 42 }), fields: [notString("mergeId")] },
    {
      name: "too long",
      body: () => ({ mergeId: LONG }),
      fields: [{ field: "mergeId", code: "invalid_format", message: "Not a valid id." }],
    },
    {
      name: "unknown enum",
      body: () => ({ mergeId: UNKNOWN_ID, strategy: "overwrite" }),
      fields: [{ field: "strategy", code: "unknown_field", message: "Unknown field." }],
    },
  ],
  "PATCH /api/people/:id/privacy": [
    {
      name: "missing",
      body: () => ({ legalBasis: "legitimate_interest" }),
      fields: [
        {
          field: "balancingNote",
          code: "required",
          message: "Legitimate interest needs a balancing note (Art. 6(1)(f) GDPR).",
        },
      ],
    },
    {
      name: "wrong type",
      body: () => ({ optOut: { greetings: "yes" } }),
      fields: [{ field: "optOut.greetings", code: "invalid_type", message: "Expected true or false." }],
    },
    { name: "too long", body: () => ({ purpose: LONG }), fields: [tooLong("purpose", 1000)] },
    {
      name: "unknown enum",
      body: () => ({ legalBasis: "vibes" }),
      fields: [unknown("legalBasis", "contract, legitimate_interest, consent")],
    },
  ],
  "POST /api/people/:id/access-requests": [
    { name: "missing", body: () => ({ kind: "access" }), fields: [required("receivedOn")] },
    { name: "wrong type", body: () => ({ receivedOn: 20261120 }), fields: [notString("receivedOn")] },
    {
      name: "too long",
      body: () => ({ receivedOn: "2026-11-20", note: LONG }),
      fields: [tooLong("note", 1000)],
    },
    {
      name: "unknown enum",
      body: () => ({ receivedOn: "2026-11-20", kind: "gossip" }),
      fields: [unknown("kind", "access, erasure, rectification, restriction, objection, portability")],
    },
  ],
  "POST /api/people/:id/erasure": [
    { name: "missing", body: () => ({ mode: "erase" }), fields: [required("confirmName")] },
    { name: "wrong type", body: () => ({ confirmName: 7 }), fields: [notString("confirmName")] },
    { name: "too long", body: () => ({ confirmName: LONG }), fields: [tooLong("confirmName", 200)] },
    {
      name: "unknown enum",
      body: () => ({ confirmName: "Jan Becker", mode: "shred" }),
      fields: [unknown("mode", "erase, anonymise")],
    },
  ],
  "PATCH /api/privacy/settings": [
    {
      name: "missing",
      body: () => ({ controllerName: "" }),
      fields: [{ ...required("controllerName"), message: "Must not be empty." }],
    },
    {
      name: "wrong type",
      body: () => ({ factReviewMonths: "24" }),
      fields: [{ field: "factReviewMonths", code: "invalid_type", message: "Expected a number." }],
    },
    { name: "too long", body: () => ({ controllerName: LONG }), fields: [tooLong("controllerName", 200)] },
    {
      name: "unknown enum",
      body: () => ({ hosting: "cloud" }),
      fields: [unknown("hosting", "self_hosted, eu_provider, third_country_provider")],
    },
  ],
  "POST /api/privacy/check-text": [
    { name: "missing", body: () => ({ kind: "fact" }), fields: [required("text")] },
    { name: "wrong type", body: () => ({ text: 5 }), fields: [notString("text")] },
    { name: "too long", body: () => ({ text: LONG.repeat(3) }), fields: [tooLong("text", 10000)] },
    {
      name: "unknown enum",
      body: () => ({ text: "x", kind: "tweet" }),
      fields: [unknown("kind", "fact, person_note, stance_reason, self_check_note")],
    },
  ],
  "POST /api/tokens": [
    { name: "missing", body: () => ({ scope: "read" }), fields: [required("name")] },
    {
      name: "wrong type",
      body: () => ({ name: "ci", expiresInDays: "90" }),
      fields: [{ field: "expiresInDays", code: "invalid_type", message: "Expected a number." }],
    },
    { name: "too long", body: () => ({ name: LONG }), fields: [tooLong("name", 100)] },
    {
      name: "unknown enum",
      body: () => ({ name: "ci", scope: "admin" }),
      fields: [unknown("scope", "read, write")],
    },
  ],
};

/** A body that passes validation, so only the unknown id can fail. */
const VALID_BODY_FOR_ID_ROUTE: Record<string, unknown> = {
  "POST /api/people/:id/stage": { stage: "trust" },
  "POST /api/people/:id/address-form": { form: "du" },
  "POST /api/deals/:id/close": { status: "won", reason: "relationship" },
  "POST /api/deals/:id/stakeholders": { personId: "01a21b0f-b122-7e7b-9707-58e20cc5263f", role: "user" },
  "POST /api/people/:id/access-requests": { receivedOn: "2026-11-20" },
  "POST /api/people/:id/erasure": { confirmName: "Jan Becker" },
  "POST /api/people/:id/merge": { mergeId: "01a21b0f-b122-7e7b-9707-58e20cc52640" },
};

const bodyRoutes = apiRoutes().filter((r) => r.body);
const idRoutes = apiRoutes().filter((r) => r.path.includes(":id"));

it("has bad-input cases for every route that takes a body", () => {
  expect(Object.keys(CASES).sort()).toEqual(bodyRoutes.map((r) => `${r.method} ${r.path}`).sort());
  for (const cases of Object.values(CASES)) {
    expect(cases.map((c) => c.name)).toEqual(["missing", "wrong type", "too long", "unknown enum"]);
  }
});

describeEachStore("API: bad input gets the exact status and error body", (store) => {
  let call: Awaited<ReturnType<typeof signedInClient>>["call"];
  let owner: Awaited<ReturnType<typeof signedInClient>>["owner"];
  let ids: Ids;

  beforeAll(async () => {
    ({ call, owner } = await signedInClient(store()));
    const person = (await call("POST", "/api/people", { firstName: "Jan", lastName: "Becker" })).body
      .id as string;
    const other = (await call("POST", "/api/people", { firstName: "Mia", lastName: "Becker" })).body
      .id as string;
    const interaction = (
      await call("POST", "/api/interactions", {
        occurredAt: "2026-11-20T10:00:00Z",
        kind: "call",
        participantIds: [person],
      })
    ).body.id as string;
    ids = {
      person,
      company: (await call("POST", "/api/companies", { name: "Becker AG" })).body.id as string,
      fact: (await call("POST", "/api/facts", { personId: person, category: "hobby", text: "Segelt" })).body
        .id as string,
      interaction,
      loop: (await call("POST", "/api/open-loops", { personId: person, text: "Katalog schicken" })).body
        .id as string,
      relation: (
        await call("POST", "/api/relations", { personId: person, relatedPersonId: other, kind: "child" })
      ).body.id as string,
      gift: "",
      deal: ((await call("POST", "/api/deals", { title: "Pumpen Klärwerk" })).body.deal as { id: string }).id,
      user: owner.id,
      token: "",
    };
    ids.gift = (
      (
        await call("POST", "/api/gifts", {
          personId: person,
          date: "2026-11-20",
          kind: "gift",
          valueCents: 2500,
        })
      ).body.gift as { id: string }
    ).id;
  });

  const idFor = (path: string): string => {
    const key = {
      people: "person",
      companies: "company",
      facts: "fact",
      interactions: "interaction",
      "open-loops": "loop",
      relations: "relation",
      gifts: "gift",
      deals: "deal",
      users: "user",
    }[path.split("/")[2] ?? ""] as keyof Ids;
    return ids[key];
  };

  for (const [route, cases] of Object.entries(CASES)) {
    for (const testCase of cases) {
      it(`${route}: ${testCase.name}`, async () => {
        const [method, path] = route.split(" ") as ["POST" | "PATCH", string];
        const url = path.replace(":id", () => idFor(path));
        const response = await call(method, url, testCase.body(ids));
        expect(response.status).toBe(400);
        expect(response.body).toEqual(invalid(testCase.fields));
      });
    }
  }

  it("malformed JSON on every route with a body: 400 naming the body", async () => {
    for (const route of bodyRoutes) {
      const response = await call(
        route.method,
        route.path.replace(":id", () => idFor(route.path)),
        '{"lastName": "Bec',
      );
      expect(response.status, `${route.method} ${route.path}`).toBe(400);
      expect(response.body).toEqual({
        error: {
          status: 400,
          code: "malformed_json",
          message: "The body is not valid JSON.",
          fields: [{ field: "", code: "malformed_json", message: "The body is not valid JSON." }],
        },
      });
    }
  });

  it("a body that is not an object, or no body at all, on every route with a body", async () => {
    for (const route of bodyRoutes) {
      const url = route.path.replace(":id", () => idFor(route.path));
      const list = await call(route.method, url, "[1, 2]");
      expect(list.status, `${route.method} ${route.path}`).toBe(400);
      expect(list.body).toEqual(
        invalid([{ field: "", code: "invalid_type", message: "Expected an object." }]),
      );
      const none = await call(route.method, url);
      expect(none.status, `${route.method} ${route.path}`).toBe(400);
      expect(none.body).toEqual(
        invalid([{ field: "", code: "required", message: "A JSON body is required." }]),
      );
    }
  });

  it("an unknown or malformed id on every route with an id: 404", async () => {
    const notFound = { error: { status: 404, code: "not_found", message: "Not found.", fields: [] } };
    for (const route of idRoutes) {
      for (const id of [UNKNOWN_ID, "not-a-uuid"]) {
        const body =
          VALID_BODY_FOR_ID_ROUTE[`${route.method} ${route.path}`] ??
          (route.method === "PATCH" ? {} : undefined);
        const response = await call(route.method, route.path.replace(":id", id), body);
        if (route.path === "/api/tokens/:id" && id === UNKNOWN_ID) {
          // Revoking is idempotent: an unknown token is already not usable.
          expect(response.status).toBe(204);
          continue;
        }
        expect(response.status, `${route.method} ${route.path} ${id}`).toBe(404);
        expect(response.body).toEqual(notFound);
      }
    }
  });

  it("references to ids that do not exist are named on their field", async () => {
    const response = await call("POST", "/api/facts", {
      personId: UNKNOWN_ID,
      category: "hobby",
      text: "Golf",
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual(
      invalid([{ field: "personId", code: "not_found", message: `${UNKNOWN_ID} does not exist.` }]),
    );
  });

  it("query strings are validated too: unknown sort, non-numeric and too-large limits", async () => {
    const response = await call("GET", "/api/people?sort=age&limit=abc");
    expect(response.body).toEqual(
      invalid([
        { field: "limit", code: "invalid_type", message: "Expected a number." },
        unknown("sort", "name, -name, created, -created, updated, -updated"),
      ]),
    );
    expect((await call("GET", "/api/companies?limit=100000")).body).toEqual(
      invalid([{ field: "limit", code: "too_big", message: "At most 500." }]),
    );
    expect((await call("GET", "/api/search?q=")).body).toEqual(
      invalid([{ field: "q", code: "required", message: "Must not be empty." }]),
    );
    expect((await call("GET", "/api/today?keepInTouch=0")).body).toEqual(
      invalid([{ field: "keepInTouch", code: "too_small", message: "At least 1." }]),
    );
  });

  it("the people list's cursor: damaged, together with offset, or made for another sort", async () => {
    const first = (await call("GET", "/api/people?limit=1")).body as { cursor: string };
    const problem = (message: string) => invalid([{ field: "after", code: "invalid", message }]);
    expect((await call("GET", "/api/people?after=kaputt!")).body).toEqual(
      problem("Not a valid cursor: send the previous page's `cursor` unchanged."),
    );
    expect((await call("GET", `/api/people?after=${first.cursor.slice(0, -4)}`)).status).toBe(400);
    expect((await call("GET", `/api/people?after=${first.cursor}&offset=50`)).body).toEqual(
      problem("Use either `after` or `offset`, not both."),
    );
    expect((await call("GET", `/api/people?after=${first.cursor}&sort=-created`)).body).toEqual(
      problem("This cursor belongs to another sort order."),
    );
    expect((await call("GET", `/api/people?after=${first.cursor}`)).status).toBe(200);
  });

  it("a body that is not JSON at all is refused with 415; an oversized one with 413", async () => {
    const form = await call("POST", "/api/people", "lastName=Becker", {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(form.status).toBe(415);
    expect(form.body).toEqual({
      error: {
        status: 415,
        code: "unsupported_media_type",
        message: "Please send application/json.",
        fields: [],
      },
    });
    const huge = await call("POST", "/api/people", JSON.stringify({ lastName: "x".repeat(1_100_000) }));
    expect(huge.status).toBe(413);
    expect(huge.body).toEqual({
      error: { status: 413, code: "body_too_large", message: "The body is too large.", fields: [] },
    });
  });

  it("messages follow the caller's language", async () => {
    const response = await call("POST", "/api/companies", {}, { "accept-language": "de-DE,de;q=0.9" });
    expect(response.body).toEqual({
      error: {
        status: 400,
        code: "validation_failed",
        message: "Die Eingabe ist nicht gültig.",
        fields: [{ field: "name", code: "required", message: "Pflichtfeld fehlt." }],
      },
    });
  });

  it("a rejected write leaves nothing behind", async () => {
    const before = (await call("GET", "/api/people")).body.total;
    await call("POST", "/api/people", {
      lastName: "Neu",
      companyId: UNKNOWN_ID,
      channels: [{ kind: "email", value: "a@b.de" }],
    });
    await call("POST", "/api/people", { lastName: "Neu", channels: [{ kind: "fax", value: "1" }] });
    expect((await call("GET", "/api/people")).body.total).toBe(before);
    expect((await call("GET", "/api/search?q=neu")).body.items).toEqual([]);
  });
});
