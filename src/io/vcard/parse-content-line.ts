import type { Buffer } from "node:buffer";
import { decodeText } from "../text/decode-bytes.ts";
import type { LogicalLine } from "./unfold-lines.ts";

/** One vCard property: `item1.EMAIL;TYPE=work:jan@example.com`. */
export interface VcardProperty {
  line: number;
  /** Lower-cased group ("item1"), which ties Apple's X-ABLabel to its property. */
  group: string | null;
  /** Upper-cased property name. */
  name: string;
  /** Upper-cased parameter names; values unquoted, TYPE split at commas and lower-cased. */
  params: ReadonlyMap<string, string[]>;
  value: Buffer;
  cut: boolean;
}

const COLON = 0x3a;
const QUOTE = 0x22;

// vCard 2.1 writes parameters without a name: `TEL;WORK;VOICE:` and `NOTE;QUOTED-PRINTABLE:`.
const BARE_ENCODINGS = new Set(["QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"]);
/** Shared by every property without parameters (most of them); read-only by its type. */
const NO_PARAMS: ReadonlyMap<string, string[]> = new Map();

/** Splits a content line into group, name, parameters and raw value; null when it has no colon. */
export function parseContentLine(logical: LogicalLine): VcardProperty | null {
  const { bytes } = logical;
  let inQuotes = false;
  let ascii = true;
  let colon = -1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === QUOTE) inQuotes = !inQuotes;
    else if (b === COLON && !inQuotes) {
      colon = i;
      break;
    } else if (b >= 0x80) ascii = false;
  }
  if (colon <= 0) return null;
  // A head of plain ASCII (nearly every one) reads the same in any charset.
  const head = ascii ? bytes.toString("latin1", 0, colon) : decodeText(bytes.subarray(0, colon));
  const segments = splitOutsideQuotes(head, ";");
  const nameWithGroup = segments[0] ?? "";
  const dot = nameWithGroup.lastIndexOf(".");
  const name = nameWithGroup
    .slice(dot + 1)
    .trim()
    .toUpperCase();
  if (!/^[A-Z0-9-]+$/.test(name)) return null;
  const group = dot > 0 ? nameWithGroup.slice(0, dot).trim().toLowerCase() : null;

  let params: Map<string, string[]> | null = null;
  for (let s = 1; s < segments.length; s++) {
    const raw = segments[s]!;
    const eq = raw.indexOf("=");
    if (eq < 0) {
      const bare = raw.trim().toUpperCase();
      if (bare === "") continue;
      if (BARE_ENCODINGS.has(bare)) params = addParam(params, "ENCODING", [bare]);
      else params = addParam(params, "TYPE", [bare.toLowerCase()]);
      continue;
    }
    const key = raw.slice(0, eq).trim().toUpperCase();
    const values = splitOutsideQuotes(raw.slice(eq + 1), ",").map(unquote);
    if (key === "TYPE") {
      params = addParam(
        params,
        key,
        values.flatMap((v) => v.split(",")).map((v) => v.trim().toLowerCase()),
      );
    } else params = addParam(params, key, values);
  }
  return {
    line: logical.line,
    group,
    name,
    params: params ?? NO_PARAMS,
    value: bytes.subarray(colon + 1),
    cut: logical.cut,
  };
}

/** Adds values to a parameter, creating the map for the first one. */
function addParam(
  params: Map<string, string[]> | null,
  key: string,
  values: string[],
): Map<string, string[]> {
  const map = params ?? new Map<string, string[]>();
  const known = map.get(key);
  if (known) known.push(...values);
  else map.set(key, values);
  return map;
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  // Without quotes every separator splits: the common case, and the native split is much faster.
  if (!text.includes('"')) return text.split(separator);
  const parts: string[] = [];
  let current = "";
  let inQuotes = false;
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    if (char === separator && !inQuotes) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  return parts;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
    ? trimmed.slice(1, -1)
    : trimmed;
}
