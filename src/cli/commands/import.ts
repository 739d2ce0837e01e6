import { createReadStream, writeFileSync } from "node:fs";
import path from "node:path";
import { Command, Option } from "commander";
import { dayOf } from "../../core/dates.ts";
import { ValidationError } from "../../core/errors.ts";
import type { Locale, Localized } from "../../core/locale.ts";
import { formatDecimal, formatFullDate } from "../../core/relationship/format.ts";
import { growHeapSlowly } from "../../http/heap-growth.ts";
import { failedRowsFile, REASON_HEADERS } from "../../services/io/failed-rows.ts";
import { importContacts, previewImport } from "../../services/io/import-contacts.ts";
import {
  CSV_PRESET_IDS,
  DUPLICATE_POLICIES,
  IMPORT_FORMATS,
  type ImportPreview,
  type ImportProgress,
  type ImportReport,
} from "../../services/io/import-types.ts";
import { closeContext } from "../../services/open-context.ts";
import { actorFor, ensureLocalWorkspace } from "../../services/workspace-setup.ts";
import { inputFileSize } from "../input-file.ts";
import { localeFrom } from "../output.ts";
import { countingBytes, numberFormat, progressLine, ratePerSecond } from "../progress.ts";
import { openContextFrom, type StoreFlags, withStoreOptions } from "../store-options.ts";

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
  failedRows?: string;
}

