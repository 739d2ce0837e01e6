import { Command } from "commander";
import { applyMigrations, closeContext } from "../../services/open-context.ts";
import { localeFrom, say } from "../output.ts";
import { openContextFrom, type StoreFlags, withStoreOptions } from "../store-options.ts";

export function migrateCommand(): Command {
  return withStoreOptions(new Command("migrate"))
    .description("bring the database schema up to date (serve does this on start as well)")
    .action(async (flags: StoreFlags) => {
      const locale = localeFrom(flags);
      const ctx = await openContextFrom(flags, { migrate: false });
      try {
        const { applied } = await applyMigrations(ctx);
        say(
          locale,
          applied.length === 0
            ? {
                de: `Schema ist aktuell (${ctx.store.location}).`,
                en: `Schema is up to date (${ctx.store.location}).`,
              }
            : {
                de: `${applied.length} Migration(en) angewendet: ${applied.join(", ")}`,
                en: `Applied ${applied.length} migration(s): ${applied.join(", ")}`,
              },
        );
      } finally {
        await closeContext(ctx);
      }
    });
}
