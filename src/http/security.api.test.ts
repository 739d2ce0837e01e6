import { expect, it } from "vitest";
import { caller, signedInClient } from "../test/api-client.ts";
import { testContext } from "../test/factories.ts";
import { describeEachStore } from "../test/stores.ts";
import { buildApp } from "./app.ts";

type Call = Awaited<ReturnType<typeof signedInClient>>["call"];

async function auditActions(call: Call): Promise<string[]> {
  const { body } = await call("GET", "/api/audit?limit=1000");
  return (body.items as Array<{ action: string }>).map((e) => e.action);
}

let invited = 0;
/** Emails are unique per installation, so each test invites its own address. */
function uniqueEmail(name: string): string {
  invited += 1;
  return `${name}.${invited}.${Date.now()}@example.test`;
}

/** Invites a colleague and signs them in with a password; returns their session cookie. */
async function invitedColleague(
  call: Call,
  app: Parameters<typeof caller>[0],
  role = "member",
  email = uniqueEmail("kollegin"),
) {
  const invitation = await call("POST", "/api/invitations", { email, role });
  expect(invitation.status).toBe(201);
  const token = new URL(invitation.body.url as string).searchParams.get("token");
  const accepted = await app.inject({
    method: "POST",
    url: "/api/auth/accept-invitation",
    payload: { token, displayName: "Kollegin", password: "ein-langes-passwort" },
  });
  expect(accepted.statusCode, accepted.body).toBe(201);
  const cookie = accepted.cookies.find((c) => c.name === "kf_session");
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
  return { cookie: `kf_session=${cookie?.value}`, userId: (JSON.parse(accepted.body) as { id: string }).id };
}

