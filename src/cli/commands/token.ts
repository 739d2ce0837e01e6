import { Command } from "commander";
import { createApiToken, listApiTokens, revokeApiToken } from "../../services/credentials.ts";
import { closeContext } from "../../services/open-context.ts";
import { actorFor, ensureLocalWorkspace } from "../../services/workspace-setup.ts";
import { localeFrom, say } from "../output.ts";
import { openContextFrom, type StoreFlags, withStoreOptions } from "../store-options.ts";

export function tokenCommand(): Command {
  const token = new Command("token").description("API tokens for scripts and other programs");

  withStoreOptions(token.command("create"))
    .description("create an API token for the workspace owner and print its secret once")
    .option("--name <name>", "what the token is for", "cli")
    .option("--scope <read|write>", "read-only or read and write", "write")
    .option("--expires-days <days>", "days until it expires; 0 for never", "90")
    .action(async (flags: StoreFlags & { name: string; scope: string; expiresDays: string }) => {
      const locale = localeFrom(flags);
      if (flags.scope !== "read" && flags.scope !== "write") {
        say(locale, { de: "--scope muss read oder write sein.", en: "--scope must be read or write." });
        process.exitCode = 2;
        return;
      }
      const days = Number.parseInt(flags.expiresDays, 10);
      if (!Number.isInteger(days) || days < 0) {
        say(locale, {
          de: "--expires-days muss eine Zahl ≥ 0 sein.",
          en: "--expires-days must be a number ≥ 0.",
        });
        process.exitCode = 2;
        return;
      }
      const ctx = await openContextFrom(flags);
      try {
        const { owner } = await ensureLocalWorkspace(ctx, { locale });
        const { secret, credential } = await createApiToken(ctx, actorFor(owner), {
          name: flags.name,
          scope: flags.scope,
          expiresInDays: days === 0 ? null : days,
        });
        process.stdout.write(`${secret}\n`);
        process.stderr.write(
          `${
            locale === "de"
              ? `Token „${credential.name}“ (${credential.scope}) erstellt, gültig bis ${credential.expiresAt ?? "unbegrenzt"}. Verwendung: Authorization: Bearer <token>`
              : `Token "${credential.name}" (${credential.scope}) created, valid until ${credential.expiresAt ?? "forever"}. Use: Authorization: Bearer <token>`
          }\n`,
        );
      } finally {
        await closeContext(ctx);
      }
    });

  withStoreOptions(token.command("list"))
    .description("list API tokens (without their secrets)")
    .action(async (flags: StoreFlags) => {
      const ctx = await openContextFrom(flags);
      try {
        const { owner } = await ensureLocalWorkspace(ctx, { locale: localeFrom(flags) });
        for (const t of await listApiTokens(ctx, actorFor(owner))) {
          const state = t.revoked_at ? "revoked" : "active";
          process.stdout.write(
            `${t.id}  ${t.name}  ${t.scope}  ${state}  expires ${t.expires_at ?? "never"}\n`,
          );
        }
      } finally {
        await closeContext(ctx);
      }
    });

  withStoreOptions(token.command("revoke"))
    .description("revoke an API token by its id")
    .argument("<id>", "the token id from `token list`")
    .action(async (id: string, flags: StoreFlags) => {
      const locale = localeFrom(flags);
      const ctx = await openContextFrom(flags);
      try {
        const { owner } = await ensureLocalWorkspace(ctx, { locale });
        const revoked = await revokeApiToken(ctx, actorFor(owner), id);
        say(
          locale,
          revoked
            ? { de: "Widerrufen.", en: "Revoked." }
            : { de: "Kein aktives Token mit dieser ID.", en: "No active token with this id." },
        );
        if (!revoked) process.exitCode = 1;
      } finally {
        await closeContext(ctx);
      }
    });
  return token;
}
