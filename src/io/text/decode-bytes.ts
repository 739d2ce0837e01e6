import type { Buffer } from "node:buffer";
import iconv from "iconv-lite";

/**
 * Length of the longest prefix of `bytes` that is well-formed UTF-8, and whether what follows is
 * only an incomplete sequence at the very end (more bytes may complete it).
 */
export function measureUtf8(bytes: Uint8Array): { valid: number; incompleteTail: boolean } {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return { valid: i, incompleteTail: false };
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return { valid: i, incompleteTail: true };
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return { valid: i, incompleteTail: false };
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
      return { valid: i, incompleteTail: false };
    }
    i += need + 1;
  }
  return { valid: i, incompleteTail: false };
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  return measureUtf8(bytes).valid === bytes.length;
}

/** Canonical name of a charset label, or null when iconv-lite does not know it. */
export function normaliseCharset(label: string): string | null {
  const name = label.trim().toLowerCase();
  if (name === "utf-8" || name === "utf8") return "utf-8";
  // Files that claim Latin-1 are in practice written by Windows: 0x80–0x9f are € „ “ …
  if (name === "iso-8859-1" || name === "latin1" || name === "us-ascii" || name === "ascii")
    return "windows-1252";
  return iconv.encodingExists(name) ? name : null;
}

/**
 * Decodes text whose charset may be declared or not. Undeclared bytes that are not valid UTF-8
 * are read as Windows-1252, which is what old Outlook and Excel on Windows write.
 */
export function decodeText(bytes: Buffer, charset?: string | null): string {
  const declared = charset ? normaliseCharset(charset) : null;
  if (declared && declared !== "utf-8") return iconv.decode(bytes, declared);
  if (isValidUtf8(bytes)) return bytes.toString("utf8");
  return iconv.decode(bytes, "windows-1252");
}
