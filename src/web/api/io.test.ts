import { describe, expect, it } from "vitest";
import { newRunId } from "./io.ts";

describe("newRunId", () => {
  it("draws version-4 UUIDs, as the server's runId check wants them, each one new", () => {
    const ids = Array.from({ length: 2000 }, newRunId);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
