import { Buffer } from "node:buffer";
import type { Localized } from "../../core/locale.ts";
import { type ImportSource, readByteChunks } from "../../io/import-source.ts";
import { readLines } from "../../io/text/read-lines.ts";
import type { BackupValue } from "../../store/backup.ts";

export type BackupEvent =
  | { type: "header"; header: Record<string, unknown> }
  | { type: "table"; name: string; columns: string[]; line: number }
  | { type: "row"; row: BackupValue[]; line: number };

export class BackupFileError extends Error {
  readonly localized: Localized;
  constructor(localized: Localized) {
    super(localized.en);
    this.name = "BackupFileError";
    this.localized = localized;
  }
}

/** A row line can hold a long note; anything longer is not a row we wrote. */
const MAX_LINE_BYTES = 16 * 1024 * 1024;
/** A backup reformatted by an editor is read whole, up to this size. */
const MAX_REFORMATTED_BYTES = 64 * 1024 * 1024;

/**
 * Reads a backup as events, line by line in the canonical layout (one row per line), so memory
 * stays flat for any size. A file that was pretty-printed or minified is still valid JSON; it is
 * read whole when it is small enough.
 */
export async function* readBackupEvents(source: ImportSource): AsyncGenerator<BackupEvent> {
  const lines = readLines(readByteChunks(source), MAX_LINE_BYTES);
  const first = await lines.next();
  if (first.done) throw broken(1, { de: "Die Datei ist leer.", en: "The file is empty." });
  const firstText = first.value.bytes.toString("utf8").replace(/^\uFEFF/, "");
  const header = tryParse(`${firstText}]}`);
  if (!isObject(header) || !firstText.endsWith('"tables":[')) {
    yield* readWhole(firstText, lines);
    return;
  }
  const { tables: _tables, ...rest } = header;
  yield { type: "header", header: rest };
  let inTable = false;
  let ended = false;
  for await (const { line, bytes, cut } of lines) {
    if (cut) throw broken(line, { de: "Die Zeile ist zu lang.", en: "The line is too long." });
    const text = bytes.toString("utf8").trim();
    if (text === "") continue;
    if (ended)
      throw broken(line, {
        de: "Text nach dem Ende der Sicherung.",
        en: "Text after the end of the backup.",
      });
    if (inTable) {
      if (text === "]}" || text === "]},") {
        inTable = false;
        continue;
      }
      const row = tryParse(text.endsWith(",") ? text.slice(0, -1) : text);
      if (!Array.isArray(row))
        throw broken(line, { de: "Keine gültige Tabellenzeile.", en: "Not a valid table row." });
      yield { type: "row", row: row as BackupValue[], line };
      continue;
    }
    if (text === "]}") {
      ended = true;
      continue;
    }
    const table = tryParse(`${text}]}`);
    if (!isObject(table) || typeof table.name !== "string" || !Array.isArray(table.columns)) {
      throw broken(line, { de: "Tabellenanfang erwartet.", en: "Expected the start of a table." });
    }
    inTable = true;
    yield { type: "table", name: table.name, columns: table.columns as string[], line };
  }
  if (!ended || inTable) {
    throw broken(0, {
      de: "Die Sicherung ist unvollständig (das Dateiende fehlt).",
      en: "The backup is incomplete (its end is missing).",
    });
  }
}

async function* readWhole(
  firstText: string,
  lines: AsyncGenerator<{ line: number; bytes: Buffer; cut: boolean }>,
): AsyncGenerator<BackupEvent> {
  const parts = [firstText];
  let size = Buffer.byteLength(firstText);
  for await (const { bytes, cut } of lines) {
    size += bytes.length + 1;
    if (cut || size > MAX_REFORMATTED_BYTES) {
      throw broken(0, {
        de: "Die Datei ist keine Kundenfreund-Sicherung im üblichen Aufbau und zu groß, um sie ganz zu lesen.",
        en: "The file is not a Kundenfreund backup in the usual layout and too large to read whole.",
      });
    }
    parts.push(bytes.toString("utf8"));
  }
  const document = tryParse(parts.join("\n"));
  if (!isObject(document) || !Array.isArray(document.tables)) {
    throw broken(0, {
      de: "Die Datei ist keine Kundenfreund-Sicherung.",
      en: "The file is not a Kundenfreund backup.",
    });
  }
  const { tables, ...header } = document;
  yield { type: "header", header };
  for (const table of tables as unknown[]) {
    if (
      !isObject(table) ||
      typeof table.name !== "string" ||
      !Array.isArray(table.columns) ||
      !Array.isArray(table.rows)
    ) {
      throw broken(0, { de: "Eine Tabelle ist unvollständig.", en: "A table is incomplete." });
    }
    yield { type: "table", name: table.name, columns: table.columns as string[], line: 0 };
    for (const row of table.rows as unknown[]) {
      if (!Array.isArray(row))
        throw broken(0, { de: "Keine gültige Tabellenzeile.", en: "Not a valid table row." });
      yield { type: "row", row: row as BackupValue[], line: 0 };
    }
  }
}

export function broken(line: number, message: Localized): BackupFileError {
  if (line <= 0) return new BackupFileError(message);
  return new BackupFileError({ de: `Zeile ${line}: ${message.de}`, en: `Line ${line}: ${message.en}` });
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