describeEachStore("API: accounts, defences and the audit log", (store) => {
  it("brute-force sign-in gets throttled with growing lock-outs, and the audit log records it", async () => {
    const { app, call } = await signedInClient(store());
    const email = uniqueEmail("brute");
    await invitedColleague(call, app, "member", email);
    const attempt = (password: string) =>
      app.inject({
        method: "POST",
        url: "/api/auth/password",
        payload: { email, password },
      });
    for (let i = 0; i < 5; i += 1) {
      const wrong = await attempt(`falsch-${i}`);
      expect(wrong.statusCode).toBe(401);
      expect(JSON.parse(wrong.body).error.code).toBe("sign_in_failed");
    }
    const throttled = await attempt("ein-langes-passwort");
    expect(throttled.statusCode).toBe(429);
    expect(throttled.headers["retry-after"]).toBe("30");
    const actions = await auditActions(call);
    expect(actions.filter((a) => a === "sign_in_failed")).toHaveLength(5);
    expect(actions).toContain("sign_in_throttled");
  });

  it("the right password signs in and clears the failures; a wrong email looks like a wrong password", async () => {
    const { app, call } = await signedInClient(store());
    const email = uniqueEmail("lea");
    await invitedColleague(call, app, "member", email);
    const bad = await app.inject({
      method: "POST",
      url: "/api/auth/password",
      payload: { email: uniqueEmail("niemand"), password: "x" },
    });
    const wrong = await app.inject({
      method: "POST",
      url: "/api/auth/password",
      payload: { email, password: "x" },
    });
    expect(JSON.parse(bad.body)).toEqual(JSON.parse(wrong.body));
    const ok = await app.inject({
      method: "POST",
      url: "/api/auth/password",
      payload: { email: email.toUpperCase(), password: "ein-langes-passwort" },
    });
    expect(ok.statusCode).toBe(204);
    expect((await auditActions(call)).filter((a) => a === "sign_in")).toHaveLength(1);
  });

  it("refuses a cookie-authenticated write from another origin, and records it", async () => {
    const { app, call } = await signedInClient(store());
    const { cookie } = await invitedColleague(call, app);
    const write = (origin: string) =>
      app.inject({
        method: "POST",
        url: "/api/companies",
        headers: { cookie, origin, host: "localhost:4680", "content-type": "application/json" },
        payload: { name: "Böse GmbH" },
      });
    const forged = await write("https://evil.example");
    expect(forged.statusCode).toBe(403);
    expect(JSON.parse(forged.body).error.message).toBe(
      "Schreibzugriffe von fremden Seiten sind nicht erlaubt.",
    );
    expect((await write("http://localhost:4680")).statusCode).toBe(201);
    expect(await auditActions(call)).toContain("cross_origin_refused");
  });

  it("expired, revoked and read-only tokens are refused for writes, and each refusal is audited", async () => {
    const { app, call, ctx } = await signedInClient(store());
    const create = async (body: object) =>
      (await call("POST", "/api/tokens", body)).body as { id: string; secret: string };
    const readOnly = await create({ name: "lesen", scope: "read", expiresInDays: 30 });
    const revoked = await create({ name: "weg", scope: "write", expiresInDays: 30 });
    const expiring = await create({ name: "kurz", scope: "write", expiresInDays: 1 });
    await call("DELETE", `/api/tokens/${revoked.id}`);
    const payload = { name: "Neue Firma" };

    expect((await caller(app, readOnly.secret)("POST", "/api/companies", payload)).status).toBe(403);
    expect((await caller(app, readOnly.secret)("GET", "/api/companies")).status).toBe(200);
    expect((await caller(app, revoked.secret)("POST", "/api/companies", payload)).status).toBe(401);
    const later = await buildApp({
      ctx: { ...ctx, clock: () => new Date(ctx.clock().getTime() + 2 * 86_400_000) },
    });
    expect((await caller(later, expiring.secret)("POST", "/api/companies", payload)).status).toBe(401);

    const { body } = await call("GET", "/api/audit?limit=1000");
    const entries = body.items as Array<{ action: string; detail: { reason?: string } }>;
    expect(entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(["write_refused", "token_refused", "token_created", "token_revoked"]),
    );
    expect(
      entries
        .filter((e) => e.action === "token_refused")
        .map((e) => e.detail.reason)
        .sort(),
    ).toEqual(["expired", "revoked"]);
  });

  it("the audit log is append-only in the database itself", async () => {
    const { call, ctx } = await signedInClient(store());
    await call("POST", "/api/tokens", { name: "x" });
    await expect(ctx.store.db.updateTable("audit_log").set({ action: "nothing" }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(ctx.store.db.deleteFrom("audit_log").execute()).rejects.toThrow(/append-only/);
  });

  it("the audit log and team management are for owners and admins only", async () => {
    const { app, call } = await signedInClient(store());
    const { cookie, userId } = await invitedColleague(call, app);
    const asMember = (method: "GET" | "PATCH", url: string, payload?: object) =>
      app.inject({
        method,
        url,
        headers: { cookie, origin: "http://localhost", host: "localhost" },
        ...(payload ? { payload } : {}),
      });
    expect((await asMember("GET", "/api/audit")).statusCode).toBe(403);
    expect((await asMember("PATCH", `/api/users/${userId}`, { role: "admin" })).statusCode).toBe(403);
    const promoted = await call("PATCH", `/api/users/${userId}`, { role: "admin" });
    expect(promoted.body).toMatchObject({ role: "admin" });
    // A role change ends the user's sessions so the new rights apply at once.
    expect((await asMember("GET", "/api/me")).statusCode).toBe(401);
    expect(await auditActions(call)).toContain("role_changed");
  });

  it("the last owner cannot be demoted; sign-out everywhere ends every session", async () => {
    const { app, call, owner } = await signedInClient(store());
    const demote = await call("PATCH", `/api/users/${owner.id}`, { role: "member" });
    expect(demote.status).toBe(409);
    const { cookie } = await invitedColleague(call, app);
    const headers = { cookie, origin: "http://localhost", host: "localhost" };
    expect((await app.inject({ method: "GET", url: "/api/me", headers })).statusCode).toBe(200);
    expect(
      (await app.inject({ method: "POST", url: "/api/auth/sign-out-everywhere", headers })).statusCode,
    ).toBe(200);
    expect((await app.inject({ method: "GET", url: "/api/me", headers })).statusCode).toBe(401);
  });

  it("sessions live in the database and survive a server restart", async () => {
    const { app, call, ctx } = await signedInClient(store());
    const { cookie } = await invitedColleague(call, app);
    await app.close();
    const restarted = await buildApp({ ctx: testContext(ctx.store) });
    const me = await restarted.inject({ method: "GET", url: "/api/me", headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(JSON.parse(me.body)).toMatchObject({ displayName: "Kollegin", role: "member" });
  });

  it("sends security headers and never a stack trace", async () => {
    const { app } = await signedInClient(store());
    const response = await app.inject({ method: "GET", url: "/api/health" });
    expect(response.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(response.headers["content-security-policy"]).not.toContain("'unsafe-inline'; connect");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["referrer-policy"]).toBe("no-referrer");
  });
});
