import type { FastifyInstance } from "fastify";
import { beforeAll, expect, it } from "vitest";
import type { UserRole } from "../core/vocabulary.ts";
import { createApiToken } from "../services/credentials.ts";
import { caller, signedInClient } from "../test/api-client.ts";
import { actorOf, buildUser } from "../test/factories.ts";
import { describeEachStore } from "../test/stores.ts";
import { apiRoutes } from "./app.ts";

// Walks EVERY route of the route table for every role, against a colleague's rows, and checks the
// status and that none of the colleague's private text (personal facts, stance reason, self-check
// note, gift note) appears in any response. A new route without an entry here fails the first test.

const ROLES: UserRole[] = ["owner", "admin", "member", "read_only"];
type Call = ReturnType<typeof caller>;

interface World {
  app: FastifyInstance;
  colleague: Call;
  tokenFor(role: UserRole): string;
  freshToken(role: UserRole): Promise<{ id: string; secret: string }>;
  freshUser(): Promise<string>;
  ids: {
    person: string;
    company: string;
    interaction: string;
    privateFact: string;
    sharedFact: string;
    loop: string;
    relation: string;
    gift: string;
    deal: string;
  };
}

interface Request {
  url: string;
  body?: unknown;
  /** Expected status for a role allowed to call the route; default: any 2xx. */
  expect?: number;
  /** Send with this token instead of the role's usual one. */
  token?: string;
}

interface Sample {
  build(world: World, role: UserRole): Promise<Request>;
  /** Only owners and admins may call it. */
  adminOnly?: boolean;
}

/** Creates a throw-away row as the colleague, for routes that change or delete. */
async function fresh(world: World, path: string, body: object): Promise<string> {
  const response = await world.colleague("POST", path, body);
  expect(response.status, `${path} ${JSON.stringify(response.body)}`).toBeLessThan(300);
  const created = response.body as { id?: string; deal?: { id: string } };
  return created.deal?.id ?? (created.id as string);
}

