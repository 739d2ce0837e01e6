import type { Buffer } from "node:buffer";
import { type CsvEncoding, type DecodeState, decodeCsvBytes } from "./decode-csv-bytes.ts";
import { type CsvDelimiter, detectDelimiter, separatorHint } from "./detect-delimiter.ts";
import { type CsvRow, parseCsvRows } from "./parse-csv-rows.ts";

/** Longest start of the file looked at for the header row (and any lines above it) and its delimiter. */
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
 * file, without that line, while `line` stays the line in the file. Lines of text before the
 * header row that end in a blank line (LinkedIn's "Notes:" above its connections, a title) are
 * skipped (`findHeaderLine`, decision 122); rows keep the numbers Excel shows them with.
 */
export async function openCsvRows(
  chunks: AsyncIterable<Buffer>,
  options: { encoding?: CsvEncoding | undefined; delimiter?: CsvDelimiter | undefined } = {},
): Promise<CsvRows> {
  const decode: DecodeState = { encoding: options.encoding ?? "utf-8" };
  const text = decodeCsvBytes(chunks, decode, options.encoding);
  const { head, all } = await peekHead(text);
  const lines = logicalLines(head);
  // A first line longer than the peek (a 10 MB line) is judged by what was peeked of it.
  const firstLine = lines[0]?.text ?? head.text.split(/\r\n|\r|\n/, 1)[0] ?? "";
  const hint = separatorHint(firstLine);
  const header = hint ? null : findHeaderLine(lines);
  const headerText = header?.text ?? firstLine;
  const delimiter = options.delimiter ?? hint ?? detectDelimiter(headerText);
  const parsed = parseCsvRows(all, delimiter);
  if (hint) await parsed.next();
  let first = await parsed.next();
  while (header && !first.done && first.value.line < header.line) first = await parsed.next();
  const headers = first.done ? [] : first.value.fields.map((h) => h.trim());
  return { headers, delimiter, decode, rows: hint ? withoutHintRow(parsed) : parsed };
}

async function* withoutHintRow(rows: AsyncGenerator<CsvRow>): AsyncGenerator<CsvRow> {
  for await (const row of rows) yield { ...row, row: row.row - 1 };
}

/** Lines of text above the header row that are looked at; a longer preamble is no preamble. */
const PREAMBLE_MAX_LINES = 20;

interface LogicalLine {
  /** 1-based line in the file where it starts. */
  line: number;
  text: string;
  /** Whether a delimiter candidate occurs in it outside quotes: a row of at least two cells. */
  hasDelimiter: boolean;
}

/**
 * The header row when the file opens with lines of text instead: the first line with a delimiter,
 * if the lines above it hold no delimiter and one of them is blank. LinkedIn's Connections.csv
 * begins "Notes:", a quoted paragraph and a blank line. Without a blank line a one-column header
 * ("Name") stays the header, even when a name below it holds a comma. Null when the first line
 * is the header, as in nearly every file.
 */
export function findHeaderLine(lines: LogicalLine[]): LogicalLine | null {
  const index = lines.findIndex((l) => l.hasDelimiter);
  if (index <= 0 || index > PREAMBLE_MAX_LINES) return null;
  const preamble = lines.slice(0, index);
  return preamble.some((l) => l.text.trim() === "") ? (lines[index] ?? null) : null;
}

/**
 * The peeked text split at line breaks outside quotes (a quoted paragraph with line breaks is one
 * line, as the parser reads it), each with the file line it starts on. The last, unfinished line
 * is left out unless the text is all there is.
 */
export function logicalLines(head: { text: string; complete: boolean }): LogicalLine[] {
  const lines: LogicalLine[] = [];
  const { text } = head;
  let quoted = false;
  let start = 0;
  let startLine = 1;
  let line = 1;
  let hasDelimiter = false;
  // Quotes as the parser reads them: one opens a quoted cell only at the cell's start, "" inside
  // is an escaped quote, and a quote inside an unquoted cell is a character.
  let cellStart = true;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    const atCellStart = cellStart;
    cellStart = false;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') i += 1;
        else quoted = false;
      } else if (char === "\r" || char === "\n") {
        if (char === "\r" && text[i + 1] === "\n") i += 1;
        line += 1;
      }
    } else if (char === '"') quoted = atCellStart;
    else if (char === "," || char === ";" || char === "\t") {
      hasDelimiter = true;
      // Every candidate ends a cell here: the delimiter is not known yet.
      cellStart = true;
    } else if (char === "\r" || char === "\n") {
      const end = i;
      if (char === "\r" && text[i + 1] === "\n") i += 1;
      line += 1;
      lines.push({ line: startLine, text: text.slice(start, end), hasDelimiter });
      start = i + 1;
      startLine = line;
      hasDelimiter = false;
      cellStart = true;
    }
  }
  if (head.complete && start < text.length) {
    lines.push({ line: startLine, text: text.slice(start), hasDelimiter });
  }
  return lines;
}

/**
 * Buffers decoded text until it holds the header row: the first line break, or, when the first
 * line has no delimiter (a preamble perhaps), a few lines more.
 */
async function peekHead(
  text: AsyncGenerator<string>,
): Promise<{ head: { text: string; complete: boolean }; all: AsyncGenerator<string> }> {
  let buffered = "";
  let complete = false;
  while (buffered.length < HEADER_PEEK_CHARS && !holdsHeader(buffered)) {
    const next = await text.next();
    if (next.done) {
      complete = true;
      break;
    }
    buffered += next.value;
  }
  async function* all(): AsyncGenerator<string> {
    if (buffered) yield buffered;
    yield* text;
  }
  return { head: { text: buffered, complete }, all: all() };
}

/** Whether the text holds a whole first line with a delimiter, or enough lines to give up looking. */
function holdsHeader(text: string): boolean {
  const lines = logicalLines({ text, complete: false });
  return lines.some((l) => l.hasDelimiter) || lines.length > PREAMBLE_MAX_LINES;
}
