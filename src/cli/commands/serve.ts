import path from "node:path";
import { Command } from "commander";
import { buildApp } from "../../http/app.ts";
import { createSignInLink } from "../../services/credentials.ts";
import { closeContext } from "../../services/open-context.ts";
import { ensureLocalWorkspace } from "../../services/workspace-setup.ts";
import { localeFrom, say } from "../output.ts";
import { openContextFrom, type StoreFlags, withStoreOptions } from "../store-options.ts";

const WEB_ROOT = path.resolve(import.meta.dirname, "../../../dist/web");

export function serveCommand(): Command {
  return withStoreOptions(new Command("serve"))
    .description("start the server (API and web app); prints a one-time sign-in link")
    .option("--host <host>", "address to listen on (env HOST)", process.env.HOST ?? "127.0.0.1")
    .option("--port <port>", "port (env PORT)", process.env.PORT ?? "4680")
    .action(async (flags: StoreFlags & { host: string; port: string }) => {
      const locale = localeFrom(flags);
      const port = Number.parseInt(flags.port, 10);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        say(locale, { de: `Ungültiger Port: ${flags.port}`, en: `Invalid port: ${flags.port}` });
        process.exitCode = 2;
        return;
      }
      const ctx = await openContextFrom(flags);
      const { owner } = await ensureLocalWorkspace(ctx, { locale });
      const app = await buildApp({
        ctx,
        webRoot: WEB_ROOT,
        logger: { level: process.env.LOG_LEVEL ?? "warn" },
      });
      await app.listen({ host: flags.host, port });
      const address = app.server.address();
      const actualPort = typeof address === "object" && address ? address.port : port;
      const shownHost = flags.host === "0.0.0.0" || flags.host === "::" ? "127.0.0.1" : flags.host;
      const base = `http://${shownHost.includes(":") ? `[${shownHost}]` : shownHost}:${actualPort}`;
      const { secret } = await createSignInLink(ctx, { workspaceId: owner.workspaceId, userId: owner.id });
      say(locale, {
        de: `Kundenfreund läuft (${ctx.store.location}).\nÖffnen Sie diesen Link zum Anmelden (einmalig gültig, 12 Stunden):\n\n  ${base}/api/auth/sign-in?token=${secret}\n\nAPI-Referenz: ${base}/api/docs`,
        en: `Kundenfreund is running (${ctx.store.location}).\nOpen this link to sign in (single use, valid 12 hours):\n\n  ${base}/api/auth/sign-in?token=${secret}\n\nAPI reference: ${base}/api/docs`,
      });
      const stop = async () => {
        await app.close();
        await closeContext(ctx);
        process.exit(0);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}
