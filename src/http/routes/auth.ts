import type {} from "@fastify/cookie";
import { z } from "zod";
import { parseInput } from "../../core/validation.ts";
import { auditAs, recordAudit } from "../../services/audit.ts";
import {
  createApiToken,
  exchangeSignInLink,
  listApiTokens,
  revokeApiToken,
} from "../../services/credentials.ts";
import { getCurrentUser, signOut } from "../../services/users.ts";
import { SESSION_COOKIE, setSessionCookie } from "../cookies.ts";
import { idParam } from "../crud-routes.ts";
import { defineRoute } from "../route.ts";

const signInQuery = z.strictObject({ token: z.string().min(1).max(200) });

const tokenCreateInput = z.strictObject({
  name: z.string().trim().min(1).max(100),
  scope: z.enum(["read", "write"]).default("read"),
  expiresInDays: z.number().int().min(1).max(3650).nullable().default(90),
});

const meSchema = z.object({
  userId: z.string(),
  workspaceId: z.string(),
  displayName: z.string(),
  role: z.string(),
  locale: z.enum(["de", "en"]),
  canWrite: z.boolean(),
});

export const authRoutes = [
  defineRoute({
    method: "GET",
    path: "/api/auth/sign-in",
    summary: "Exchange a one-time sign-in link for a session cookie, then go to the app",
    tag: "Auth",
    access: "public",
    query: signInQuery,
    response: { status: 303, description: "Redirect to the app with an HttpOnly session cookie" },
    handler: async (r) => {
      const { token } = parseInput(signInQuery, r.query);
      const session = await exchangeSignInLink(r.ctx, token);
      if (session) {
        await recordAudit(r.ctx, {
          workspaceId: session.credential.workspaceId,
          actorId: session.credential.userId,
          action: "sign_in",
          ip: r.request.ip,
          detail: { method: "link" },
        });
      }
      if (!session) {
        r.reply.code(303).header("location", "/sign-in?expired=1");
        return null;
      }
      setSessionCookie(r.request, r.reply, session.secret);
      r.reply.code(303).header("location", "/");
      return null;
    },
  }),
  defineRoute({
    method: "POST",
    path: "/api/auth/sign-out",
    summary: "End this browser session",
    tag: "Auth",
    access: "read",
    response: { status: 204, description: "Signed out" },
    handler: async (r) => {
      await signOut(r.ctx, r.actor);
      r.reply.clearCookie(SESSION_COOKIE, { path: "/" }).code(204);
      return null;
    },
  }),
  defineRoute({
    method: "GET",
    path: "/api/me",
    summary: "The signed-in user",
    tag: "Auth",
    access: "read",
    response: { status: 200, description: "Who is signed in", schema: meSchema },
    handler: async (r) => {
      const user = await getCurrentUser(r.ctx, r.actor);
      return {
        userId: r.actor.userId,
        workspaceId: r.actor.workspaceId,
        displayName: user.displayName,
        role: r.actor.role,
        locale: user.locale,
        canWrite: r.actor.canWrite,
      };
    },
  }),
  defineRoute({
    method: "GET",
    path: "/api/tokens",
    summary: "My API tokens (never their secrets)",
    tag: "Auth",
    access: "read",
    handler: async (r) => ({ items: await listApiTokens(r.ctx, r.actor) }),
  }),
  defineRoute({
    method: "POST",
    path: "/api/tokens",
    summary: "Create an API token; its secret is shown once",
    tag: "Auth",
    access: "write",
    body: tokenCreateInput,
    response: { status: 201, description: "The token with its secret" },
    handler: async (r) => {
      const input = parseInput(tokenCreateInput, r.body);
      const { secret, credential } = await createApiToken(r.ctx, r.actor, input);
      await auditAs(r.ctx, r.actor, "token_created", {
        target: { type: "token", id: credential.id },
        detail: { scope: credential.scope },
      });
      r.reply.code(201);
      return { ...credential, secret };
    },
  }),
  defineRoute({
    method: "DELETE",
    path: "/api/tokens/:id",
    summary: "Revoke an API token",
    tag: "Auth",
    access: "write",
    response: { status: 204, description: "Revoked" },
    handler: async (r) => {
      const id = idParam(r.params, "token");
      if (await revokeApiToken(r.ctx, r.actor, id))
        await auditAs(r.ctx, r.actor, "token_revoked", { target: { type: "token", id } });
      r.reply.code(204);
      return null;
    },
  }),
];
