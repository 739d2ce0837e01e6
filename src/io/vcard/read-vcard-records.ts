import type { Localized } from "../../core/locale.ts";
import type { ImportItem } from "../contact-record.ts";
import { type ImportSource, readByteChunks } from "../import-source.ts";
import { readLineBatches } from "../text/read-lines.ts";
import { mapVcardCard } from "./map-vcard-card.ts";
import { parseContentLine, type VcardProperty } from "./parse-content-line.ts";
import { LineUnfolder, type LogicalLine } from "./unfold-lines.ts";

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
  const cards = new CardAssembler();
  const unfolder = new LineUnfolder(MAX_VCARD_LINE_BYTES);
  // A chunk's lines are unfolded and assembled in one synchronous step; only finished cards are
  // handed out one by one.
  for await (const lines of readLineBatches(readByteChunks(source), MAX_VCARD_LINE_BYTES)) {
    for (const physical of lines) {
      const logical = unfolder.push(physical);
      if (logical) cards.add(logical);
    }
    yield* cards.take();
  }
  const last = unfolder.end();
  if (last) cards.add(last);
  cards.finish();
  yield* cards.take();
}

/** Groups logical lines into cards and turns each into an item; finished items wait in `take`. */
class CardAssembler {
  private card: { line: number; properties: VcardProperty[] } | null = null;
  /** After a damaged card, its remaining lines are part of that error, not stray text. */
  private skipping = false;
  private strayLine: number | null = null;
  private lastLine = 0;
  private ready: ImportItem[] = [];

  add(logical: LogicalLine): void {
    this.lastLine = logical.line;
    const property = parseContentLine(logical);
    // Only BEGIN and END need their value read here: the card's own properties are decoded later.
    const value =
      property && (property.name === "BEGIN" || property.name === "END")
        ? property.value.toString("latin1").trim().toUpperCase()
        : "";
    if (property?.name === "BEGIN" && value === "VCARD") {
      if (this.card) this.fail(this.card.line, missingEnd(this.card.line, logical.line));
      if (this.strayLine !== null) this.fail(this.strayLine, outsideCard(this.strayLine));
      this.strayLine = null;
      this.skipping = false;
      this.card = { line: logical.line, properties: [] };
      return;
    }
    if (property?.name === "END" && value === "VCARD" && this.card) {
      this.ready.push(mapVcardCard(this.card.line, this.card.properties));
      this.card = null;
      return;
    }
    if (!this.card) {
      if (this.skipping) {
        if (property?.name === "END" && value === "VCARD") this.skipping = false;
        return;
      }
      if (logical.bytes.toString("latin1").trim() !== "") this.strayLine ??= logical.line;
      return;
    }
    if (property) this.card.properties.push(property);
    else if (!isIgnorable(logical.bytes.toString("latin1"))) {
      // A card with unreadable lines is most likely damaged as a whole: a fragment of another
      // card or binary junk. Rejecting it keeps half-read contacts out of the database.
      this.fail(this.card.line, garbled(this.card.line, logical.line));
      this.card = null;
      this.skipping = true;
    }
  }

  /** The end of the input: an open card is incomplete, stray text is reported. */
  finish(): void {
    if (this.card) this.fail(this.card.line, missingEnd(this.card.line, this.lastLine + 1));
    if (this.strayLine !== null) this.fail(this.strayLine, outsideCard(this.strayLine));
    this.card = null;
    this.strayLine = null;
  }

  take(): ImportItem[] {
    const items = this.ready;
    this.ready = [];
    return items;
  }

  private fail(line: number, error: Localized): void {
    this.ready.push({ line, warnings: [], error });
  }
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
