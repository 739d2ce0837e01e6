import { describe, expect, it } from "vitest";
import { newBulkId } from "./bulk-ids.ts";

describe("newBulkId", () => {
  it("makes distinct UUIDv7 ids that sort by time, across pool refills", () => {
    const ids = Array.from({ length: 2000 }, (_, i) => newBulkId(1_700_000_000_000 + i));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
  });
});

describe("newBulkId layout", () => {
  it("puts the millisecond in the first 48 bits, like newId", () => {
    const ms = 0x0123_4567_89ab;
    for (let i = 0; i < 600; i += 1) expect(newBulkId(ms).slice(0, 13)).toBe("01234567-89ab");
    expect(newBulkId(1).slice(0, 13)).toBe("00000000-0001");
  });

  it("draws all 74 random bits, not a repeated pattern", () => {
    const ids = Array.from({ length: 4000 }, () => newBulkId(5).replace(/-/g, "").slice(13));
    const seen = Array.from({ length: 19 }, () => new Set<string>());
    for (const id of ids) for (let i = 0; i < id.length; i += 1) seen[i]?.add(id[i] ?? "");
    // Position 0 is the version's low nibble, 3 holds the variant bits: 4 values; the rest take all 16.
    expect(seen.map((s) => s.size)).toEqual([
      16, 16, 16, 4, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
    ]);
  });
});
