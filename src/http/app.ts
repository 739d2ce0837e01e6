import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import cookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { ForbiddenError, NotFoundError } from "../core/errors.ts";
import type { Actor } from "../core/model/actor.ts";
import { recordAudit } from "../services/audit.ts";
import type { ServiceContext } from "../services/context.ts";
import { CrossOriginWriteError, resolveActor } from "./authenticate.ts";
import { localeOf, sendError } from "./errors.ts";
import type { RouteDefinition } from "./route.ts";
import { accountRoutes } from "./routes/accounts.ts";
import { analyticsRoutes } from "./routes/analytics.ts";
import { authRoutes } from "./routes/auth.ts";
import { conversationRoutes } from "./routes/conversations.ts";
import { dealRoutes } from "./routes/deals.ts";
import { demoRoutes } from "./routes/demo.ts";
import { duplicateRoutes } from "./routes/duplicates.ts";
import { entityRoutes } from "./routes/entities.ts";
import { exportRoutes } from "./routes/export.ts";
import { importRoutes, registerUploadParsers } from "./routes/import.ts";
import { importHistoryRoutes } from "./routes/import-history.ts";
import { privacyRoutes } from "./routes/privacy.ts";
import { relationshipRoutes } from "./routes/relationship.ts";
import { searchRoutes } from "./routes/search.ts";
import { systemRoutes } from "./routes/system.ts";
import { addSecurityHeaders } from "./security-headers.ts";

export interface AppOptions {
  ctx: ServiceContext;
  /** Folder of the built web app (index.html and assets); omitted in API-only tests. */
  webRoot?: string;
  logger?: FastifyServerOptions["logger"];
}

/** Every route of the API, in one table: served, documented and walked by the authorisation tests. */
export function apiRoutes(): RouteDefinition[] {
  const routes: RouteDefinition[] = [];
  // The OpenAPI route describes the whole table, itself included, so it receives the table by reference.
  routes.push(
    ...systemRoutes(() => routes),
    ...authRoutes,
    ...accountRoutes,
    ...entityRoutes,
    ...relationshipRoutes,
    ...conversationRoutes,
    ...demoRoutes,
    ...dealRoutes,
    ...searchRoutes,
    ...analyticsRoutes,
    ...importRoutes,
    ...importHistoryRoutes,
    ...exportRoutes,
    ...duplicateRoutes,
    ...privacyRoutes,
  );
  return routes;
}

/** Public routes run without a user; nothing they call reads the actor. */
const ANONYMOUS: Actor = { workspaceId: "", userId: "", role: "read_only", canWrite: false };

const BODY_LIMIT_BYTES = 1024 * 1024;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: "loopback",
    // The route table owns validation (zod); Fastify's own schema compiler is not used.
    ajv: { customOptions: { strict: false } },
  });
  await app.register(cookie);
  addSecurityHeaders(app);
  app.setErrorHandler((error, request, reply) => sendError(error, request, reply));
  // Raw file uploads (import) get their own parsers and limit; see routes/import.ts.
  registerUploadParsers(app);

  const { ctx } = options;
  for (const route of apiRoutes()) {
    app.route({
      method: route.method,
      url: route.path,
      handler: async (request, reply) => {
        let actor = ANONYMOUS;
        if (route.access !== "public") {
          try {
            actor = await resolveActor(ctx, request);
          } catch (error) {
            if (error instanceof CrossOriginWriteError) {
              throw new ForbiddenError({
                de: "Schreibzugriffe von fremden Seiten sind nicht erlaubt.",
                en: "Writes from another origin are not allowed.",
              });
            }
            throw error;
          }
          if (route.access === "write" && !actor.canWrite) {
            await recordAudit(ctx, {
              workspaceId: actor.workspaceId,
              actorId: actor.userId,
              action: "write_refused",
              ip: request.ip,
              detail: { method: route.method, route: route.path },
            });
            throw new ForbiddenError({
              de: "Dieser Zugang darf nur lesen.",
              en: "This access is read-only.",
            });
          }
        }
        const result = await route.handler({
          ctx,
          actor,
          locale: localeOf(request),
          params: request.params as Record<string, string>,
          query: withoutLang(request.query),
          body: request.body,
          request,
          reply,
        });
        return reply.sent ? reply : reply.send(result ?? undefined);
      },
    });
  }

  if (options.webRoot && existsSync(path.join(options.webRoot, "index.html"))) {
    const indexHtml = readFileSync(path.join(options.webRoot, "index.html"), "utf8");
    await app.register(fastifyStatic, { root: path.resolve(options.webRoot), wildcard: false, index: false });
    app.setNotFoundHandler((request, reply) => {
      if (request.url.startsWith("/api/") || request.method !== "GET")
        return sendError(notFound(), request, reply);
      // Client-side routes (/people/…, /today) all load the app shell.
      return reply.type("text/html; charset=utf-8").send(indexHtml);
    });
  } else {
    app.setNotFoundHandler((request, reply) => sendError(notFound(), request, reply));
  }
  return app;
}

function notFound() {
  return new NotFoundError("route", "");
}

/** `lang` chooses the language of messages; it is not part of any resource's query. */
function withoutLang(query: unknown): unknown {
  if (!query || typeof query !== "object") return {};
  const { lang: _lang, ...rest } = query as Record<string, unknown>;
  return rest;
}