const SAMPLES: Record<string, Sample> = {
  "GET /api/health": { build: async () => ({ url: "/api/health", expect: 200 }) },
  "GET /api/openapi.json": { build: async () => ({ url: "/api/openapi.json", expect: 200 }) },
  "GET /api/docs": { build: async () => ({ url: "/api/docs", expect: 200 }) },
  "GET /api/docs/reference.js": { build: async () => ({ url: "/api/docs/reference.js", expect: 200 }) },
  "GET /api/auth/sign-in": {
    build: async () => ({ url: "/api/auth/sign-in?token=kfl_not-a-link", expect: 303 }),
  },
  "POST /api/auth/password": {
    build: async () => ({
      url: "/api/auth/password",
      body: { email: "niemand@example.test", password: "x" },
      expect: 401,
    }),
  },
  "POST /api/auth/accept-invitation": {
    build: async () => ({
      url: "/api/auth/accept-invitation",
      body: { token: "kfi_nope", displayName: "X", password: "ein-langes-passwort" },
      expect: 401,
    }),
  },
  "GET /api/calendar/:token": { build: async () => ({ url: "/api/calendar/kfc_wrong.ics", expect: 404 }) },
  "POST /api/auth/sign-out": {
    build: async (w, role) => ({
      url: "/api/auth/sign-out",
      token: (await w.freshToken(role)).secret,
      expect: 204,
    }),
  },
  "POST /api/auth/sign-out-everywhere": { build: async () => ({ url: "/api/auth/sign-out-everywhere" }) },
  "GET /api/me": { build: async () => ({ url: "/api/me" }) },
  "POST /api/me/password": {
    build: async () => ({ url: "/api/me/password", body: { newPassword: "ein-langes-passwort" } }),
  },
  "GET /api/tokens": { build: async () => ({ url: "/api/tokens" }) },
  "POST /api/tokens": {
    build: async () => ({ url: "/api/tokens", body: { name: "matrix", scope: "read" } }),
  },
  "DELETE /api/tokens/:id": {
    build: async (w, role) => ({ url: `/api/tokens/${(await w.freshToken(role)).id}`, expect: 204 }),
  },
  "GET /api/users": { build: async () => ({ url: "/api/users" }) },
  "PATCH /api/users/:id": {
    adminOnly: true,
    build: async (w) => ({ url: `/api/users/${await w.freshUser()}`, body: { role: "read_only" } }),
  },
  "POST /api/users/:id/reset-password": {
    adminOnly: true,
    build: async (w) => ({ url: `/api/users/${await w.freshUser()}/reset-password` }),
  },
  "POST /api/invitations": {
    adminOnly: true,
    build: async (_w, role) => ({
      url: "/api/invitations",
      body: { email: `neu-${role}-${Date.now()}@example.test` },
    }),
  },
  "GET /api/audit": { adminOnly: true, build: async () => ({ url: "/api/audit" }) },
  "GET /api/audit/export": { adminOnly: true, build: async () => ({ url: "/api/audit/export" }) },

  "GET /api/people": { build: async () => ({ url: "/api/people?includeNonContacts=true" }) },
  "POST /api/people": { build: async () => ({ url: "/api/people", body: { lastName: "Matrix" } }) },
  "GET /api/people/:id": { build: async (w) => ({ url: `/api/people/${w.ids.person}` }) },
  "PATCH /api/people/:id": {
    build: async (w) => ({ url: `/api/people/${w.ids.person}`, body: { jobTitle: "Einkauf" } }),
  },
  "DELETE /api/people/:id": {
    build: async (w) => ({
      url: `/api/people/${await fresh(w, "/api/people", { lastName: "Weg" })}`,
      expect: 204,
    }),
  },
  "GET /api/people/:id/history": { build: async (w) => ({ url: `/api/people/${w.ids.person}/history` }) },
  "GET /api/people/:id/relationship": {
    build: async (w) => ({ url: `/api/people/${w.ids.person}/relationship` }),
  },
  "POST /api/people/:id/stage": {
    build: async (w) => ({ url: `/api/people/${w.ids.person}/stage`, body: { stage: "acquaintance" } }),
  },
  "POST /api/people/:id/address-form": {
    build: async (w) => ({
      url: `/api/people/${await fresh(w, "/api/people", { lastName: "Du" })}/address-form`,
      body: { form: "du", offeredBy: "them" },
    }),
  },
  "GET /api/people/:id/briefing": { build: async (w) => ({ url: `/api/people/${w.ids.person}/briefing` }) },
  "GET /api/people/:id/trends": { build: async (w) => ({ url: `/api/people/${w.ids.person}/trends` }) },

  "GET /api/companies": { build: async () => ({ url: "/api/companies" }) },
  "POST /api/companies": { build: async () => ({ url: "/api/companies", body: { name: "Matrix AG" } }) },
  "GET /api/companies/:id": { build: async (w) => ({ url: `/api/companies/${w.ids.company}` }) },
  "PATCH /api/companies/:id": {
    build: async (w) => ({ url: `/api/companies/${w.ids.company}`, body: { city: "Ulm" } }),
  },
  "DELETE /api/companies/:id": {
    build: async (w) => ({
      url: `/api/companies/${await fresh(w, "/api/companies", { name: "Weg" })}`,
      expect: 204,
    }),
  },

  // The colleague's private fact does not exist for anyone else — not even for owners.
  "GET /api/facts": { build: async () => ({ url: "/api/facts" }) },
  "POST /api/facts": {
    build: async (w) => ({
      url: "/api/facts",
      body: { personId: w.ids.person, category: "hobby", text: "Matrix" },
    }),
  },
  "GET /api/facts/:id": { build: async (w) => ({ url: `/api/facts/${w.ids.privateFact}`, expect: 404 }) },
  "PATCH /api/facts/:id": {
    build: async (w) => ({
      url: `/api/facts/${w.ids.privateFact}`,
      body: { text: "überschrieben" },
      expect: 404,
    }),
  },
  "DELETE /api/facts/:id": { build: async (w) => ({ url: `/api/facts/${w.ids.privateFact}`, expect: 404 }) },

  "GET /api/relations": { build: async () => ({ url: "/api/relations" }) },
  "POST /api/relations": {
    build: async (w) => ({
      url: "/api/relations",
      body: {
        personId: w.ids.person,
        relatedPersonId: await fresh(w, "/api/people", { lastName: "Kind" }),
        kind: "child",
      },
    }),
  },
  "GET /api/relations/:id": { build: async (w) => ({ url: `/api/relations/${w.ids.relation}` }) },
  "PATCH /api/relations/:id": {
    build: async (w) => ({ url: `/api/relations/${w.ids.relation}`, body: { kind: "child" } }),
  },
  "DELETE /api/relations/:id": {
    build: async (w) => {
      const other = await fresh(w, "/api/people", { lastName: "Partner" });
      const relation = await fresh(w, "/api/relations", {
        personId: w.ids.person,
        relatedPersonId: other,
        kind: "partner",
      });
      return { url: `/api/relations/${relation}`, expect: 204 };
    },
  },

  "GET /api/interactions": { build: async () => ({ url: "/api/interactions" }) },
  "POST /api/interactions": {
    build: async (w) => ({
      url: "/api/interactions",
      body: { occurredAt: "2026-11-20T10:00:00Z", kind: "call", participantIds: [w.ids.person] },
    }),
  },
  "GET /api/interactions/:id": { build: async (w) => ({ url: `/api/interactions/${w.ids.interaction}` }) },
  "PATCH /api/interactions/:id": {
    build: async (w) => ({ url: `/api/interactions/${w.ids.interaction}`, body: { trust: 4 } }),
  },
  "DELETE /api/interactions/:id": {
    build: async (w) => ({
      url: `/api/interactions/${await fresh(w, "/api/interactions", { occurredAt: "2026-11-01T10:00:00Z", kind: "email", participantIds: [w.ids.person] })}`,
      expect: 204,
    }),
  },

  "GET /api/open-loops": { build: async () => ({ url: "/api/open-loops?status=all" }) },
  "POST /api/open-loops": {
    build: async (w) => ({ url: "/api/open-loops", body: { personId: w.ids.person, text: "Matrix" } }),
  },
  "GET /api/open-loops/:id": { build: async (w) => ({ url: `/api/open-loops/${w.ids.loop}` }) },
  "PATCH /api/open-loops/:id": {
    build: async (w) => ({ url: `/api/open-loops/${w.ids.loop}`, body: { dueOn: "2026-12-24" } }),
  },
  "DELETE /api/open-loops/:id": {
    build: async (w) => ({
      url: `/api/open-loops/${await fresh(w, "/api/open-loops", { personId: w.ids.person, text: "Weg" })}`,
      expect: 204,
    }),
  },

  "GET /api/today": { build: async () => ({ url: "/api/today" }) },
  "POST /api/calendar-feed": { build: async () => ({ url: "/api/calendar-feed", expect: 201 }) },
  "DELETE /api/calendar-feed": { build: async () => ({ url: "/api/calendar-feed", expect: 204 }) },
  "POST /api/conversations": {
    build: async (w) => ({
      url: "/api/conversations",
      body: {
        occurredAt: "2026-11-21T10:00:00Z",
        kind: "meeting",
        participantIds: [w.ids.person],
        facts: [{ personId: w.ids.person, category: "hobby", text: "Matrix" }],
      },
      expect: 201,
    }),
  },
  "GET /api/me/self-check": { build: async () => ({ url: "/api/me/self-check" }) },

  // Gifts: amounts are team-visible, the note and the right to change an entry stay with its author.
  "GET /api/gifts": { build: async () => ({ url: "/api/gifts" }) },
  "POST /api/gifts": {
    build: async (w) => ({
      url: "/api/gifts",
      body: { personId: w.ids.person, date: "2026-11-20", kind: "gift", valueCents: 1000, note: "Matrix" },
    }),
  },
  "GET /api/gifts/:id": { build: async (w) => ({ url: `/api/gifts/${w.ids.gift}` }) },
  "PATCH /api/gifts/:id": {
    build: async (w) => ({ url: `/api/gifts/${w.ids.gift}`, body: { valueCents: 1 }, expect: 403 }),
  },
  "DELETE /api/gifts/:id": { build: async (w) => ({ url: `/api/gifts/${w.ids.gift}`, expect: 403 }) },
  "POST /api/gifts/check": {
    build: async (w) => ({
      url: "/api/gifts/check",
      body: { personId: w.ids.person, date: "2026-11-20", kind: "gift", valueCents: 1000 },
    }),
  },
  "GET /api/workspace/settings": { build: async () => ({ url: "/api/workspace/settings" }) },
  "PATCH /api/workspace/settings": {
    adminOnly: true,
    build: async () => ({ url: "/api/workspace/settings", body: { giftLimitCents: 3000 } }),
  },
  "POST /api/demo": { build: async () => ({ url: "/api/demo", expect: 409 }) },

  "GET /api/deals": { build: async () => ({ url: "/api/deals" }) },
  "POST /api/deals": { build: async () => ({ url: "/api/deals", body: { title: "Matrix-Auftrag" } }) },
  "GET /api/deals/:id": { build: async (w) => ({ url: `/api/deals/${w.ids.deal}` }) },
  "PATCH /api/deals/:id": {
    build: async (w) => ({ url: `/api/deals/${w.ids.deal}`, body: { stage: "proposal" } }),
  },
  "DELETE /api/deals/:id": {
    build: async (w) => ({
      url: `/api/deals/${await fresh(w, "/api/deals", { title: "Weg" })}`,
      expect: 204,
    }),
  },
  "POST /api/deals/:id/close": {
    build: async (w) => ({
      url: `/api/deals/${await fresh(w, "/api/deals", { title: "Zu" })}/close`,
      body: { status: "lost", reason: "price" },
    }),
  },
  "POST /api/deals/:id/stakeholders": {
    build: async (w) => ({
      url: `/api/deals/${w.ids.deal}/stakeholders`,
      body: { personId: w.ids.person, role: "decision_maker" },
    }),
  },
  "DELETE /api/deals/:id/stakeholders/:personId": {
    build: async (w) => {
      const deal = await fresh(w, "/api/deals", { title: "Beteiligte" });
      await w.colleague("POST", `/api/deals/${deal}/stakeholders`, { personId: w.ids.person, role: "user" });
      return { url: `/api/deals/${deal}/stakeholders/${w.ids.person}` };
    },
  },
  "GET /api/pipeline": { build: async () => ({ url: "/api/pipeline" }) },
  "GET /api/tender-deadlines": {
    build: async () => ({ url: "/api/tender-deadlines?procedure=open&publishedOn=2026-11-27" }),
  },
  "GET /api/search": { build: async () => ({ url: "/api/search?q=geheim" }) },

  // Privacy. Access export and erasure are the controller's: owners and admins only. An access
  // export DOES show colleagues' private rows to owners and admins (docs/PRIVACY.md, tested in
  // privacy-access.api.test.ts), so here it is sampled on a person without private rows.
  "GET /api/people/:id/privacy": { build: async (w) => ({ url: `/api/people/${w.ids.person}/privacy` }) },
  "PATCH /api/people/:id/privacy": {
    build: async (w) => ({ url: `/api/people/${w.ids.person}/privacy`, body: { optOut: { post: true } } }),
  },
  "GET /api/people/:id/information-letter": {
    build: async (w) => ({ url: `/api/people/${w.ids.person}/information-letter?lang=en` }),
  },
  "GET /api/people/:id/access-export": {
    adminOnly: true,
    build: async (w) => ({
      url: `/api/people/${await fresh(w, "/api/people", { lastName: "Auskunft" })}/access-export?format=html`,
      expect: 200,
    }),
  },
  "POST /api/people/:id/access-requests": {
    adminOnly: true,
    build: async (w) => ({
      url: `/api/people/${w.ids.person}/access-requests`,
      body: { receivedOn: "2026-11-20" },
      expect: 201,
    }),
  },
  "GET /api/privacy/access-requests": {
    adminOnly: true,
    build: async () => ({ url: "/api/privacy/access-requests?status=all" }),
  },
  "POST /api/people/:id/erasure": {
    adminOnly: true,
    build: async (w) => ({
      url: `/api/people/${await fresh(w, "/api/people", { lastName: "Vergessen" })}/erasure`,
      body: { confirmName: "Vergessen" },
      expect: 200,
    }),
  },
  "GET /api/privacy/review-queue": { build: async () => ({ url: "/api/privacy/review-queue" }) },
  "GET /api/privacy/register": { build: async () => ({ url: "/api/privacy/register?format=html" }) },
  "GET /api/privacy/settings": { build: async () => ({ url: "/api/privacy/settings" }) },
  "PATCH /api/privacy/settings": {
    adminOnly: true,
    build: async () => ({ url: "/api/privacy/settings", body: { controllerName: "Matrix GmbH" } }),
  },
  "POST /api/privacy/check-text": {
    build: async () => ({ url: "/api/privacy/check-text", body: { text: "Segelt gern" } }),
  },

  // Import, export, backup, merge. Uploads are raw files; the JSON body here only proves access.
  "POST /api/import/preview": {
    build: async () => ({ url: "/api/import/preview", body: { file: "x" }, expect: 400 }),
  },
  "POST /api/import": { build: async () => ({ url: "/api/import", body: { file: "x" }, expect: 400 }) },
  "GET /api/imports": { build: async () => ({ url: "/api/imports" }) },
  // Each user sees only their own imports (import-history.api.test); one that is nobody's is 404.
  "GET /api/imports/:id": {
    build: async () => ({ url: "/api/imports/01a2b3c4-0000-7000-8000-000000000000", expect: 404 }),
  },
  "POST /api/imports/:id/undo": {
    build: async () => ({
      url: "/api/imports/01a2b3c4-0000-7000-8000-000000000000/undo",
      body: {},
      expect: 404,
    }),
  },
  "GET /api/export": { build: async () => ({ url: "/api/export?format=vcard" }) },
  "GET /api/people/:id/vcard": { build: async (w) => ({ url: `/api/people/${w.ids.person}/vcard` }) },
  // The in-app backup (owners and admins) leaves colleagues' private rows out like every other route.
  "GET /api/backup": { adminOnly: true, build: async () => ({ url: "/api/backup" }) },
  "GET /api/duplicates": { build: async () => ({ url: "/api/duplicates" }) },
  "GET /api/people/:id/duplicates": {
    build: async (w) => ({ url: `/api/people/${w.ids.person}/duplicates` }),
  },
  "POST /api/people/:id/merge": {
    build: async (w) => ({
      url: `/api/people/${await fresh(w, "/api/people", { lastName: "Doppelt" })}/merge`,
      body: { mergeId: await fresh(w, "/api/people", { lastName: "Doppelt" }) },
    }),
  },

  // Analytics: my own figures for everyone; the team view (the colleague's rows, summed) for owners and admins.
  "GET /api/analytics/win-rate-by-warmth": {
    adminOnly: true,
    build: async () => ({ url: "/api/analytics/win-rate-by-warmth?scope=team", expect: 200 }),
  },
  "GET /api/analytics/tenders-by-coverage": {
    build: async () => ({ url: "/api/analytics/tenders-by-coverage", expect: 200 }),
  },
  "GET /api/analytics/journey": {
    adminOnly: true,
    build: async () => ({ url: "/api/analytics/journey?scope=team", expect: 200 }),
  },
  "GET /api/analytics/trends": {
    build: async () => ({ url: "/api/analytics/trends?format=csv", expect: 200 }),
  },
  "GET /api/analytics/self-check": {
    adminOnly: true,
    build: async () => ({ url: "/api/analytics/self-check?scope=team", expect: 200 }),
  },
  "GET /api/analytics/keep-in-touch": {
    adminOnly: true,
    build: async () => ({
      url: "/api/analytics/keep-in-touch?scope=team&format=csv&table=overdue",
      expect: 200,
    }),
  },
};

