import type { Locale } from "../../core/locale.ts";
import type { ContactRecord, YearlyDate } from "../contact-record.ts";
import { CONTACT_CSV_COLUMNS } from "./contact-csv-columns.ts";
import { formatRelatedCell } from "./related-cell.ts";
import { type CsvWriteOptions, writeCsvLines } from "./write-csv.ts";

/**
 * Contacts as CSV lines for a spreadsheet (BOM and CRLF; ";" unless the caller passes the delimiter
 * of the user's Excel, decision 120). Streams:
 * each record becomes one line as it is pulled, so an export of 100,000 contacts holds one.
 */
export async function* exportContactsCsv(
  records: Iterable<ContactRecord> | AsyncIterable<ContactRecord>,
  locale: Locale,
  options: CsvWriteOptions = {},
): AsyncGenerator<string> {
  const bom = options.bom ?? true;
  yield* writeCsvLines([CONTACT_CSV_COLUMNS.map((c) => c.header[locale])], { ...options, bom });
  for await (const record of records) {
    yield* writeCsvLines([contactCsvRow(record, locale)], { ...options, bom: false });
  }
}

export function contactCsvRow(record: ContactRecord, locale: Locale): string[] {
  return CONTACT_CSV_COLUMNS.map(({ target }) => {
    switch (target) {
      case "firstName":
      case "lastName":
        return record[target];
      case "organisation":
      case "jobTitle":
      case "notes":
      case "howWeMet":
      case "photoUrl":
      case "uid":
        return record[target] ?? "";
      case "birthday":
      case "anniversary":
      case "knownSince":
        return formatCsvDate(record[target], locale);
      case "tags":
        return record.tags.join(", ");
      case "related":
        return formatRelatedCell(record.related, locale);
      default: {
        const [kind, label] = target.split(".");
        return record.channels
          .filter((c) => c.kind === kind && c.label === label)
          .map((c) => c.value)
          .join("\n");
      }
    }
  });
}

/** 31.12.1980 / 31.12. in German (Excel de reads it as a date), ISO 1980-12-31 / --12-31 in English. */
export function formatCsvDate(date: YearlyDate | null, locale: Locale): string {
  if (!date) return "";
  const dd = String(date.day).padStart(2, "0");
  const mm = String(date.month).padStart(2, "0");
  if (locale === "de") return date.year === null ? `${dd}.${mm}.` : `${dd}.${mm}.${date.year}`;
  return date.year === null ? `--${mm}-${dd}` : `${String(date.year).padStart(4, "0")}-${mm}-${dd}`;
}
