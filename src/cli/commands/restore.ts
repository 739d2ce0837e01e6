import { createReadStream } from "node:fs";
import { Command } from "commander";
import { restoreBackup } from "../../services/io/restore.ts";
import { closeContext } from "../../services/open-context.ts";
import { inputFileSize } from "../files.ts";
import { localeFrom } from "../output.ts";
import { countingBytes, numberFormat, progressLine } from "../progress.ts";
import { openContextFrom, type StoreFlags, withStoreOptions } from "../store-options.ts";

export function restoreCommand(): Command {
  return withStoreOptions(new Command("restore"))
    .description("bring a JSON backup back into an EMPTY database (a new --data folder or --database-url)")
    .argument("<file>", "the backup file written by `backup` or `export --format json`")
    .action(async (file: string, flags: StoreFlags) => {
      const locale = localeFrom(flags);
      const ctx = await openContextFrom(flags);
      try {
        const size = inputFileSize(file);
        const line = progressLine();
        const mb = (bytes: number) => numberFormat(locale).format(Math.round(bytes / 1e6));
        const read = (bytes: number) =>
          locale === "de" ? `${mb(bytes)} von ${mb(size)} MB gelesen` : `${mb(bytes)} of ${mb(size)} MB read`;
        const source = countingBytes(createReadStream(file), (bytes) =>
          line.show(() => read(bytes), size > 0 ? bytes / size : null),
        );
        let summary: Awaited<ReturnType<typeof restoreBackup>>;
        try {
          summary = await restoreBackup(ctx, source);
        } catch (error) {
          line.end();
          throw error;
        }
        line.end({ text: read(size), fraction: 1 });
        const people = numberFormat(locale).format(summary.rows.people ?? 0);
        process.stdout.write(
          locale === "de"
            ? `Wiederhergestellt in ${ctx.store.location}: ${people} Personen. Bitte neu anmelden (kundenfreund serve zeigt den Anmeldelink).\n`
            : `Restored into ${ctx.store.location}: ${people} people. Please sign in again (kundenfreund serve prints the sign-in link).\n`,
        );
      } finally {
        await closeContext(ctx);
      }
    });
}
