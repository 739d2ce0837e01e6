import type { FastifyInstance, InjectOptions } from "fastify";
import { buildApp } from "../http/app.ts";
import type { ServiceContext } from "../services/context.ts";
import { createApiToken } from "../services/credentials.ts";
import type { Store } from "../store/open-store.ts";
import { actorOf, buildUser, buildWorkspace, testContext } from "./factories.ts";

/**
 * The real app on a real store, called without a network (Fastify inject). Each call to
 * `signedInClient` makes a fresh workspace with an owner and a write token.
 */
export async function signedInClient(
  store: Store,
  options: { scope?: "read" | "write"; ctx?: ServiceContext } = {},
) {
  const ctx = options.ctx ?? testContext(store);
  const { workspace, owner, actor } = await buildWorkspace(ctx);
  const { secret } = await createApiToken(ctx, actor, {
    name: "test",
    scope: options.scope ?? "write",
    expiresInDays: null,
  });
  const app = await buildApp({ ctx });
  return { app, ctx, workspace, owner, actor, token: secret, call: caller(app, secret) };
}

/** A new member of the client's workspace, calling with a write token of their own. */
export async function memberCaller(client: Awaited<ReturnType<typeof signedInClient>>) {
  const user = await buildUser(client.ctx, client.workspace.id, "member");
  const { secret } = await createApiToken(client.ctx, actorOf(user), {
    name: "member",
    scope: "write",
    expiresInDays: null,
  });
  return caller(client.app, secret);
}

/**
 * Sends a file as the body, as `POST /api/import` and its preview take it: a string, a buffer, or
 * a stream that the test may hold open.
 */
export function uploader(app: FastifyInstance, token: string, locale: "de" | "en" = "en") {
  return (url: string, payload: InjectOptions["payload"], contentType = "text/csv") =>
    app.inject({
      method: "POST",
      url,
      payload,
      headers: { authorization: `Bearer ${token}`, "content-type": contentType, "accept-language": locale },
    });
}

export function caller(app: FastifyInstance, token: string | null) {
  return async (
    method: InjectOptions["method"],
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const response = await app.inject({
      method,
      url,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        "accept-language": "en",
        // Strings are sent as raw JSON text (to test malformed bodies); override the header to test others.
        ...(payload !== undefined ? { "content-type": "application/json" } : {}),
        ...headers,
      },
      ...(payload !== undefined
        ? { payload: typeof payload === "string" ? payload : JSON.stringify(payload) }
        : {}),
    });
    const text = response.body;
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // not JSON (HTML pages); keep the text
    }
    return {
      status: response.statusCode,
      body: body as Record<string, unknown> & { [k: string]: unknown },
      response,
    };
  };
}