export function importCommand(): Command {
  return withStoreOptions(new Command("import"))
    .description(
      "import contacts from a vCard (.vcf) or CSV file (Google, Outlook, HubSpot, Pipedrive, Salesforce …); " +
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
    .action(async (file: string, flags: ImportFlags) => {
      growHeapSlowly();
      const locale = localeFrom(flags);
      const ctx = await openContextFrom(flags, { pageCacheMb: IMPORT_PAGE_CACHE_MB });
      try {
        const { owner } = await ensureLocalWorkspace(ctx, { locale });
        // A file's size against the bytes read gives the bar; standard input has no size.
        const size = file === "-" ? null : inputFileSize(file);
        let bytesRead = 0;
        const stream = file === "-" ? process.stdin : createReadStream(file);
        const source = countingBytes(stream, (total) => {
          bytesRead = total;
        });
        const options = {
          format: flags.format,
          preset: flags.preset,
          onDuplicate: flags.onDuplicate,
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

/** Which kept corrections were applied, and how to read the file otherwise. */
function savedMappingLine(csv: NonNullable<ImportReport["csv"]>, locale: Locale): string {
  const date = csv.savedMappingAt ? formatFullDate(dayOf(csv.savedMappingAt))[locale] : "";
  const columns = Object.entries(csv.corrections)
    .map(([header, target]) => `${header} → ${target}`)
    .join(", ");
  return locale === "de"
    ? `Spalten wie bei Ihrem Import vom ${date} zugeordnet: ${columns}. Anders: --map, wie erkannt: --detected-mapping.`
    : `Columns mapped as in your import of ${date}: ${columns}. Otherwise: --map, as detected: --detected-mapping.`;
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
        ? `${n(file.notIncluded)} weitere fehlerhafte Zeilen sind nicht darin: über 10.000, nicht in Zellen lesbar, oder nur wegen des Abbruchs nicht gespeichert.`
        : `${n(file.notIncluded)} more failed rows are not in it: beyond 10,000, not readable into cells, or not stored only because the import stopped.`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** Reasons named in the command's report; the API has up to 20. */
const REASONS_PRINTED = 5;

/**
 * "Fehler nach Grund: 24.980 × weder Name …": printed when one reason failed several rows, which
 * the row-by-row list shows only as the same line again and again.
 */
function reasonLines({ reasons, otherRows }: ImportReport["failureReasons"], locale: Locale): string[] {
  if ((reasons[0]?.count ?? 0) < 2) return [];
  const n = (count: number) => numberFormat(locale).format(count);
  const printed = reasons.slice(0, REASONS_PRINTED);
  const rest = otherRows + reasons.slice(REASONS_PRINTED).reduce((sum, r) => sum + r.count, 0);
  const lines = [
    locale === "de" ? "Fehler nach Grund:" : "Failures by reason:",
    ...printed.map(({ reason, count }) => `  ${n(count)} × ${reason[locale]}`),
  ];
  if (rest > 0) lines.push(`  ${n(rest)} × ${locale === "de" ? "andere Gründe" : "other reasons"}`);
  return lines;
}

/** "12.500 Zeilen · 4.210/s" */
function progressText(rowsRead: number, elapsedMs: number, locale: Locale): string {
  const rows = numberFormat(locale).format(rowsRead);
  const rate = ratePerSecond(rowsRead, elapsedMs, locale);
  const text = locale === "de" ? `${rows} Zeilen` : `${rows} rows`;
  return rate ? `${text} · ${rate}` : text;
}

export function renderReport(report: ImportReport | ImportPreview, locale: Locale): string {
  const t = (text: Localized) => text[locale];
  const number = numberFormat(locale);
  const where = (r: { line: number; row: number | null }) =>
    r.row !== null
      ? t({ de: `Zeile ${r.row} (Dateizeile ${r.line})`, en: `row ${r.row} (line ${r.line})` })
      : t({ de: `Dateizeile ${r.line}`, en: `line ${r.line}` });
  // Reader messages already name their line ("Zeile 3: …"); the report names it once, in front.
  const message = (text: Localized) => t(text).replace(/^(zeile|line|row)\s+\d+:\s*/i, "");
  const lines: string[] = [];
  lines.push(
    report.dryRun
      ? t({ de: "Vorschau – nichts wurde gespeichert.", en: "Preview — nothing was saved." })
      : t({ de: "Import abgeschlossen.", en: "Import finished." }),
  );
  if (report.csv) {
    lines.push(
      t({
        de: `CSV: Vorlage ${report.csv.preset}, Zeichensatz ${report.csv.encoding}, Trennzeichen „${report.csv.delimiter}“`,
        en: `CSV: preset ${report.csv.preset}, encoding ${report.csv.encoding}, delimiter "${report.csv.delimiter}"`,
      }),
    );
    if (report.csv.savedMappingAt) lines.push(savedMappingLine(report.csv, locale));
  }
  const n = (count: number) => number.format(count);
  const seconds = t(formatDecimal(report.elapsedMs / 1000));
  const companies = report.companiesCreated;
  lines.push(
    t({
      de: `${n(report.rowsRead)} gelesen: ${n(report.created)} neu, ${n(report.merged)} zusammengeführt, ${n(report.skipped)} übersprungen, ${n(report.failed)} fehlerhaft; ${n(companies)} ${companies === 1 ? "Firma" : "Firmen"} und ${n(report.familyMembersCreated)} Angehörige angelegt (${seconds} s).`,
      en: `${n(report.rowsRead)} read: ${n(report.created)} created, ${n(report.merged)} merged, ${n(report.skipped)} skipped, ${n(report.failed)} failed; ${n(companies)} ${companies === 1 ? "company" : "companies"} and ${n(report.familyMembersCreated)} ${report.familyMembersCreated === 1 ? "relative" : "relatives"} created (${seconds} s).`,
    }),
  );
  const inFile = report.merged - report.mergedIntoExisting;
  if (inFile > 0) {
    lines.push(
      t({
        de: `Davon ${n(report.mergedIntoExisting)} in vorhandene Kontakte und ${n(inFile)} innerhalb dieser Datei: dieselbe Person steht mehrfach darin.`,
        en: `Of these, ${n(report.mergedIntoExisting)} into existing contacts and ${n(inFile)} within this file: the same person appears in it more than once.`,
      }),
    );
  }
  if (report.aborted) lines.push(t(report.aborted));
  if (report.runId) {
    lines.push(
      t({
        de: `Import ${report.runId} – rückgängig machen: kundenfreund imports undo ${report.runId}`,
        en: `Import ${report.runId} — to undo it: kundenfreund imports undo ${report.runId}`,
      }),
    );
  }
  for (const failure of report.failures) lines.push(`✗ ${where(failure)}: ${message(failure.reason)}`);
  if (report.omitted.failures > 0) {
    lines.push(
      t({
        de: `… und ${n(report.omitted.failures)} weitere Fehler`,
        en: `… and ${n(report.omitted.failures)} more failures`,
      }),
    );
  }
  lines.push(...reasonLines(report.failureReasons, locale));
  const actions = {
    merged: { de: "zusammengeführt mit", en: "merged into" },
    skipped: { de: "übersprungen, gibt es schon:", en: "skipped, already there:" },
    created: { de: "neu angelegt trotz Ähnlichkeit mit", en: "created despite resembling" },
  } satisfies Record<string, Localized>;
  const by = {
    email: t({ de: "E-Mail", en: "email" }),
    phone: t({ de: "Telefon", en: "phone" }),
    name: t({ de: "Name und Firma", en: "name and company" }),
  };
  for (const d of report.duplicates) {
    const target = d.personId ? ` (${d.personId})` : "";
    lines.push(`≈ ${where(d)}: ${d.name} – ${t(actions[d.action])}${target} [${by[d.matchedBy]}]`);
  }
  if (report.omitted.duplicates > 0) {
    lines.push(
      t({
        de: `… und ${n(report.omitted.duplicates)} weitere Dubletten`,
        en: `… and ${n(report.omitted.duplicates)} more duplicates`,
      }),
    );
  }
  for (const w of report.warnings) lines.push(`! ${where(w)}: ${message(w.message)}`);
  if (report.omitted.warnings > 0) {
    lines.push(
      t({
        de: `… und ${n(report.omitted.warnings)} weitere Hinweise`,
        en: `… and ${n(report.omitted.warnings)} more warnings`,
      }),
    );
  }
  return `${lines.join("\n")}\n`;
}
