import type { Buffer } from "node:buffer";
import { type CsvEncoding, type DecodeState, decodeCsvBytes } from "./decode-csv-bytes.ts";
import { type CsvDelimiter, detectDelimiter, separatorHint } from "./detect-delimiter.ts";
import { type CsvRow, parseCsvRows } from "./parse-csv-rows.ts";

/** Longest header line looked at for the delimiter. */
const HEADER_PEEK_CHARS = 64 * 1024;

export interface CsvRows {
  /** The header row's cells, trimmed. */
  headers: string[];
  delimiter: CsvDelimiter;
  /** The encoding as far as read: see `DecodeState`. */
  decode: DecodeState;
  /** The data rows, read lazily; numbered as a spreadsheet shows them (the header is row 1). */
  rows: AsyncGenerator<CsvRow>;
}

/**
 * Decodes a CSV, finds its delimiter and reads its header row; the data rows are read when
 * iterated. A first line `sep=;` (written for Excel, which hides it and splits at that delimiter)
 * names the delimiter, and the headers are the line after it; rows are numbered as Excel shows the
 * file, without that line, while `line` stays the line in the file.
 */
export async function openCsvRows(
  chunks: AsyncIterable<Buffer>,
  options: { encoding?: CsvEncoding | undefined; delimiter?: CsvDelimiter | undefined } = {},
): Promise<CsvRows> {
  const decode: DecodeState = { encoding: options.encoding ?? "utf-8" };
  const text = decodeCsvBytes(chunks, decode, options.encoding);
  const { firstLine, all } = await peekFirstLine(text);
  const hint = separatorHint(firstLine);
  const delimiter = options.delimiter ?? hint ?? detectDelimiter(firstLine);
  const parsed = parseCsvRows(all, delimiter);
  if (hint) await parsed.next();
  const first = await parsed.next();
  const headers = first.done ? [] : first.value.fields.map((h) => h.trim());
  return { headers, delimiter, decode, rows: hint ? withoutHintRow(parsed) : parsed };
}

async function* withoutHintRow(rows: AsyncGenerator<CsvRow>): AsyncGenerator<CsvRow> {
  for await (const row of rows) yield { ...row, row: row.row - 1 };
}

/** Buffers decoded text up to the first line break, so the delimiter can be detected. */
async function peekFirstLine(
  text: AsyncGenerator<string>,
): Promise<{ firstLine: string; all: AsyncGenerator<string> }> {
  let buffered = "";
  while (!/[\r\n]/.test(buffered) && buffered.length < HEADER_PEEK_CHARS) {
    const next = await text.next();
    if (next.done) break;
    buffered += next.value;
  }
  const firstLine = buffered.split(/\r\n|\r|\n/, 1)[0] ?? "";
  async function* all(): AsyncGenerator<string> {
    if (buffered) yield buffered;
    yield* text;
  }
  return { firstLine, all: all() };
}
