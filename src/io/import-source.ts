import { Buffer } from "node:buffer";

/**
 * Anything an import can read from: a whole text or byte buffer, or a stream of chunks (a Node
 * Readable, a web ReadableStream's async iterator, an upload body). Streams are never collected.
 */
export type ImportSource =
  | string
  | Uint8Array
  | Iterable<string | Uint8Array>
  | AsyncIterable<string | Uint8Array>;

/** Yields the source as byte chunks; strings are encoded as UTF-8. */
export async function* readByteChunks(source: ImportSource): AsyncGenerator<Buffer> {
  if (typeof source === "string") {
    yield Buffer.from(source, "utf8");
    return;
  }
  if (source instanceof Uint8Array) {
    yield toBuffer(source);
    return;
  }
  for await (const chunk of source) {
    yield typeof chunk === "string" ? Buffer.from(chunk, "utf8") : toBuffer(chunk);
  }
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
