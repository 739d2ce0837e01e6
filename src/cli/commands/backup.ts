import { Command } from "commander";
import { writeBackup } from "../../services/io/backup.ts";
import { closeContext } from "../../services/open-context.ts";
import { actorFor, ensureLocalWorkspace } from "../../services/workspace-setup.ts";
import { backupDoneText, backupProgressText } from "../backup-progress.ts";
import { localeFrom } from "../output.ts";
import { numberFormat, progressLine, progressTarget } from "../progress.ts";
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
      try {
        const sink = openSink(file === "-" ? undefined : file);
        const { owner } = await ensureLocalWorkspace(ctx, { locale });
        const line = progressLine(progressTarget(file === "-"));
        const summary = await writeBackup(ctx, actorFor(owner), (chunk) => sink.write(chunk), {
          complete: true,
          onProgress: (progress) => line.show(() => backupProgressText(progress, locale)),
        });
        line.end({ text: backupDoneText(summary, locale) });
        await sink.close();
        if (file !== "-") {
          const people = numberFormat(locale).format(summary.rows.people ?? 0);
          const tables = Object.keys(summary.rows).length;
          process.stderr.write(
            locale === "de"
              ? `Sicherung geschrieben: ${file} (${people} Personen, ${tables} Tabellen)\n`
              : `Backup written: ${file} (${people} people, ${tables} tables)\n`,
          );
        }
      } finally {
        await closeContext(ctx);
      }
    });
}
