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
