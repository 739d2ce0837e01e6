import { Buffer } from "node:buffer";
import iconv from "iconv-lite";
import { measureUtf8 } from "../text/decode-bytes.ts";

export const CSV_ENCODINGS = ["utf-8", "utf-8-bom", "utf-16le", "windows-1252"] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

/** Bytes looked at before deciding; enough for the header and the first few hundred rows. */
const SNIFF_BYTES = 64 * 1024;

/** Filled in while decoding; `encoding` may change from utf-8 to windows-1252 late in a file. */
export interface DecodeState {
  encoding: CsvEncoding;
}

/**
 * Decodes a CSV byte stream to text. Excel writes UTF-8 with a BOM ("CSV UTF-8"), UTF-16LE with a
 * BOM ("Unicode text"), or Windows-1252 ("CSV" on a German Windows): without a BOM, bytes that are
 * not valid UTF-8 are Windows-1252. If invalid UTF-8 first shows up after the sniffed prefix, the
 * rest of the file is read as Windows-1252 and `state.encoding` says so.
 */
export async function* decodeCsvBytes(
  chunks: AsyncIterable<Buffer>,
  state: DecodeState,
  forced?: CsvEncoding,
): AsyncGenerator<string> {
  let head: Buffer[] = [];
  let headSize = 0;
  let decide: ((chunk: Buffer, final: boolean) => string) | null = null;
  for await (const chunk of chunks) {
    if (decide) {
      const text = decide(chunk, false);
      if (text) yield text;
      continue;
    }
    head.push(chunk);
    headSize += chunk.length;
    if (headSize < SNIFF_BYTES) continue;
    decide = createDecoder(Buffer.concat(head), state, forced);
    head = [];
    // The head goes on at once: held until the next chunk, a stalled upload would keep its rows
    // (and their batch) waiting, though every byte of them had arrived.
    const text = decide(Buffer.alloc(0), false);
    if (text) yield text;
  }
  decide ??= createDecoder(Buffer.concat(head), state, forced);
  const text = decide(Buffer.alloc(0), true);
  if (text) yield text;
}

function createDecoder(
  prefix: Buffer,
  state: DecodeState,
  forced?: CsvEncoding,
): (chunk: Buffer, final: boolean) => string {
  let encoding: CsvEncoding = forced ?? sniff(prefix);
  state.encoding = encoding;
  let pending = Buffer.alloc(0);
  let skipBom = encoding === "utf-8-bom" || encoding === "utf-16le";
  const utf16 = iconv.getDecoder("utf-16le");
  let first: Buffer | null = prefix;

  return (chunk, final) => {
    let bytes = first ? Buffer.concat([first, chunk]) : chunk;
    first = null;
    if (skipBom) {
      const bom = encoding === "utf-16le" ? 2 : 3;
      if (bytes.length < bom && !final) {
        first = bytes;
        return "";
      }
      if (hasBom(bytes, encoding)) bytes = bytes.subarray(bom);
      skipBom = false;
    }
    if (encoding === "utf-16le") return utf16.write(bytes) + (final ? (utf16.end() ?? "") : "");
    if (encoding === "windows-1252") return iconv.decode(bytes, "windows-1252");
    const all = pending.length > 0 ? Buffer.concat([pending, bytes]) : bytes;
    const { valid, incompleteTail } = measureUtf8(all);
    if (valid === all.length) {
      pending = Buffer.alloc(0);
      return all.toString("utf8");
    }
    if (incompleteTail && !final) {
      pending = Buffer.from(all.subarray(valid));
      return all.toString("utf8", 0, valid);
    }
    encoding = "windows-1252";
    state.encoding = encoding;
    pending = Buffer.alloc(0);
    return all.toString("utf8", 0, valid) + iconv.decode(all.subarray(valid), "windows-1252");
  };
}

function hasBom(bytes: Buffer, encoding: CsvEncoding): boolean {
  if (encoding === "utf-16le") return bytes[0] === 0xff && bytes[1] === 0xfe;
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function sniff(prefix: Buffer): CsvEncoding {
  if (hasBom(prefix, "utf-8-bom")) return "utf-8-bom";
  if (hasBom(prefix, "utf-16le")) return "utf-16le";
  const { valid, incompleteTail } = measureUtf8(prefix);
  return valid === prefix.length || incompleteTail ? "utf-8" : "windows-1252";
}
