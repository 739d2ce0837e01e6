import { z } from "zod";
import { errorSchema } from "./entity-schemas.ts";
import type { RouteDefinition } from "./route.ts";

/**
 * The OpenAPI 3.1 document, generated from the same route table and zod schemas that serve and
 * validate requests. OpenAPI 3.1 speaks JSON Schema 2020-12, which is what zod emits.
 */
export function buildOpenApiDocument(routes: RouteDefinition[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, "{$1}");
    paths[path] ??= {};
    (paths[path] as Record<string, unknown>)[route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Kundenfreund API",
      version,
      description:
        "The JSON API of Kundenfreund, the relationship-first CRM. Every error has the same shape " +
        "and names each offending field; messages follow Accept-Language (de, en).",
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: {
        bearerToken: {
          type: "http",
          scheme: "bearer",
          description: "`kundenfreund token create` prints one.",
        },
        sessionCookie: { type: "apiKey", in: "cookie", name: "kf_session" },
      },
      schemas: { Error: jsonSchema(errorSchema, "output") },
    },
    paths,
  };
}

function operation(route: RouteDefinition): Record<string, unknown> {
  const pathParams = [...route.path.matchAll(/:(\w+)/g)].map((m) => ({
    name: m[1],
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
  const queryParams = route.query
    ? Object.entries(route.query.shape).map(([name, schema]) => ({
        name,
        in: "query",
        required: !(schema as z.ZodType).safeParse(undefined).success,
        schema: jsonSchema(schema as z.ZodType, "input"),
      }))
    : [];
  const responses: Record<string, unknown> = {};
  const success = route.response ?? { status: 200, description: "OK" };
  responses[String(success.status)] = {
    description: success.description,
    ...(success.schema
      ? {
          content: {
            [success.contentType ?? "application/json"]: { schema: jsonSchema(success.schema, "output") },
          },
        }
      : {}),
  };
  const errorResponse = (description: string) => ({
    description,
    content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
  });
  if (route.body || route.query)
    responses["400"] = errorResponse("Invalid input; every offending field is named");
  if (route.access !== "public") responses["401"] = errorResponse("Not signed in");
  if (route.access === "write") responses["403"] = errorResponse("This credential may not write");
  if (route.path.includes(":id")) responses["404"] = errorResponse("No such id in this workspace");
  return {
    summary: route.summary,
    tags: [route.tag],
    operationId: operationId(route),
    ...(route.access === "public"
      ? { security: [] }
      : { security: [{ bearerToken: [] }, { sessionCookie: [] }] }),
    parameters: [...pathParams, ...queryParams],
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: jsonSchema(route.body, "input") } },
          },
        }
      : {}),
    responses,
  };
}

function operationId(route: RouteDefinition): string {
  const words = route.path
    .replace(/^\/api\//, "")
    .split(/[/-]/)
    .filter(Boolean)
    .map((w) => (w.startsWith(":") ? `by ${w.slice(1)}` : w))
    .join(" ")
    .split(" ");
  return [route.method.toLowerCase(), ...words]
    .map((w, i) => (i === 0 ? w : w[0]?.toUpperCase() + w.slice(1)))
    .join("");
}

function jsonSchema(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  return rest;
}
