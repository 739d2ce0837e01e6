import { type ImportSource, readByteChunks } from "../import-source.ts";
import { type CsvPresetId, detectPreset } from "./csv-presets.ts";
import type { CsvEncoding } from "./decode-csv-bytes.ts";
import type { CsvDelimiter } from "./detect-delimiter.ts";
import type { CsvMapping } from "./field-targets.ts";
import { type CsvImportItem, csvRowMapper } from "./map-csv-row.ts";
import { openCsvRows } from "./open-csv-rows.ts";
import type { DateOrder } from "./parse-flexible-date.ts";

export interface CsvImportOptions {
  /** The user's (edited) mapping; detected from the headers when absent. */
  mapping?: CsvMapping;
  delimiter?: CsvDelimiter;
  encoding?: CsvEncoding;
  dateOrder?: DateOrder;
}

export interface CsvImport {
  headers: string[];
  delimiter: CsvDelimiter;
  /** As detected from the start of the file; see `DecodeState`. */
  encoding: CsvEncoding;
  preset: CsvPresetId;
  dateOrder: DateOrder;
  mapping: CsvMapping;
  /** The data rows, read lazily from the source. */
  records: AsyncGenerator<CsvImportItem>;
}

/**
 * Reads the header row, detects delimiter, encoding and preset, and returns the rows still to be
 * read. Nothing is consumed beyond the header until `records` is iterated.
 */
export async function openCsvImport(
  source: ImportSource,
  options: CsvImportOptions = {},
): Promise<CsvImport> {
  const { headers, delimiter, decode, rows } = await openCsvRows(readByteChunks(source), options);
  const detected = detectPreset(headers);
  const mapping = options.mapping ?? detected.mapping;
  const dateOrder = options.dateOrder ?? detected.dateOrder;

  const mapRow = csvRowMapper(headers, mapping, dateOrder);
  async function* records(): AsyncGenerator<CsvImportItem> {
    for await (const row of rows) {
      if (row.error) yield { line: row.line, row: row.row, warnings: [], error: row.error };
      else yield mapRow(row.fields, row);
    }
  }
  return {
    headers,
    delimiter,
    get encoding() {
      return decode.encoding;
    },
    preset: detected.preset,
    dateOrder,
    mapping,
    records: records(),
  };
}

/** Rows as records, one by one: what the import service iterates. */
export async function* readCsvRecords(
  source: ImportSource,
  options: CsvImportOptions = {},
): AsyncGenerator<CsvImportItem> {
  const opened = await openCsvImport(source, options);
  yield* opened.records;
}

export interface CsvPreview extends Omit<CsvImport, "records"> {
  rows: CsvImportItem[];
}

/** The header, what was detected, and the first `n` mapped rows, for the mapping screen. */
export async function previewCsv(
  source: ImportSource,
  n: number,
  options: CsvImportOptions = {},
): Promise<CsvPreview> {
  const { records, ...rest } = await openCsvImport(source, options);
  const rows: CsvImportItem[] = [];
  for await (const item of records) {
    rows.push(item);
    if (rows.length >= n) break;
  }
  return { ...rest, rows };
}
