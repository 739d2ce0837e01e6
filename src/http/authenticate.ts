import type { FastifyRequest } from "fastify";
import type { Actor } from "../core/model/actor.ts";
import type { ServiceContext } from "../services/context.ts";
import { authenticate } from "../services/credentials.ts";
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
    if (!result) throw new UnauthorizedError();
    return result.actor;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (cookie) {
    const result = await authenticate(ctx, cookie, ["session"]);
    if (!result) throw new UnauthorizedError();
    if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request)) throw new CrossOriginWriteError();
    return result.actor;
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
