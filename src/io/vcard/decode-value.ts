import { Buffer } from "node:buffer";
import { decodeText } from "../text/decode-bytes.ts";
import type { VcardProperty } from "./parse-content-line.ts";

/** The property's text after transfer decoding (quoted-printable, charset); null for inline binary. */
export function decodePropertyText(property: VcardProperty): string | null {
  const encoding = (property.params.get("ENCODING")?.[0] ?? "").toUpperCase();
  if (encoding === "B" || encoding === "BASE64") return null;
  const charset = property.params.get("CHARSET")?.[0] ?? null;
  const bytes = encoding === "QUOTED-PRINTABLE" ? decodeQuotedPrintable(property.value) : property.value;
  return decodeText(bytes, charset);
}

const HEX = /^[0-9A-Fa-f]{2}$/;

/** RFC 2045 §6.7; soft line breaks were already removed while unfolding. */
export function decodeQuotedPrintable(bytes: Buffer): Buffer {
  const out = Buffer.alloc(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x3d && i + 2 < bytes.length) {
      const hex = bytes.toString("latin1", i + 1, i + 3);
      if (HEX.test(hex)) {
        out[n++] = Number.parseInt(hex, 16);
        i += 2;
        continue;
      }
    }
    out[n++] = b;
  }
  return out.subarray(0, n);
}

/**
 * Splits a value at unescaped `separator` (";" between structured components, "," between list
 * items) and resolves the escapes \\ \; \, \n of RFC 6350 §3.4.
 */
export function splitEscaped(text: string, separator: ";" | "," | null): string[] {
  const parts: string[] = [];
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === "\\" && i + 1 < text.length) {
      const next = text[i + 1]!;
      current += next === "n" || next === "N" ? "\n" : next;
      i += 1;
    } else if (char === separator) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  return parts;
}

export function unescapeText(text: string): string {
  return splitEscaped(text, null).join("");
}
