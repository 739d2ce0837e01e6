import type {} from "@fastify/cookie";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import {
  acceptInvitationInput,
  invitationInput,
  passwordChangeInput,
  passwordSignInInput,
  userUpdateInput,
} from "../../core/schemas/account.ts";
import {
  acceptInvitation,
  changeOwnPassword,
  inviteUser,
  listTeam,
  resetPassword,
  signInWithPassword,
  signOutEverywhere,
  updateUser,
} from "../../services/accounts.ts";
import { auditQuery, listAuditLog } from "../../services/audit.ts";
import { attachment } from "../attachment.ts";
import { SESSION_COOKIE, setSessionCookie } from "../cookies.ts";
import { idParam } from "../crud-routes.ts";
import { defineRoute } from "../route.ts";

const baseUrl = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

export const accountRoutes = [
  defineRoute({
    method: "POST",
    path: "/api/auth/password",
    summary: "Sign in with email and password (throttled; sets the session cookie)",
    tag: "Auth",
    access: "public",
    body: passwordSignInInput,
    response: { status: 204, description: "Signed in" },
    handler: async (r) => {
      const { secret } = await signInWithPassword(r.ctx, r.body, r.request.ip);
      setSessionCookie(r.request, r.reply, secret);
      r.reply.code(204);
      return null;
    },
  }),
  defineRoute({
    method: "POST",
    path: "/api/auth/accept-invitation",
    summary: "Accept an invitation: choose a name and password, and sign in",
    tag: "Auth",
    access: "public",
    body: acceptInvitationInput,
    response: { status: 201, description: "The new account" },
    handler: async (r) => {
      const { secret, user } = await acceptInvitation(r.ctx, r.body, r.request.ip);
      setSessionCookie(r.request, r.reply, secret);
      r.reply.code(201);
      return { id: user.id, displayName: user.displayName, role: user.role };
    },
  }),
  defineRoute({
    method: "POST",
    path: "/api/auth/sign-out-everywhere",
    summary: "End every session of mine, on every device",
    tag: "Auth",
    access: "read",
    response: { status: 200, description: "How many sessions ended" },
    handler: async (r) => {
      const ended = await signOutEverywhere(r.ctx, r.actor);
      r.reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return { ended };
    },
  }),
  defineRoute({
    method: "POST",
    path: "/api/me/password",
    summary: "Set or change my password",
    tag: "Auth",
    access: "write",
    body: passwordChangeInput,
    response: { status: 204, description: "Changed" },
    handler: async (r) => {
      await changeOwnPassword(r.ctx, r.actor, r.body);
      r.reply.code(204);
      return null;
    },
  }),
  defineRoute({
    method: "GET",
    path: "/api/users",
    summary: "The team (emails and invitations for owners and admins)",
    tag: "Team",
    access: "read",
    handler: (r) => listTeam(r.ctx, r.actor),
  }),
  defineRoute({
    method: "PATCH",
    path: "/api/users/:id",
    summary: "Change a user's role or disable them (owners and admins)",
    tag: "Team",
    access: "write",
    body: userUpdateInput,
    handler: (r) => updateUser(r.ctx, r.actor, idParam(r.params, "user"), r.body),
  }),
  defineRoute({
    method: "POST",
    path: "/api/users/:id/reset-password",
    summary: "Reset a user's password: sessions end, a one-time sign-in link is returned (owners and admins)",
    tag: "Team",
    access: "write",
    response: {
      status: 200,
      description: "The sign-in link to hand over",
      schema: z.object({ url: z.string() }),
    },
    handler: async (r) => {
      const { secret } = await resetPassword(r.ctx, r.actor, idParam(r.params, "user"));
      return { url: `${baseUrl(r.request)}/api/auth/sign-in?token=${secret}` };
    },
  }),
  defineRoute({
    method: "POST",
    path: "/api/invitations",
    summary: "Invite a colleague by link (owners and admins)",
    tag: "Team",
    access: "write",
    body: invitationInput,
    response: { status: 201, description: "The invitation link (valid 7 days)" },
    handler: async (r) => {
      const invitation = await inviteUser(r.ctx, r.actor, r.body);
      r.reply.code(201);
      return {
        id: invitation.id,
        email: invitation.email,
        role: invitation.role,
        url: `${baseUrl(r.request)}/accept-invitation?token=${invitation.secret}`,
      };
    },
  }),
  defineRoute({
    method: "GET",
    path: "/api/audit",
    summary: "The audit log, newest first (owners and admins)",
    tag: "Team",
    access: "read",
    query: auditQuery,
    handler: (r) => listAuditLog(r.ctx, r.actor, r.query),
  }),
  defineRoute({
    method: "GET",
    path: "/api/audit/export",
    summary: "The audit log as CSV (owners and admins)",
    tag: "Team",
    access: "read",
    response: { status: 200, description: "CSV", contentType: "text/csv" },
    handler: async (r) => {
      const { items } = await listAuditLog(r.ctx, r.actor, { limit: 1000, ...(r.query as object) });
      const cell = (value: unknown) => `"${String(value ?? "").replaceAll('"', '""')}"`;
      const lines = ["at;actor;action;target_type;target_id;ip;detail"].concat(
        items.map((e) =>
          [e.at, e.actorId, e.action, e.targetType, e.targetId, e.ip, JSON.stringify(e.detail)]
            .map(cell)
            .join(";"),
        ),
      );
      r.reply.type("text/csv; charset=utf-8").header("content-disposition", attachment("audit.csv"));
      return `\uFEFF${lines.join("\r\n")}\r\n`;
    },
  }),
];
