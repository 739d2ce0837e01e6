import { Buffer } from "node:buffer";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readLines } from "./read-lines.ts";

async function linesOf(chunks: string[], max = 1000): Promise<string[]> {
  async function* source() {
    for (const chunk of chunks) yield Buffer.from(chunk, "latin1");
  }
  const lines: string[] = [];
  for await (const line of readLines(source(), max))
    lines.push(line.bytes.toString("latin1") + (line.cut ? "…" : ""));
  return lines;
}

describe("readLines", () => {
  it("splits the same way however CRLF pairs are cut into chunks", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom("a", "b", "\r", "\n", "\r\n"), maxLength: 40 }),
        fc.integer({ min: 1, max: 5 }),
        async (text, size) => {
          const chunks: string[] = [];
          for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
          expect(await linesOf(chunks)).toEqual(await linesOf([text]));
        },
      ),
    );
  });

  it("cuts a line at the limit and keeps counting lines after it", async () => {
    expect(await linesOf(["abcdef", "ghij\r\nxy\n"], 4)).toEqual(["abcd…", "xy"]);
  });
});
