import { Buffer } from "node:buffer";
import type { Localized } from "../../core/locale.ts";
import type { ImportItem } from "../../io/contact-record.ts";
import { CSV_PRESETS, type CsvPresetId, detectPreset, presetMapping } from "../../io/csv/csv-presets.ts";
import { csvRowMapper } from "../../io/csv/map-csv-row.ts";
import { openCsvRows } from "../../io/csv/open-csv-rows.ts";
import { applyUserMapping, type UserMapping } from "../../io/csv/user-mapping.ts";
import { type ImportSource, readByteChunks } from "../../io/import-source.ts";
import { unreadableKind, unreadableMessage } from "../../io/unreadable-file.ts";
import { readVcardRecords } from "../../io/vcard/read-vcard-records.ts";
import type { CsvDetection, ImportFormat } from "./import-types.ts";
import type { SavedCsvMapping } from "./saved-csv-mappings.ts";

/** A row as read; a CSV row also brings its cells, so that a failed one can be handed back to fix. */
export type OpenedItem = ImportItem & { row?: number; cells?: string[] };

export interface OpenedImport {
  format: ImportFormat;
  csv: CsvDetection | null;
  items: AsyncIterable<OpenedItem>;
}

export interface OpenImportOptions {
  format?: ImportFormat | undefined;
  filename?: string | undefined;
  contentType?: string | undefined;
  preset?: CsvPresetId | undefined;
  /** The user's corrections to the detected mapping (CSV only). */
  mapping?: UserMapping | undefined;
  /** Without `mapping`: the corrections the user kept for a file with these headers, if any. */
  savedMapping?: ((headers: string[]) => Promise<SavedCsvMapping | null>) | undefined;
}

/** The file is no text an import reads; `localized` says what it is and what to import instead. */
export class UnreadableFileError extends Error {
  constructor(readonly localized: Localized) {
    super(localized.en);
  }
}

/** Enough bytes to see "BEGIN:VCARD" behind a BOM and blank lines. */
const SNIFF_BYTES = 1024;

/**
 * Opens an upload as a stream of records. The format is what the caller says, else what the first
 * bytes show (a vCard starts with BEGIN:VCARD), else the file extension or content type, else CSV.
 */
export async function openImport(
  source: ImportSource,
  options: OpenImportOptions = {},
): Promise<OpenedImport> {
  const { head, chunks } = await peekBytes(readByteChunks(source), SNIFF_BYTES);
  // A spreadsheet, PDF or photo picked by mistake would read as a CSV of garbage, or of nothing.
  const unreadable = unreadableKind(head);
  if (unreadable) throw new UnreadableFileError(unreadableMessage(unreadable));
  const format = options.format ?? detectImportFormat(head, options.filename, options.contentType);
  if (format === "vcard") return { format, csv: null, items: readVcardRecords(chunks) };
  return openCsv(chunks, options);
}

export function detectImportFormat(head: Buffer, filename?: string, contentType?: string): ImportFormat {
  const text = head
    .toString(head[0] === 0xff && head[1] === 0xfe ? "utf16le" : "utf8")
    .replace(/^\uFEFF/, "");
  if (/^\s*BEGIN:VCARD/i.test(text)) return "vcard";
  if (filename && /\.(vcf|vcard)$/i.test(filename)) return "vcard";
  if (filename && /\.(csv|tsv|txt)$/i.test(filename)) return "csv";
  if (contentType && /^text\/(x-)?(vcard|directory)/i.test(contentType)) return "vcard";
  return "csv";
}

/**
 * Opens a CSV: delimiter and encoding detected, the mapping proposed from the headers (a preset the
 * user chose wins over the detected one), and the user's corrections laid over it.
 */
async function openCsv(chunks: AsyncIterable<Buffer>, options: OpenImportOptions): Promise<OpenedImport> {
  const { preset } = options;
  const { headers, delimiter, decode, rows } = await openCsvRows(chunks);
  const detected = detectPreset(headers);
  const chosen = preset ? CSV_PRESETS.find((p) => p.id === preset) : undefined;
  const proposed = chosen ? presetMapping(chosen, headers, detected.mapping) : detected.mapping;
  // Corrections sent with the request win; without any, the user's saved ones for this layout.
  const saved = options.mapping === undefined ? await options.savedMapping?.(headers) : null;
  const corrections = options.mapping ?? saved?.corrections ?? {};
  const { mapping, unknownColumns } = applyUserMapping(headers, proposed, corrections);
  const dateOrder = chosen?.dateOrder ?? detected.dateOrder;
  const mapRow = csvRowMapper(headers, mapping, dateOrder);
  async function* items(): AsyncGenerator<OpenedItem> {
    for await (const row of rows) {
      if (row.error) yield { line: row.line, row: row.row, warnings: [], error: row.error };
      else {
        const item: OpenedItem = mapRow(row.fields, row);
        item.cells = row.fields;
        yield item;
      }
    }
  }
  const csv: CsvDetection = {
    headers,
    delimiter,
    get encoding() {
      return decode.encoding;
    },
    preset: chosen?.id ?? detected.preset,
    dateOrder,
    mapping,
    unknownColumns,
    corrections,
    savedMappingAt: saved?.savedAt ?? null,
  };
  return { format: "csv", csv, items: items() };
}

async function peekBytes(
  chunks: AsyncGenerator<Buffer>,
  size: number,
): Promise<{ head: Buffer; chunks: AsyncGenerator<Buffer> }> {
  const buffered: Buffer[] = [];
  let length = 0;
  while (length < size) {
    const next = await chunks.next();
    if (next.done) break;
    buffered.push(next.value);
    length += next.value.length;
  }
  async function* all(): AsyncGenerator<Buffer> {
    yield* buffered;
    yield* chunks;
  }
  return { head: Buffer.concat(buffered).subarray(0, size), chunks: all() };
}
