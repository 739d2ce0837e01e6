import { Buffer } from "node:buffer";

/** RFC 5545 §3.1 and RFC 6350 §3.2: lines SHOULD NOT be longer than 75 octets, excluding CRLF. */
export const MAX_LINE_OCTETS = 75;

/**
 * Folds one content line into physical lines of at most 75 octets, joined with CRLF + space.
 * Cuts only between characters, so a multi-byte UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line, "utf8") <= MAX_LINE_OCTETS) return line;
  const pieces: string[] = [];
  let current = "";
  let octets = 0;
  // The continuation's leading space counts towards its 75 octets.
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    if (octets + size > limit) {
      pieces.push(current);
      current = "";
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join("\r\n ");
}
