import { createReadStream, writeFileSync } from "node:fs";
import path from "node:path";
import { Command, Option } from "commander";
import { ValidationError } from "../../core/errors.ts";
import type { Locale } from "../../core/locale.ts";
import { growHeapSlowly } from "../../http/heap-growth.ts";
import { FAILED_ROWS_MAX, failedRowsFile, REASON_HEADERS } from "../../services/io/failed-rows.ts";
import { importContacts, previewImport } from "../../services/io/import-contacts.ts";
import {
  CSV_PRESET_IDS,
  DUPLICATE_POLICIES,
  IMPORT_FORMATS,
  type ImportProgress,
  type ImportReport,
} from "../../services/io/import-types.ts";
import { readRowChoices } from "../../services/io/row-choices.ts";
import { closeContext } from "../../services/open-context.ts";
import { actorFor, ensureLocalWorkspace } from "../../services/workspace-setup.ts";
import { checkWritableFile, inputFileSize } from "../files.ts";
import { localeFrom } from "../output.ts";
import { countingBytes, numberFormat, progressLine, ratePerSecond } from "../progress.ts";
import { openContextFrom, type StoreFlags, withStoreOptions } from "../store-options.ts";
import { renderReport } from "./import-report.ts";

/**
 * SQLite page cache of the import command: the rows are appended and the duplicate lookups read
 * one index page per email or phone. 16 MB and 48 MB imported 100,000 contacts equally fast within
 * this machine's noise, and each MB is resident memory (decision 098).
 */
export const IMPORT_PAGE_CACHE_MB = 16;

interface ImportFlags extends StoreFlags {
  map: string[];
  detectedMapping?: boolean;
  format?: (typeof IMPORT_FORMATS)[number];
  preset?: (typeof CSV_PRESET_IDS)[number];
  dryRun?: boolean;
  onDuplicate: (typeof DUPLICATE_POLICIES)[number];
  choices: string[];
  failedRows?: string;
}

