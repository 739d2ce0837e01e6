import { readFileSync } from "node:fs";
import { checkDatabase } from "../../services/health.ts";
import { buildOpenApiDocument } from "../openapi.ts";
import { defineRoute, type RouteDefinition } from "../route.ts";

const VERSION = (
  JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { version: string }
).version;

const REFERENCE_HTML = readFileSync(new URL("../reference/index.html", import.meta.url), "utf8");
const REFERENCE_JS = readFileSync(new URL("../reference/reference.js", import.meta.url), "utf8");

/** Routes that answer without sign-in: health, the API description and its reference page. */
export function systemRoutes(allRoutes: () => RouteDefinition[]): RouteDefinition[] {
  let document: Record<string, unknown> | undefined;
  return [
    defineRoute({
      method: "GET",
      path: "/api/health",
      summary: "Liveness and database reachability",
      tag: "System",
      access: "public",
      handler: async (r) => {
        return { status: "ok", version: VERSION, database: await checkDatabase(r.ctx) };
      },
    }),
    defineRoute({
      method: "GET",
      path: "/api/openapi.json",
      summary: "This API as an OpenAPI 3.1 document",
      tag: "System",
      access: "public",
      handler: async () => {
        document ??= buildOpenApiDocument(allRoutes(), VERSION);
        return document;
      },
    }),
    defineRoute({
      method: "GET",
      path: "/api/docs",
      summary: "The API reference page",
      tag: "System",
      access: "public",
      response: { status: 200, description: "HTML", contentType: "text/html" },
      handler: async (r) => {
        r.reply.type("text/html; charset=utf-8");
        return REFERENCE_HTML;
      },
    }),
    defineRoute({
      method: "GET",
      path: "/api/docs/reference.js",
      summary: "Script of the API reference page",
      tag: "System",
      access: "public",
      handler: async (r) => {
        r.reply.type("text/javascript; charset=utf-8");
        return REFERENCE_JS;
      },
    }),
  ];
}

export { VERSION };
