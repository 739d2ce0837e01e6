import type { IsoDateTime } from "../../core/dates.ts";
import type { Localized } from "../../core/locale.ts";
import type { ImportRunCounts } from "../../core/model/import-run.ts";
import type { ContactRecord } from "../../io/contact-record.ts";
import type { CsvPresetId } from "../../io/csv/csv-presets.ts";
import type { CsvEncoding } from "../../io/csv/decode-csv-bytes.ts";
import type { CsvDelimiter } from "../../io/csv/detect-delimiter.ts";
import type { CsvMapping } from "../../io/csv/field-targets.ts";
import type { DateOrder } from "../../io/csv/parse-flexible-date.ts";
import type { UserMapping } from "../../io/csv/user-mapping.ts";
import type { FailedRows } from "./failed-rows.ts";
import type { FailureReasons } from "./failure-reasons.ts";

// Re-exported for the entry points (CLI, HTTP), which reach the format layer only through services.
export { CSV_PRESET_IDS } from "../../io/csv/csv-presets.ts";
export type { ImportSource } from "../../io/import-source.ts";

export const IMPORT_FORMATS = ["vcard", "csv"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** What happens to a record that matches a person already there (or earlier in the same file). */
export const DUPLICATE_POLICIES = ["merge", "skip", "create"] as const;
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];

export type MatchedBy = "email" | "phone" | "name";

export interface RowRef {
  /** 1-based line of the file where the record starts. */
  line: number;
  /** Spreadsheet row number (CSV only; differs from the line when cells hold line breaks). */
  row: number | null;
}

export interface RowFailure extends RowRef {
  reason: Localized;
}

export interface RowWarning extends RowRef {
  message: Localized;
}

export interface DuplicateOutcome extends RowRef {
  /** A person's row, or a company's own card (skipped when the company exists; no choice applies). */
  entity: "person" | "company";
  action: "merged" | "skipped" | "created";
  /**
   * The person it was merged into or skipped for, or ("created") the record it became; null in a
   * preview when that person would only be created by this file.
   */
  personId: string | null;
  matchedBy: MatchedBy;
  /** The row's own name. */
  name: string;
  /** The name of the person it resembled, as stored; null when only this file has them (a preview). */
  matchedName: string | null;
  /** Where in this file that person comes from, when they are one of its rows. */
  matchedAt: RowRef | null;
}

export interface CsvDetection {
  headers: string[];
  delimiter: CsvDelimiter;
  encoding: CsvEncoding;
  preset: CsvPresetId;
  dateOrder: DateOrder;
  /** What each column fills: the preset's or the header words' proposal with the user's changes. */
  mapping: CsvMapping;
  /** Columns the user's mapping names that the file does not have. */
  unknownColumns: string[];
  /** The user's corrections this file was read with: sent with the request, or saved for its headers. */
  corrections: UserMapping;
  /** When the corrections came from the user's saved mapping for these headers: when it was saved. */
  savedMappingAt: IsoDateTime | null;
}

/** The counts (ImportRunCounts) say what happened to every row; the lists name the rows. */
export interface ImportReport extends ImportRunCounts {
  format: ImportFormat;
  dryRun: boolean;
  onDuplicate: DuplicatePolicy;
  /** Listed up to REPORT_LIST_MAX each; `omitted` counts the rest so the totals still add up. */
  failures: RowFailure[];
  duplicates: DuplicateOutcome[];
  warnings: RowWarning[];
  omitted: { failures: number; duplicates: number; warnings: number };
  /** Set when the import stopped early (the upload broke off, the database failed); whole batches before it stay. */
  aborted: Localized | null;
  csv: CsvDetection | null;
  /** How many rows failed for which reason: what the row-by-row list cannot show past its first 1,000. */
  failureReasons: FailureReasons;
  /**
   * Anniversaries kept as the importer's private important dates (a preview: that would be kept);
   * dates the importer already had for the person are not counted (decision 123).
   */
  importantDatesAdded: number;
  /** CSV only: the rows that failed, as read, to be handed back as a file to fix (null for vCard). */
  failedRows: FailedRows | null;
  elapsedMs: number;
  /** The import's entry in the user's import history; null for a preview, which writes nothing. */
  runId: string | null;
}

export interface ImportPreview extends ImportReport {
  /** The first records as they would be imported, for the user to check the mapping. */
  samples: Array<RowRef & { record: ContactRecord }>;
}

export interface ImportProgress {
  rowsRead: number;
  elapsedMs: number;
}

export const REPORT_LIST_MAX = 1000;
