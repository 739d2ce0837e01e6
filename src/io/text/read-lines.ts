import { Buffer } from "node:buffer";

export interface ByteLine {
  /** 1-based physical line number. */
  line: number;
  /** The line without its line break, cut at the limit. */
  bytes: Buffer;
  /** True when the line was longer than the limit and the rest was dropped. */
  cut: boolean;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * Splits a byte stream into physical lines (LF, CRLF or a lone CR), handed out per chunk: the
 * lines that end in it. A line longer than `maxLineBytes` is cut: its head is kept and the rest is
 * skipped without being stored, so a 10 MB line of junk costs at most `maxLineBytes` of memory.
 *
 * A line that lies within one chunk is a view of that chunk, not a copy (a copy per line was most
 * of the garbage of reading a large vCard file); only a line spanning chunks is copied together.
 * Chunks must therefore not be reused by the source, which no stream does. Lines come in one array
 * per chunk because an async generator costs promises per step: a step per line was a third of
 * reading a vCard file of 100,000 cards.
 */
export async function* readLineBatches(
  chunks: AsyncIterable<Buffer>,
  maxLineBytes: number,
): AsyncGenerator<ByteLine[]> {
  let parts: Buffer[] = [];
  let size = 0;
  let cut = false;
  let lineNo = 1;
  let afterCr = false;

  const take = (): ByteLine => {
    const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    const result = { line: lineNo, bytes, cut };
    parts = [];
    size = 0;
    cut = false;
    lineNo += 1;
    return result;
  };
  const append = (piece: Buffer): void => {
    if (piece.length === 0) return;
    const room = maxLineBytes - size;
    if (room <= 0) {
      cut = true;
      return;
    }
    const kept = piece.length > room ? piece.subarray(0, room) : piece;
    if (kept.length < piece.length) cut = true;
    parts.push(kept);
    size += kept.length;
  };

  for await (const chunk of chunks) {
    const lines: ByteLine[] = [];
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte !== LF && byte !== CR) continue;
      if (byte === LF && afterCr && i === start) {
        // Second half of a CRLF split across the previous line break.
        afterCr = false;
        start = i + 1;
        continue;
      }
      append(chunk.subarray(start, i));
      lines.push(take());
      afterCr = byte === CR;
      if (afterCr && chunk[i + 1] === LF) {
        i += 1;
        afterCr = false;
      }
      start = i + 1;
    }
    if (start < chunk.length) {
      afterCr = false;
      append(chunk.subarray(start));
    }
    if (lines.length > 0) yield lines;
  }
  if (size > 0 || cut) yield [take()];
}

/** The same lines one at a time, for a reader whose work per line outweighs a step (a backup row). */
export async function* readLines(
  chunks: AsyncIterable<Buffer>,
  maxLineBytes: number,
): AsyncGenerator<ByteLine> {
  for await (const lines of readLineBatches(chunks, maxLineBytes)) yield* lines;
}
