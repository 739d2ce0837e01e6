import type { FastifyRequest } from "fastify";
import type { Actor } from "../core/model/actor.ts";
import { recordAudit } from "../services/audit.ts";
import type { ServiceContext } from "../services/context.ts";
import { type AuthenticationResult, authenticate } from "../services/credentials.ts";
import { SESSION_COOKIE } from "./cookies.ts";
import { UnauthorizedError } from "./errors.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Resolves the caller: a bearer token (API clients) or the session cookie (the browser). Cookie
 * writes must come from our own origin — the browser sends cookies on cross-site requests too, so
 * without this check another site could write on the user's behalf (CSRF).
 */
export async function resolveActor(ctx: ServiceContext, request: FastifyRequest): Promise<Actor> {
  const header = request.headers.authorization;
  if (header?.startsWith("Bearer ")) {
    const result = await authenticate(ctx, header.slice("Bearer ".length).trim(), ["api_token"]);
    const actor = await accept(ctx, request, result);
    if (result.ok && result.touched) {
      await recordAudit(ctx, {
        workspaceId: actor.workspaceId,
        actorId: actor.userId,
        action: "token_used",
        target: { type: "token", id: actor.credentialId ?? null },
        ip: request.ip,
      });
    }
    return actor;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (cookie) {
    const actor = await accept(ctx, request, await authenticate(ctx, cookie, ["session"]));
    if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request)) {
      await recordAudit(ctx, {
        workspaceId: actor.workspaceId,
        actorId: actor.userId,
        action: "cross_origin_refused",
        ip: request.ip,
        detail: { method: request.method, url: request.url, origin: request.headers.origin ?? null },
      });
      throw new CrossOriginWriteError();
    }
    return actor;
  }
  throw new UnauthorizedError();
}

/** A refused use of a real credential (expired, revoked) is worth an audit entry; a random string is not. */
async function accept(
  ctx: ServiceContext,
  request: FastifyRequest,
  result: AuthenticationResult,
): Promise<Actor> {
  if (result.ok) return { ...result.actor, ip: request.ip };
  if (result.credential) {
    await recordAudit(ctx, {
      workspaceId: result.credential.workspaceId,
      actorId: result.credential.userId,
      action: "token_refused",
      target: { type: result.credential.kind, id: result.credential.id },
      ip: request.ip,
      detail: { reason: result.reason },
    });
  }
  throw new UnauthorizedError();
}

export class CrossOriginWriteError extends Error {}

function isSameOrigin(request: FastifyRequest): boolean {
  const fetchSite = request.headers["sec-fetch-site"];
  if (fetchSite === "same-origin") return true;
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