export function importCommand(): Command {
  return withStoreOptions(new Command("import"))
    .description(
      "import contacts from a vCard (.vcf) or CSV file (Google, Outlook, HubSpot, Pipedrive, Salesforce, LinkedIn connections …); " +
        "exit code 2 when some rows failed, 1 when the import stopped",
    )
    .argument("<file>", "the file to import (- reads the standard input)")
    .addOption(
      new Option("--format <format>", "file format (default: detected)").choices([...IMPORT_FORMATS]),
    )
    .addOption(
      new Option("--preset <preset>", "CSV exporter (default: detected)").choices([...CSV_PRESET_IDS]),
    )
    .option(
      "--map <column=target>",
      'change what a CSV column fills, e.g. --map "Mail 2=email.home" or --map "Intern=ignore" (repeatable)',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option(
      "--detected-mapping",
      "read the CSV columns as detected, not with the corrections kept from your last import of these columns (an import forgets those)",
    )
    .option("--dry-run", "show what would happen, write nothing")
    .option(
      "--failed-rows <file>",
      "CSV only: write the rows that failed, as the file had them and with the reason in one more column, to this file to fix and import again",
    )
    .addOption(
      new Option("--on-duplicate <policy>", "what to do with a contact that exists already")
        .choices([...DUPLICATE_POLICIES])
        .default("merge"),
    )
    .option(
      "--choices <line:policy,...>",
      "decide single rows otherwise than --on-duplicate, by the lines --dry-run lists, e.g. --choices 14:create,20:skip (repeatable)",
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .action(async (file: string, flags: ImportFlags) => {
      growHeapSlowly();
      const locale = localeFrom(flags);
      const ctx = await openContextFrom(flags, { pageCacheMb: IMPORT_PAGE_CACHE_MB });
      try {
        const { owner } = await ensureLocalWorkspace(ctx, { locale });
        // A file's size against the bytes read gives the bar; standard input has no size.
        const size = file === "-" ? null : inputFileSize(file);
        // Before the import: a file for the failed rows that cannot be written would fail after it.
        if (flags.failedRows) checkWritableFile(flags.failedRows, "failedRows");
        let bytesRead = 0;
        const stream = file === "-" ? process.stdin : createReadStream(file);
        const source = countingBytes(stream, (total) => {
          bytesRead = total;
        });
        const options = {
          format: flags.format,
          preset: flags.preset,
          onDuplicate: flags.onDuplicate,
          // `--choices 14:create --choices 20:skip`; a wrong one is named as "choices".
          ...(flags.choices.length > 0 ? { choices: readRowChoices(flags.choices.join(",")) } : {}),
          filename: file === "-" ? undefined : path.basename(file),
          // Without --map, the corrections kept from the last import of these columns apply.
          ...(flags.map.length > 0 || flags.detectedMapping
            ? { mapping: mappingFromArguments(flags.map) }
            : {}),
        };
        const line = progressLine();
        const onProgress = ({ rowsRead, elapsedMs }: ImportProgress) =>
          line.show(() => progressText(rowsRead, elapsedMs, locale), size ? bytesRead / size : null);
        const hooks = { onProgress };
        const report = flags.dryRun
          ? await previewImport(ctx, actorFor(owner), source, options, hooks)
          : await importContacts(ctx, actorFor(owner), source, options, hooks);
        line.end({
          text: progressText(report.rowsRead, report.elapsedMs, locale),
          fraction: size ? 1 : null,
        });
        process.stdout.write(renderReport(report, locale));
        if (flags.failedRows) process.stdout.write(writeFailedRows(report, flags.failedRows, locale));
        if (report.aborted) process.exitCode = 1;
        else if (report.failed > 0) process.exitCode = 2;
      } finally {
        await closeContext(ctx);
      }
    });
}

/**
 * `--map "Mail 2=email.home"` → { "Mail 2": "email.home" }. Split at the last "=": a header may
 * hold one, a target never does. The service checks the targets and names a wrong one.
 */
export function mappingFromArguments(pairs: string[]): Record<string, string> {
  // fromEntries defines each header as an own key, "__proto__" too.
  return Object.fromEntries(
    pairs.map((pair) => {
      const at = pair.lastIndexOf("=");
      if (at <= 0) {
        throw new ValidationError([
          {
            field: "map",
            code: "invalid_format",
            message: {
              de: `„${pair}“: bitte als Spalte=Ziel angeben, z. B. "Mail 2=email.home".`,
              en: `"${pair}": please write it as column=target, e.g. "Mail 2=email.home".`,
            },
          },
        ]);
      }
      return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
    }),
  );
}

/** Writes the failed rows to fix (--failed-rows) and says where they are, or why there is no file. */
function writeFailedRows(report: ImportReport, target: string, locale: Locale): string {
  const n = (count: number) => numberFormat(locale).format(count);
  if (report.format !== "csv") {
    return `${locale === "de" ? "--failed-rows gilt nur für CSV-Dateien; nichts geschrieben." : "--failed-rows applies to CSV files only; nothing written."}\n`;
  }
  const file = failedRowsFile(report, locale);
  if (!file) {
    return `${locale === "de" ? `Keine fehlerhafte Zeile für eine Datei: ${target} nicht geschrieben.` : `No failed row to write: ${target} not written.`}\n`;
  }
  writeFileSync(target, file.csv);
  const lines = [
    locale === "de"
      ? `${file.rows === 1 ? "Die fehlerhafte Zeile steht" : `Die ${n(file.rows)} fehlerhaften Zeilen stehen`} in ${target}, mit dem Grund in der Spalte „${REASON_HEADERS.de}“: korrigieren und noch einmal importieren.`
      : `${file.rows === 1 ? "The failed row is" : `The ${n(file.rows)} failed rows are`} in ${target}, with the reason in the column "${REASON_HEADERS.en}": fix and import again.`,
  ];
  if (file.notIncluded > 0) {
    lines.push(
      locale === "de"
        ? `${n(file.notIncluded)} weitere fehlerhafte Zeilen sind nicht darin: über ${n(FAILED_ROWS_MAX)}, nicht in Zellen lesbar, oder nur wegen des Abbruchs nicht gespeichert.`
        : `${n(file.notIncluded)} more failed rows are not in it: beyond ${n(FAILED_ROWS_MAX)}, not readable into cells, or not stored only because the import stopped.`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** "12.500 Zeilen · 4.210/s" */
function progressText(rowsRead: number, elapsedMs: number, locale: Locale): string {
  const rows = numberFormat(locale).format(rowsRead);
  const rate = ratePerSecond(rowsRead, elapsedMs, locale);
  const text = locale === "de" ? `${rows} Zeilen` : `${rows} rows`;
  return rate ? `${text} · ${rate}` : text;
}
