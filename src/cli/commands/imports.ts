import { Command } from "commander";
import { dayOf } from "../../core/dates.ts";
import { NotFoundError } from "../../core/errors.ts";
import type { Locale, Localized } from "../../core/locale.ts";
import { formatFullDate } from "../../core/relationship/format.ts";
import { type ImportHistoryEntry, listMyImports } from "../../services/io/import-history.ts";
import { undoImport } from "../../services/io/undo-import.ts";
import { closeContext } from "../../services/open-context.ts";
import { actorFor, ensureLocalWorkspace } from "../../services/workspace-setup.ts";
import { localeFrom, say } from "../output.ts";
import { numberFormat } from "../progress.ts";
import { openContextFrom, type StoreFlags, withStoreOptions } from "../store-options.ts";

const STATES: Record<ImportHistoryEntry["state"], Localized> = {
  running: { de: "läuft", en: "running" },
  complete: { de: "abgeschlossen", en: "complete" },
  stopped: { de: "vorzeitig beendet", en: "stopped early" },
  interrupted: { de: "unterbrochen", en: "interrupted" },
};

/** One import as a line: id, when, file, how it ended, what it stored, and whether it was undone. */
export function renderImportLine(run: ImportHistoryEntry, locale: Locale): string {
  const n = (count: number) => numberFormat(locale).format(count);
  const file = run.fileName ?? (locale === "de" ? "(ohne Namen)" : "(no name)");
  const counts =
    locale === "de"
      ? `${n(run.rowsRead)} gelesen: ${n(run.created)} neu, ${n(run.merged)} zusammengeführt, ${n(run.skipped)} übersprungen, ${n(run.failed)} nicht gespeichert`
      : `${n(run.rowsRead)} read: ${n(run.created)} created, ${n(run.merged)} merged, ${n(run.skipped)} skipped, ${n(run.failed)} not stored`;
  const undone = run.undone
    ? locale === "de"
      ? ` · rückgängig gemacht (${n(run.undone.removed)} entfernt, ${n(run.undone.kept)} behalten)`
      : ` · undone (${n(run.undone.removed)} removed, ${n(run.undone.kept)} kept)`
    : "";
  const started = `${formatFullDate(dayOf(run.startedAt))[locale]}, ${run.startedAt.slice(11, 16)} UTC`;
  return `${run.id}  ${started}  ${file}  ${STATES[run.state][locale]} · ${counts}${undone}`;
}

export function importsCommand(): Command {
  const imports = new Command("imports").description("the workspace owner's last imports, and undoing one");

  withStoreOptions(imports.command("list", { isDefault: true }))
    .description("list the last 20 imports, newest first")
    .action(async (flags: StoreFlags) => {
      const locale = localeFrom(flags);
      const ctx = await openContextFrom(flags);
      try {
        const { owner } = await ensureLocalWorkspace(ctx, { locale });
        const runs = await listMyImports(ctx, actorFor(owner));
        if (runs.length === 0) say(locale, { de: "Noch keine Importe.", en: "No imports yet." });
        for (const run of runs) process.stdout.write(`${renderImportLine(run, locale)}\n`);
      } finally {
        await closeContext(ctx);
      }
    });

  withStoreOptions(imports.command("undo"))
    .description("remove what an import created, except what somebody has worked on since")
    .argument("<id>", "the import's id from `kundenfreund imports`")
    .action(async (id: string, flags: StoreFlags) => {
      const locale = localeFrom(flags);
      const ctx = await openContextFrom(flags);
      try {
        const { owner } = await ensureLocalWorkspace(ctx, { locale });
        const n = (count: number) => numberFormat(locale).format(count);
        const undone = await undoImport(ctx, actorFor(owner), id.trim().toLowerCase());
        say(locale, {
          de: `Rückgängig gemacht: ${n(undone.removed)} Personen und ${n(undone.companiesRemoved)} Firmen entfernt; ${n(undone.kept)} behalten, weil seitdem bearbeitet; in ${n(undone.mergedStay)} vorhandene Kontakte Zusammengeführtes bleibt.`,
          en: `Undone: ${n(undone.removed)} people and ${n(undone.companiesRemoved)} companies removed; ${n(undone.kept)} kept because worked on since; what was merged into ${n(undone.mergedStay)} existing contacts stays.`,
        });
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
        process.stderr.write(
          `${locale === "de" ? `Kein Import mit der Kennung „${id}“.` : `No import with the id "${id}".`}\n`,
        );
        process.exitCode = 1;
      } finally {
        await closeContext(ctx);
      }
    });

  return imports;
}
