import { existsSync } from "node:fs";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/http/app.ts";
import type { ServiceContext } from "../../src/services/context.ts";
import { createSignInLink } from "../../src/services/credentials.ts";
import { ensureLocalWorkspace } from "../../src/services/workspace-setup.ts";
import { openTestStore } from "../../src/test/stores.ts";

export const WEB_ROOT = path.resolve(import.meta.dirname, "../../dist/web");

export interface RunningServer {
  baseUrl: string;
  ctx: ServiceContext;
  /** A fresh one-time sign-in link for the workspace owner (each browser context needs its own). */
  signInUrl: () => Promise<string>;
  close: () => Promise<void>;
}

/**
 * The real server, in this process, on a fresh SQLite file and a random port, serving the built
 * app from dist/web — what `kundenfreund serve` runs, minus the terminal.
 */
export async function startServer(): Promise<RunningServer> {
  if (!existsSync(path.join(WEB_ROOT, "index.html"))) {
    throw new Error("dist/web is missing: run `npm run build` first (npm test does it in pretest)");
  }
  const store = await openTestStore("sqlite");
  const ctx: ServiceContext = { store, clock: () => new Date() };
  const { owner } = await ensureLocalWorkspace(ctx, { locale: "de" });
  const app: FastifyInstance = await buildApp({ ctx, webRoot: WEB_ROOT });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    ctx,
    signInUrl: async () => {
      const { secret } = await createSignInLink(ctx, { workspaceId: owner.workspaceId, userId: owner.id });
      return `${baseUrl}/api/auth/sign-in?token=${secret}`;
    },
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}
