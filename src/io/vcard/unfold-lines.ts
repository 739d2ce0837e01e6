import { Buffer } from "node:buffer";
import type { ByteLine } from "../text/read-lines.ts";

/** A content line after unfolding; `line` is the physical line it starts on. */
export interface LogicalLine {
  line: number;
  bytes: Buffer;
  cut: boolean;
}

const SPACE = 0x20;
const TAB = 0x09;
const EQUALS = 0x3d;
const COLON = 0x3a;

/**
 * Joins folded lines (RFC 6350 §3.2: a line break followed by a space or tab) and vCard 2.1
 * quoted-printable soft line breaks (a value line ending in "=" continues on the next line, which
 * does not start with white space). The joined line is capped at `maxBytes`.
 */
export async function* unfoldLines(
  lines: AsyncIterable<ByteLine>,
  maxBytes: number,
): AsyncGenerator<LogicalLine> {
  let current: {
    line: number;
    parts: Buffer[];
    size: number;
    cut: boolean;
    quotedPrintable: boolean;
  } | null = null;

  const append = (piece: Buffer, cut: boolean): void => {
    if (!current) return;
    if (cut) current.cut = true;
    const room = maxBytes - current.size;
    if (room <= 0) {
      if (piece.length > 0) current.cut = true;
      return;
    }
    const kept = piece.length > room ? piece.subarray(0, room) : piece;
    if (kept.length < piece.length) current.cut = true;
    current.parts.push(kept);
    current.size += kept.length;
  };
  const endsWithSoftBreak = (): boolean => {
    if (!current?.quotedPrintable || current.cut) return false;
    const last = current.parts[current.parts.length - 1];
    return last !== undefined && last.length > 0 && last[last.length - 1] === EQUALS;
  };
  const flush = (): LogicalLine | null => {
    if (!current) return null;
    const result = {
      line: current.line,
      bytes: Buffer.concat(current.parts, current.size),
      cut: current.cut,
    };
    current = null;
    return result;
  };

  for await (const physical of lines) {
    const first = physical.bytes[0];
    if (current && endsWithSoftBreak()) {
      const last = current.parts.pop()!;
      current.parts.push(last.subarray(0, last.length - 1));
      current.size -= 1;
      append(physical.bytes, physical.cut);
      continue;
    }
    if (current && (first === SPACE || first === TAB)) {
      append(physical.bytes.subarray(1), physical.cut);
      continue;
    }
    const done = flush();
    if (done) yield done;
    current = {
      line: physical.line,
      parts: [],
      size: 0,
      cut: false,
      quotedPrintable: isQuotedPrintable(physical.bytes),
    };
    append(physical.bytes, physical.cut);
  }
  const done = flush();
  if (done) yield done;
}

function isQuotedPrintable(bytes: Buffer): boolean {
  const colon = bytes.indexOf(COLON);
  const head = (colon < 0 ? bytes : bytes.subarray(0, colon)).toString("latin1");
  return /QUOTED-PRINTABLE/i.test(head);
}
