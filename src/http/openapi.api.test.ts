import { Validator } from "@seriousme/openapi-schema-validator";
import { expect, it } from "vitest";
import { caller, signedInClient } from "../test/api-client.ts";
import { describeEachStore } from "../test/stores.ts";
import { apiRoutes } from "./app.ts";

describeEachStore("API: OpenAPI document and public routes", (store) => {
  it("serves an OpenAPI 3.1 document that a third-party validator accepts and that lists every route", async () => {
    const { app } = await signedInClient(store());
    const anonymous = caller(app, null);
    const { status, body } = await anonymous("GET", "/api/openapi.json");
    expect(status).toBe(200);
    const validator = new Validator();
    const result = await validator.validate(body as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    const paths = body.paths as Record<string, Record<string, unknown>>;
    for (const route of apiRoutes()) {
      const path = route.path.replace(/:(\w+)/g, "{$1}");
      expect(paths[path]?.[route.method.toLowerCase()], `${route.method} ${route.path}`).toBeDefined();
    }
  });

  it("answers health, the document and the reference page without sign-in, and nothing else", async () => {
    const { app } = await signedInClient(store());
    const anonymous = caller(app, null);
    expect((await anonymous("GET", "/api/health")).body).toMatchObject({ status: "ok" });
    const page = await anonymous("GET", "/api/docs");
    expect(page.status).toBe(200);
    expect(String(page.body)).toContain("Kundenfreund API");
    expect((await anonymous("GET", "/api/docs/reference.js")).status).toBe(200);
    for (const route of apiRoutes().filter((r) => r.access !== "public")) {
      const url = route.path.replace(":id", "01a21b0f-b122-7e7b-9707-58e20cc5263f");
      const response = await anonymous(route.method, url, route.method === "GET" ? undefined : {});
      expect(response.status, `${route.method} ${route.path}`).toBe(401);
      expect(response.body).toEqual({
        error: {
          status: 401,
          code: "unauthorized",
          message: "Please sign in (sign-in link or API token).",
          fields: [],
        },
      });
    }
  });
});
