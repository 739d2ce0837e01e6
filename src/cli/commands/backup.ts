import { Command } from "commander";
import { writeBackup } from "../../services/io/backup.ts";
import { closeContext } from "../../services/open-context.ts";
import { actorFor, ensureLocalWorkspace } from "../../services/workspace-setup.ts";
import { localeFrom } from "../output.ts";
import { openContextFrom, type StoreFlags, withStoreOptions } from "../store-options.ts";
import { openSink } from "./export.ts";

export function backupCommand(): Command {
  return withStoreOptions(new Command("backup"))
    .description(
      "write a full JSON backup of the workspace (docs/BACKUP-FORMAT.md); restore it with `restore`",
    )
    .option(
      "--out <file>",
      "backup file (default: kundenfreund-backup-<date>.json in this folder; - for stdout)",
    )
    .action(async (flags: StoreFlags & { out?: string }) => {
      const locale = localeFrom(flags);
      const ctx = await openContextFrom(flags);
      const file = flags.out ?? `kundenfreund-backup-${ctx.clock().toISOString().slice(0, 10)}.json`;
      const sink = openSink(file === "-" ? undefined : file);
      try {
        const { owner } = await ensureLocalWorkspace(ctx, { locale });
        const summary = await writeBackup(ctx, actorFor(owner), (chunk) => sink.write(chunk), {
          complete: true,
        });
        await sink.close();
        if (file !== "-") {
          const people = summary.rows.people ?? 0;
          process.stderr.write(
            locale === "de"
              ? `Sicherung geschrieben: ${file} (${people} Personen, ${Object.keys(summary.rows).length} Tabellen)\n`
              : `Backup written: ${file} (${people} people, ${Object.keys(summary.rows).length} tables)\n`,
          );
        }
      } finally {
        await closeContext(ctx);
      }
    });
}
