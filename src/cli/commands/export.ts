import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { Command, Option } from "commander";
import { EXPORT_DELIMITERS, type ExportDelimiter } from "../../core/export-delimiter.ts";
import type { Locale } from "../../core/locale.ts";
import { parseInput } from "../../core/validation.ts";
import { STAGES, STANCES, type Stage, type Stance } from "../../core/vocabulary.ts";
import { writeBackup } from "../../services/io/backup.ts";
import { EXPORT_FORMATS, exportContacts, exportQuery } from "../../services/io/export-contacts.ts";
import { closeContext } from "../../services/open-context.ts";
import { actorFor, ensureLocalWorkspace } from "../../services/workspace-setup.ts";
import { backupDoneText, backupProgressText } from "../backup-progress.ts";
import { checkWritableFile } from "../files.ts";
import { localeFrom } from "../output.ts";
import { numberFormat, progressLine, progressTarget, ratePerSecond } from "../progress.ts";
import { openContextFrom, type StoreFlags, withStoreOptions } from "../store-options.ts";

export interface Sink {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * A file (created or replaced) or stdout, written with backpressure so memory stays flat. A file
 * that cannot be written is refused here, naming --out, before anything is read.
 */
export function openSink(file: string | undefined): Sink {
  if (file) checkWritableFile(file, "out");
  const stream = file ? createWriteStream(file) : process.stdout;
  return {
    async write(chunk) {
      if (!stream.write(chunk)) await once(stream, "drain");
    },
    async close() {
      if (stream === process.stdout) return;
      stream.end();
      await once(stream, "finish");
    },
  };
}

export function exportCommand(): Command {
  return withStoreOptions(new Command("export"))
    .description(
      "export the contacts as vCard or CSV (for Excel in your language), all or by tag, stage or stance, or the whole workspace as JSON (= backup)",
    )
    .addOption(new Option("--format <format>", "file format").choices([...EXPORT_FORMATS]).default("vcard"))
    .addOption(
      new Option("--vcard-version <version>", "vCard version").choices(["3.0", "4.0"]).default("4.0"),
    )
    .addOption(
      new Option(
        "--delimiter <delimiter>",
        "CSV only: semicolon (German Excel) or comma (English Excel); by default the one of --lang",
      ).choices([...EXPORT_DELIMITERS]),
    )
    .option("--out <file>", "write to this file instead of the standard output")
    .option("--tag <tag>", "only contacts with this tag (vcard and csv)")
    .addOption(
      new Option("--stage <stage>", "only contacts at this stage (vcard and csv)").choices([...STAGES]),
    )
    .addOption(
      new Option("--stance <stance>", "only contacts with this stance (vcard and csv)").choices([...STANCES]),
    )
    .action(
      async (
        flags: StoreFlags & {
          format: (typeof EXPORT_FORMATS)[number];
          vcardVersion: "3.0" | "4.0";
          delimiter?: ExportDelimiter;
          out?: string;
          tag?: string;
          stage?: Stage;
          stance?: Stance;
        },
      ) => {
        const locale = localeFrom(flags);
        // Checked before anything is opened: filters on a backup are refused, not ignored.
        const query = parseInput(exportQuery, {
          format: flags.format,
          version: flags.vcardVersion,
          delimiter: flags.delimiter,
          tag: flags.tag,
          stage: flags.stage,
          stance: flags.stance,
        });
        const sink = openSink(flags.out);
        const ctx = await openContextFrom(flags);
        const line = progressLine(progressTarget(!flags.out));
        try {
          const { owner } = await ensureLocalWorkspace(ctx, { locale });
          const actor = actorFor(owner);
          if (flags.format === "json") {
            const summary = await writeBackup(ctx, actor, (chunk) => sink.write(chunk), {
              onProgress: (progress) => line.show(() => backupProgressText(progress, locale)),
            });
            line.end({ text: backupDoneText(summary, locale) });
          } else {
            const started = performance.now();
            let total: number | null = null;
            const exported = exportContacts(ctx, actor, query, locale, {
              onProgress: (done) =>
                line.show(
                  () => contactsProgressText(done, total, performance.now() - started, locale),
                  total ? done / total : null,
                ),
            });
            total = await exported.total();
            for await (const chunk of exported.body) await sink.write(chunk);
            line.end({
              text: contactsProgressText(total, total, performance.now() - started, locale),
              fraction: 1,
            });
          }
        } finally {
          line.end();
          await sink.close();
          await closeContext(ctx);
        }
      },
    );
}

/** "45.000 von 100.000 Kontakten · 8.100/s" */
function contactsProgressText(done: number, total: number | null, elapsedMs: number, locale: Locale): string {
  const number = numberFormat(locale);
  const count =
    total === null
      ? number.format(done)
      : locale === "de"
        ? `${number.format(done)} von ${number.format(total)}`
        : `${number.format(done)} of ${number.format(total)}`;
  const rate = ratePerSecond(done, elapsedMs, locale);
  const text = `${count} ${locale === "de" ? "Kontakten" : "contacts"}`;
  return rate ? `${text} · ${rate}` : text;
}
