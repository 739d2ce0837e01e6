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
const Q_UPPER = 0x51;
const Q_LOWER = 0x71;

interface PendingLine {
  line: number;
  parts: Buffer[];
  size: number;
  cut: boolean;
  quotedPrintable: boolean;
}

/**
 * Joins folded lines (RFC 6350 §3.2: a line break followed by a space or tab) and vCard 2.1
 * quoted-printable soft line breaks (a value line ending in "=" continues on the next line, which
 * does not start with white space). The joined line is capped at `maxBytes`. Fed one physical
 * line at a time; synchronous, so a reader can unfold a whole chunk's lines in one step.
 */
export class LineUnfolder {
  private current: PendingLine | null = null;

  constructor(private readonly maxBytes: number) {}

  /** Adds the next physical line; returns the logical line it completed, if any. */
  push(physical: ByteLine): LogicalLine | null {
    const current = this.current;
    const first = physical.bytes[0];
    if (current && this.endsWithSoftBreak(current)) {
      const last = current.parts.pop()!;
      current.parts.push(last.subarray(0, last.length - 1));
      current.size -= 1;
      this.append(current, physical.bytes, physical.cut);
      return null;
    }
    if (current && (first === SPACE || first === TAB)) {
      this.append(current, physical.bytes.subarray(1), physical.cut);
      return null;
    }
    const done = this.end();
    const next: PendingLine = {
      line: physical.line,
      parts: [],
      size: 0,
      cut: false,
      quotedPrintable: isQuotedPrintable(physical.bytes),
    };
    this.append(next, physical.bytes, physical.cut);
    this.current = next;
    return done;
  }

  /** The logical line still open (at the end of the input), if any. */
  end(): LogicalLine | null {
    const current = this.current;
    if (!current) return null;
    this.current = null;
    // Most lines are not folded: one part is the line itself, without a copy.
    const { parts } = current;
    return {
      line: current.line,
      bytes: parts.length === 1 ? parts[0]! : Buffer.concat(parts, current.size),
      cut: current.cut,
    };
  }

  private append(current: PendingLine, piece: Buffer, cut: boolean): void {
    if (cut) current.cut = true;
    const room = this.maxBytes - current.size;
    if (room <= 0) {
      if (piece.length > 0) current.cut = true;
      return;
    }
    const kept = piece.length > room ? piece.subarray(0, room) : piece;
    if (kept.length < piece.length) current.cut = true;
    current.parts.push(kept);
    current.size += kept.length;
  }

  private endsWithSoftBreak(current: PendingLine): boolean {
    if (!current.quotedPrintable || current.cut) return false;
    const last = current.parts[current.parts.length - 1];
    return last !== undefined && last.length > 0 && last[last.length - 1] === EQUALS;
  }
}

function isQuotedPrintable(bytes: Buffer): boolean {
  const colon = bytes.indexOf(COLON);
  const end = colon < 0 ? bytes.length : colon;
  // Without a Q there is no QUOTED-PRINTABLE: most heads are decided without decoding them.
  let hasQ = false;
  for (let i = 0; i < end && !hasQ; i++) hasQ = bytes[i] === Q_UPPER || bytes[i] === Q_LOWER;
  return hasQ && /QUOTED-PRINTABLE/i.test(bytes.toString("latin1", 0, end));
}
