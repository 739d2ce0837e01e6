import type { Localized } from "../../core/locale.ts";

export interface CsvRow {
  /** 1-based physical line the row starts on. */
  line: number;
  /** 1-based record number, as a spreadsheet numbers its rows (the header is row 1). */
  row: number;
  fields: string[];
  error?: Localized;
}

/** A cell larger than this is a broken quote swallowing the file, not data. */
export const MAX_CELL_CHARS = 1024 * 1024;
const MAX_FIELDS = 10_000;

/**
 * RFC 4180 rows from a stream of text: quoted cells with "" escapes, line breaks inside quotes,
 * CRLF, LF or CR line ends. Lenient where spreadsheets are: a quote inside an unquoted cell is
 * kept as a character. Memory is bounded by one row.
 *
 * A cell is cut out of its chunk in runs (`run` marks where the characters not yet added begin)
 * rather than built a character at a time: adding single characters made V8 allocate a string
 * per character, most of the garbage of reading a large file.
 */
export async function* parseCsvRows(
  text: Iterable<string> | AsyncIterable<string>,
  delimiter: string,
): AsyncGenerator<CsvRow> {
  let fields: string[] = [];
  let cell = "";
  let quoted = false; // inside a quoted cell
  let quoteSeen = false; // the previous character closed (or escaped) a quote
  let cellWasQuoted = false;
  let afterCr = false;
  let line = 1;
  let row = 0;
  let rowLine = 1;
  let quoteLine = 1;
  let tooBig = false;

  const pushCell = (): void => {
    if (fields.length < MAX_FIELDS) fields.push(cell);
    else tooBig = true;
    cell = "";
    cellWasQuoted = false;
  };
  const endRow = (): CsvRow => {
    pushCell();
    row += 1;
    const result: CsvRow = { line: rowLine, row, fields };
    if (tooBig) result.error = rowTooBig(row);
    fields = [];
    tooBig = false;
    return result;
  };
  const append = (piece: string): void => {
    if (cell.length + piece.length > MAX_CELL_CHARS) tooBig = true;
    else cell += piece;
  };

  for await (const chunk of text) {
    let run = -1; // index in this chunk of the first character not yet added to the cell; -1: none
    const flush = (end: number): void => {
      if (run >= 0 && end > run) append(chunk.slice(run, end));
      run = -1;
    };
    for (let i = 0; i < chunk.length; i++) {
      const char = chunk[i]!;
      if (afterCr) {
        afterCr = false;
        if (char === "\n") continue;
      }
      if (quoted) {
        if (char === '"') {
          flush(i);
          quoted = false;
          quoteSeen = true;
        } else if (char === "\n" || char === "\r") {
          flush(i);
          line += 1;
          afterCr = char === "\r";
          append("\n");
        } else if (run < 0) run = i;
        continue;
      }
      if (quoteSeen) {
        quoteSeen = false;
        if (char === '"') {
          // An escaped quote: this second one is the cell's character.
          run = i;
          quoted = true;
          continue;
        }
      }
      if (char === delimiter) {
        flush(i);
        pushCell();
      } else if (char === "\n" || char === "\r") {
        flush(i);
        afterCr = char === "\r";
        const done = endRow();
        line += 1;
        rowLine = line;
        if (!isBlank(done)) yield done;
      } else if (char === '"' && run < 0 && cell === "" && !cellWasQuoted) {
        quoted = true;
        cellWasQuoted = true;
        quoteLine = line;
      } else if (run < 0) run = i;
    }
    flush(chunk.length);
  }
  if (quoted) {
    const done = endRow();
    yield { ...done, error: unclosedQuote(done.row, quoteLine) };
    return;
  }
  if (cell !== "" || fields.length > 0 || cellWasQuoted) {
    const done = endRow();
    if (!isBlank(done)) yield done;
  }
}

function isBlank(row: CsvRow): boolean {
  return !row.error && row.fields.every((f) => f.trim() === "");
}

function unclosedQuote(row: number, line: number): Localized {
  return {
    de: `Zeile ${row}: das Anführungszeichen aus Dateizeile ${line} wird nie geschlossen`,
    en: `row ${row}: the quote opened on file line ${line} is never closed`,
  };
}

function rowTooBig(row: number): Localized {
  return {
    de: `Zeile ${row}: eine Zelle ist größer als 1 MB oder die Zeile hat zu viele Spalten`,
    en: `row ${row}: a cell is larger than 1 MB or the row has too many columns`,
  };
}
