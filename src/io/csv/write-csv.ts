export interface CsvWriteOptions {
  /** ";" by default: German Excel splits columns at semicolons (the comma is its decimal mark). */
  delimiter?: string;
  /** A UTF-8 byte order mark makes Excel read UTF-8 instead of the Windows code page. */
  bom?: boolean;
}

// A cell starting with one of these is run as a formula by Excel and LibreOffice (OWASP "CSV
// injection"); tab and carriage return can hide such a start. Apostrophes already in front get one
// more, so the importer, which strips exactly one, restores the original text.
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** Quotes a cell when needed (RFC 4180) and defuses a formula by prefixing an apostrophe. */
export function escapeCsvCell(value: string, delimiter = ";"): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes =
    safe.includes(delimiter) || /["\r\n]/.test(safe) || safe !== safe.trim() || safe.startsWith("'");
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Lines ending in CRLF, ready to be written one by one to a response or a file. */
export function* writeCsvLines(rows: Iterable<string[]>, options: CsvWriteOptions = {}): Generator<string> {
  const delimiter = options.delimiter ?? ";";
  let first = options.bom ?? true;
  for (const row of rows) {
    const line = `${row.map((cell) => escapeCsvCell(cell, delimiter)).join(delimiter)}\r\n`;
    yield first ? `\uFEFF${line}` : line;
    first = false;
  }
}

/** Undoes the guard of `escapeCsvCell` when reading our own exports ("'+49 171 …" → "+49 171 …"). */
export function unguardCsvCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}
