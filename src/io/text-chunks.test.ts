import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textChunks } from "./text-chunks.ts";

async function* from(pieces: string[]): AsyncGenerator<string> {
  yield* pieces;
}

async function collect(source: AsyncIterable<string>): Promise<string[]> {
  const chunks: string[] = [];
  for await (const chunk of source) chunks.push(chunk);
  return chunks;
}

describe("textChunks", () => {
  it("keeps the text as it was, in chunks no smaller than asked but the last, none empty", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ maxLength: 40 })),
        fc.integer({ min: 1, max: 100 }),
        async (pieces, size) => {
          const chunks = await collect(textChunks(from(pieces), size));
          expect(chunks.join("")).toBe(pieces.join(""));
          for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThanOrEqual(size);
          for (const chunk of chunks) expect(chunk.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it("joins 100,000 lines into a handful of writes", async () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `Kunde ${i};kunde${i}@example.test\r\n`);
    const chunks = await collect(textChunks(from(lines)));
    expect(chunks.length).toBeLessThan(60);
  });
});
