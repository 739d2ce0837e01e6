import type { Localized } from "../core/locale.ts";

/** Files people pick by mistake instead of a CSV or vCard, told apart by their first bytes. */
export type UnreadableKind = "office" | "pdf" | "image" | "binary";

const SIGNATURES: ReadonlyArray<{ bytes: readonly number[]; at?: number; kind: UnreadableKind }> = [
  // ZIP: .xlsx, .ods, .numbers, .docx, and ZIP archives themselves.
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: "office" },
  // The compound file of older Office files: .xls, .doc.
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: "office" },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: "pdf" }, // %PDF-
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: "image" }, // PNG
  { bytes: [0xff, 0xd8, 0xff], kind: "image" }, // JPEG
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: "image" }, // GIF8
  { bytes: [0x66, 0x74, 0x79, 0x70], at: 4, kind: "image" }, // ftyp: HEIC from a phone's camera
];

/** Below this many bytes a file is too short to call it binary by its control bytes. */
const MIN_BYTES_FOR_BINARY = 64;
/** Share of control bytes from which a file is no text: random bytes have ~10 %, text none. */
const BINARY_CONTROL_SHARE = 0.05;

/**
 * What a file is when it is no text an import can read, from its first bytes; null for text. Text
 * has hardly any control bytes, except UTF-16, where every other byte of Latin text is NUL (with or
 * without the byte order mark Excel writes). A text file with some junk in it (a damaged card) is
 * still text: its rows or cards are read, and the damaged ones are reported.
 */
export function unreadableKind(head: Uint8Array): UnreadableKind | null {
  for (const { bytes, at = 0, kind } of SIGNATURES) {
    if (bytes.every((byte, i) => head[at + i] === byte)) return kind;
  }
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return null;
  if (head.length < MIN_BYTES_FOR_BINARY || looksLikeUtf16(head)) return null;
  let control = 0;
  for (const byte of head) if (byte < 0x20 && !TEXT_CONTROLS.has(byte)) control += 1;
  return control >= head.length * BINARY_CONTROL_SHARE ? "binary" : null;
}

/** Tab, line feed, form feed, carriage return. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d]);

/** UTF-16 without a byte order mark: NUL bytes on one side of each pair only, and many of them. */
function looksLikeUtf16(head: Uint8Array): boolean {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i += 1) {
    if (head[i] !== 0) continue;
    if (i % 2 === 0) even += 1;
    else odd += 1;
  }
  return (even === 0 || odd === 0) && Math.max(even, odd) >= head.length / 4;
}

const WHAT: Record<UnreadableKind, Localized> = {
  office: {
    de: "Die Datei ist eine Excel-, Numbers- oder andere Office-Datei (.xlsx, .xls, .ods, .numbers) oder ein ZIP-Archiv, keine CSV- oder vCard-Datei.",
    en: "The file is an Excel, Numbers or other office file (.xlsx, .xls, .ods, .numbers) or a ZIP archive, not a CSV or vCard file.",
  },
  pdf: {
    de: "Die Datei ist eine PDF-Datei, keine CSV- oder vCard-Datei.",
    en: "The file is a PDF file, not a CSV or vCard file.",
  },
  image: {
    de: "Die Datei ist ein Bild, keine CSV- oder vCard-Datei.",
    en: "The file is an image, not a CSV or vCard file.",
  },
  binary: {
    de: "Die Datei enthält keinen Text, ist also keine CSV- oder vCard-Datei.",
    en: "The file holds no text, so it is no CSV or vCard file.",
  },
};

/** Why such a file cannot be imported, and what to import instead. */
export function unreadableMessage(kind: UnreadableKind): Localized {
  const how: Localized =
    kind === "office"
      ? {
          de: "Aus einer Tabelle: „Datei → Speichern unter → CSV UTF-8 (durch Trennzeichen getrennt)“ wählen und diese Datei importieren; ein ZIP-Archiv zuerst entpacken (LinkedIns Export enthält Connections.csv).",
          en: "From a spreadsheet: choose “File → Save as → CSV UTF-8 (comma delimited)” and import that file; unpack a ZIP archive first (LinkedIn's export holds Connections.csv).",
        }
      : {
          de: "Importieren lassen sich vCard-Dateien (.vcf) aus Telefon und Adressbuch und CSV-Dateien aus Tabellen und anderen CRMs.",
          en: "You can import vCard files (.vcf) from a phone or address book and CSV files from spreadsheets and other CRMs.",
        };
  return { de: `${WHAT[kind].de} ${how.de}`, en: `${WHAT[kind].en} ${how.en}` };
}
