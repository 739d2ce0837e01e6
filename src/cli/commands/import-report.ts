import { dayOf } from "../../core/dates.ts";
import type { Locale, Localized } from "../../core/locale.ts";
import { formatDecimal, formatFullDate } from "../../core/relationship/format.ts";
import type { ImportPreview, ImportReport, RowRef } from "../../services/io/import-types.ts";
import { numberFormat } from "../progress.ts";

// What `kundenfreund import` prints when it is done: the counts, the failures row by row and by
// reason, the duplicates and the warnings, in the user's language.

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
  if (report.importantDatesAdded > 0) lines.push(t(importantDatesLine(report, n)));
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
  const by = {
    email: t({ de: "E-Mail", en: "email" }),
    phone: t({ de: "Telefon", en: "phone" }),
    name: t({ de: "Name und Firma", en: "name and company" }),
  };
  for (const d of report.duplicates) {
    lines.push(`≈ ${where(d)}: ${d.name} – ${duplicateAction(d, t, where)} [${by[d.matchedBy]}]`);
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

/**
 * What became of a duplicate row, and whom it resembled: the stored person by name, a row of this
 * file by its line (a preview has no record for it yet), and the id of the record the row went
 * into or became.
 */
function duplicateAction(
  d: ImportReport["duplicates"][number],
  t: (text: Localized) => string,
  where: (ref: RowRef) => string,
): string {
  const whom = [d.matchedName, d.matchedAt && where(d.matchedAt)].filter(Boolean).join(", ");
  const id = d.personId ? ` (${d.personId})` : "";
  switch (d.action) {
    case "merged":
      return `${t({ de: "zusammengeführt mit", en: "merged into" })} ${whom}${id}`;
    case "skipped":
      return `${t({ de: "übersprungen, gibt es schon:", en: "skipped, already there:" })} ${whom}${id}`;
    case "created":
      return `${t({ de: "neu angelegt", en: "created" })}${id}, ${t({ de: "obwohl ähnlich wie", en: "though it resembles" })} ${whom}`;
  }
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

/** "2 Hochzeitstage gemerkt …": where the anniversaries went, since no contact field shows them. */
function importantDatesLine(report: ImportReport, n: (count: number) => string): Localized {
  const count = report.importantDatesAdded;
  const one = count === 1;
  if (report.dryRun) {
    return {
      de: `${n(count)} ${one ? "Hochzeitstag würde" : "Hochzeitstage würden"} als wichtiges Datum gemerkt, nur für Sie sichtbar.`,
      en: `${n(count)} wedding ${one ? "anniversary would be" : "anniversaries would be"} kept as an important date, visible to you only.`,
    };
  }
  return {
    de: `${n(count)} ${one ? "Hochzeitstag" : "Hochzeitstage"} als wichtiges Datum gemerkt, nur für Sie sichtbar: „Heute“ erinnert daran.`,
    en: `${n(count)} wedding ${one ? "anniversary" : "anniversaries"} kept as an important date, visible to you only: Today reminds you.`,
  };
}
