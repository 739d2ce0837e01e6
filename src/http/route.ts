import type { FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import type { Locale } from "../core/locale.ts";
import type { Actor } from "../core/model/actor.ts";
import type { ServiceContext } from "../services/context.ts";

/**
 * Who may call a route: anyone (health, OpenAPI, sign-in), any signed-in user, or a signed-in user
 * whose credential may write. Services check again (defence in depth), but the route table is
 * what the OpenAPI document and the authorisation tests read.
 */
export type Access = "public" | "read" | "write";

export interface RouteRequest {
  ctx: ServiceContext;
  /** Present on every route except public ones. */
  actor: Actor;
  locale: Locale;
  params: Record<string, string>;
  query: unknown;
  body: unknown;
  request: FastifyRequest;
  reply: FastifyReply;
}

export interface RouteDefinition {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** Fastify path syntax: /api/people/:id */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  /** Documented request parts; services parse them, so documentation and validation agree. */
  query?: z.ZodObject;
  body?: z.ZodType;
  response?: { status: number; description: string; schema?: z.ZodType; contentType?: string };
  handler(request: RouteRequest): Promise<unknown>;
}

export function defineRoute(route: RouteDefinition): RouteDefinition {
  return route;
}
