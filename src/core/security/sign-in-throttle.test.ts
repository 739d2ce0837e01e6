import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  afterFailure,
  FREE_ATTEMPTS,
  lockSecondsAfter,
  MAX_LOCK_SECONDS,
  retryAfterSeconds,
} from "./sign-in-throttle.ts";

const NOW = "2026-11-27T09:00:00.000Z";

describe("sign-in throttle", () => {
  it("allows the first attempts, then locks for 30 s, 60 s, 120 s …", () => {
    let state = { failures: 0, lockedUntil: null as string | null };
    for (let i = 0; i < FREE_ATTEMPTS - 1; i += 1) {
      state = afterFailure(state, NOW);
      expect(retryAfterSeconds(state, NOW)).toBe(0);
    }
    state = afterFailure(state, NOW);
    expect(retryAfterSeconds(state, NOW)).toBe(30);
    state = afterFailure(state, NOW);
    expect(retryAfterSeconds(state, NOW)).toBe(60);
    expect(retryAfterSeconds(state, "2026-11-27T09:01:00.000Z")).toBe(0);
  });

  it("never shortens the lock as failures grow, and never exceeds an hour", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), (failures) => {
        expect(lockSecondsAfter(failures + 1)).toBeGreaterThanOrEqual(lockSecondsAfter(failures));
        expect(lockSecondsAfter(failures)).toBeLessThanOrEqual(MAX_LOCK_SECONDS);
      }),
    );
  });
});