const routeKeys = apiRoutes().map((r) => `${r.method} ${r.path}`);

it("has an authorisation sample for every route of the route table", () => {
  expect(Object.keys(SAMPLES).sort()).toEqual([...routeKeys].sort());
});

function expectedStatus(
  route: { access: string },
  sample: Sample,
  request: Request,
  role: UserRole,
): number | "2xx" {
  if (route.access === "write" && role === "read_only") return 403;
  if (sample.adminOnly && (role === "member" || role === "read_only")) return 403;
  return request.expect ?? "2xx";
}

describeEachStore("API: authorisation matrix over every route and role", (store) => {
  let world: World;
  let markers: string[];

  beforeAll(async () => {
    const { app, ctx, workspace, owner, token: ownerToken } = await signedInClient(store());
    const tokens = new Map<UserRole, string>([["owner", ownerToken]]);
    const userOf = new Map<UserRole, { id: string; workspaceId: string; role: UserRole }>([["owner", owner]]);
    for (const role of ["admin", "member", "read_only"] as const) {
      const user = await buildUser(ctx, workspace.id, role);
      userOf.set(role, user);
      tokens.set(
        role,
        (await createApiToken(ctx, actorOf(user), { name: role, scope: "write", expiresInDays: null }))
          .secret,
      );
    }
    const colleagueUser = await buildUser(ctx, workspace.id, "member");
    const colleagueToken = (
      await createApiToken(ctx, actorOf(colleagueUser), { name: "b", scope: "write", expiresInDays: null })
    ).secret;
    const colleague = caller(app, colleagueToken);
    const tag = Date.now().toString(36);
    markers = [
      `GEHEIM-STANCE-${tag}`,
      `GEHEIM-FACT-${tag}`,
      `GEHEIM-REFLECTION-${tag}`,
      `GEHEIM-GIFT-${tag}`,
    ];
    const [stanceMarker, factMarker, reflectionMarker, giftMarker] = markers as [
      string,
      string,
      string,
      string,
    ];

    const company = (await colleague("POST", "/api/companies", { name: "Geheimtest GmbH" })).body
      .id as string;
    const person = (
      await colleague("POST", "/api/people", {
        firstName: "Paula",
        lastName: "Privat",
        companyId: company,
        stance: "caution",
        stanceReason: stanceMarker,
        birthday: { day: 1, month: 12 },
      })
    ).body.id as string;
    const logged = await colleague("POST", "/api/conversations", {
      occurredAt: "2026-11-10T10:00:00Z",
      kind: "meal",
      participantIds: [person],
      atmosphere: 4,
      facts: [{ personId: person, category: "family", text: factMarker }],
      selfCheck: {
        relaxed: "yes",
        smiled: "yes",
        listened: "yes",
        distance: "yes",
        friendTone: "no",
        note: reflectionMarker,
      },
    });
    const child = (
      await colleague("POST", "/api/people", { firstName: "Kim", lastName: "Privat", isContact: false })
    ).body.id as string;
    const deal = (await colleague("POST", "/api/deals", { title: "Geheim-Deal", companyId: company })).body
      .deal as { id: string };
    await colleague("POST", `/api/deals/${deal.id}/stakeholders`, { personId: person, role: "influencer" });
    world = {
      app,
      colleague,
      tokenFor: (role) => tokens.get(role) as string,
      freshToken: async (role) => {
        const issued = await createApiToken(
          ctx,
          actorOf(userOf.get(role) as { id: string; workspaceId: string; role: UserRole }),
          {
            name: "fresh",
            scope: "write",
            expiresInDays: null,
          },
        );
        return { id: issued.credential.id, secret: issued.secret };
      },
      freshUser: async () => (await buildUser(ctx, workspace.id, "member")).id,
      ids: {
        person,
        company,
        interaction: (logged.body.interaction as { id: string }).id,
        privateFact: (logged.body.facts as Array<{ id: string }>)[0]?.id as string,
        sharedFact: (
          await colleague("POST", "/api/facts", {
            personId: person,
            category: "hobby",
            text: "Segelt",
            shared: true,
          })
        ).body.id as string,
        loop: (await colleague("POST", "/api/open-loops", { personId: person, text: "Angebot nachfassen" }))
          .body.id as string,
        relation: (
          await colleague("POST", "/api/relations", {
            personId: person,
            relatedPersonId: child,
            kind: "child",
          })
        ).body.id as string,
        gift: (
          (
            await colleague("POST", "/api/gifts", {
              personId: person,
              date: "2026-11-20",
              kind: "gift",
              valueCents: 2000,
              note: giftMarker,
            })
          ).body.gift as { id: string }
        ).id,
        deal: deal.id,
      },
    };
  });

  for (const role of ROLES) {
    it(`${role}: every route answers with the right status and never shows a colleague's private text`, async () => {
      for (const route of apiRoutes()) {
        const key = `${route.method} ${route.path}`;
        const sample = SAMPLES[key] as Sample;
        const request = await sample.build(world, role);
        const token = route.access === "public" ? null : (request.token ?? world.tokenFor(role));
        const response = await caller(world.app, token)(route.method, request.url, request.body);
        const expected = expectedStatus(route, sample, request, role);
        if (expected === "2xx") {
          expect(
            response.status,
            `${role} ${key}: ${JSON.stringify(response.body).slice(0, 300)}`,
          ).toBeGreaterThanOrEqual(200);
          expect(
            response.status,
            `${role} ${key}: ${JSON.stringify(response.body).slice(0, 300)}`,
          ).toBeLessThan(300);
        } else {
          expect(response.status, `${role} ${key}: ${JSON.stringify(response.body).slice(0, 300)}`).toBe(
            expected,
          );
        }
        const text = typeof response.body === "string" ? response.body : JSON.stringify(response.body);
        for (const marker of markers)
          expect(text.includes(marker), `${role} ${key} leaks ${marker}`).toBe(false);
      }
    });
  }

  it("the colleague (the author) does see their own private rows — the markers are real", async () => {
    const [stance, fact, reflection, gift] = markers;
    expect(JSON.stringify((await world.colleague("GET", `/api/people/${world.ids.person}`)).body)).toContain(
      stance,
    );
    expect(
      JSON.stringify((await world.colleague("GET", `/api/facts/${world.ids.privateFact}`)).body),
    ).toContain(fact);
    expect(JSON.stringify((await world.colleague("GET", "/api/me/self-check")).body)).toContain(reflection);
    expect(JSON.stringify((await world.colleague("GET", `/api/gifts/${world.ids.gift}`)).body)).toContain(
      gift,
    );
    const search = await world.colleague("GET", `/api/search?q=${fact?.toLowerCase()}`);
    expect((search.body.items as unknown[]).length).toBe(1);
  });
});
