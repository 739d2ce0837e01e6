import type {} from "@fastify/cookie";
import type { FastifyReply, FastifyRequest } from "fastify";
import { SESSION_LIFETIME_MS } from "../services/credentials.ts";

export const SESSION_COOKIE = "kf_session";

/** The browser session: HttpOnly, SameSite=Lax, and Secure whenever the request came over HTTPS. */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, secret: string): void {
  reply.setCookie(SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: "lax",
    secure: request.protocol === "https",
    path: "/",
    maxAge: SESSION_LIFETIME_MS / 1000,
  });
}
