/** About what a socket or a file takes in one write. */
export const TEXT_CHUNK_CHARS = 64 * 1024;

/**
 * Joins the small pieces of a streamed text (an export yields one line or card per contact) into
 * chunks of about `size` characters: 100,000 writes of a line each cost an export more time than
 * writing the lines themselves, on a socket and in a file alike.
 */
export async function* textChunks(
  pieces: AsyncIterable<string>,
  size: number = TEXT_CHUNK_CHARS,
): AsyncGenerator<string> {
  let parts: string[] = [];
  let length = 0;
  for await (const piece of pieces) {
    parts.push(piece);
    length += piece.length;
    if (length < size) continue;
    yield parts.join("");
    parts = [];
    length = 0;
  }
  if (length > 0) yield parts.join("");
}
