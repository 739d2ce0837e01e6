import type { Localized } from "../../core/locale.ts";
import type { ImportItem } from "../contact-record.ts";
import { type ImportSource, readByteChunks } from "../import-source.ts";
import { readLines } from "../text/read-lines.ts";
import { mapVcardCard } from "./map-vcard-card.ts";
import { parseContentLine, type VcardProperty } from "./parse-content-line.ts";
import { unfoldLines } from "./unfold-lines.ts";

/**
 * Longest content line kept. Inline photos can reach a few MB once unfolded; they are dropped
 * anyway, so their head is enough. 1 MiB bounds the memory a hostile file can claim per line.
 */
export const MAX_VCARD_LINE_BYTES = 1024 * 1024;

/** vCard 2.1 base64 bodies are sometimes written without indentation (older Nokia, Android). */
const BASE64_LINE = /^[A-Za-z0-9+/=]+$/;

/**
 * Reads vCards (2.1, 3.0, 4.0) one by one from a stream; memory is bounded by one card. Never
 * throws for bad input: a broken card becomes an item with `error`, text outside cards too.
 */
export async function* readVcardRecords(source: ImportSource): AsyncGenerator<ImportItem> {
  let card: { line: number; properties: VcardProperty[] } | null = null;
  // After a damaged card, its remaining lines are part of that error, not stray text.
  let skipping = false;
  let strayLine: number | null = null;
  let lastLine = 0;

  const physical = readLines(readByteChunks(source), MAX_VCARD_LINE_BYTES);
  for await (const logical of unfoldLines(physical, MAX_VCARD_LINE_BYTES)) {
    lastLine = logical.line;
    const property = parseContentLine(logical);
    const value = property ? property.value.toString("latin1").trim().toUpperCase() : "";
    if (property?.name === "BEGIN" && value === "VCARD") {
      if (card) yield { line: card.line, warnings: [], error: missingEnd(card.line, logical.line) };
      if (strayLine !== null) yield { line: strayLine, warnings: [], error: outsideCard(strayLine) };
      strayLine = null;
      skipping = false;
      card = { line: logical.line, properties: [] };
      continue;
    }
    if (property?.name === "END" && value === "VCARD" && card) {
      yield mapVcardCard(card.line, card.properties);
      card = null;
      continue;
    }
    if (!card) {
      if (skipping) {
        if (property?.name === "END" && value === "VCARD") skipping = false;
        continue;
      }
      if (logical.bytes.toString("latin1").trim() !== "") strayLine ??= logical.line;
      continue;
    }
    if (property) card.properties.push(property);
    else if (!isIgnorable(logical.bytes.toString("latin1"))) {
      // A card with unreadable lines is most likely damaged as a whole: a fragment of another
      // card or binary junk. Rejecting it keeps half-read contacts out of the database.
      yield { line: card.line, warnings: [], error: garbled(card.line, logical.line) };
      card = null;
      skipping = true;
    }
  }
  if (card) yield { line: card.line, warnings: [], error: missingEnd(card.line, lastLine + 1) };
  if (strayLine !== null) yield { line: strayLine, warnings: [], error: outsideCard(strayLine) };
}

/** The whole text at once, for tests, small uploads and the clipboard. */
export async function parseVcardText(text: string): Promise<ImportItem[]> {
  const items: ImportItem[] = [];
  for await (const item of readVcardRecords(text)) items.push(item);
  return items;
}

function isIgnorable(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === "" || BASE64_LINE.test(trimmed);
}

function missingEnd(start: number, at: number): Localized {
  return {
    de: `Kontakt ab Zeile ${start}: END:VCARD fehlt (bis Zeile ${at}), der Kontakt ist unvollständig`,
    en: `contact starting on line ${start}: END:VCARD is missing (up to line ${at}), the contact is incomplete`,
  };
}

function outsideCard(line: number): Localized {
  return {
    de: `Zeile ${line}: Text außerhalb eines Kontakts (BEGIN:VCARD fehlt)`,
    en: `line ${line}: text outside a contact (BEGIN:VCARD is missing)`,
  };
}

function garbled(start: number, at: number): Localized {
  return {
    de: `Kontakt ab Zeile ${start}: Zeile ${at} ist keine vCard-Eigenschaft, der Kontakt ist beschädigt`,
    en: `contact starting on line ${start}: line ${at} is not a vCard property, the contact is damaged`,
  };
}
