import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRng } from "./random.ts";

describe("createRng", () => {
  it("repeats the same sequence for the same seed and differs for another", () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
  });

  it("forks by label, independent of how much the parent has consumed", () => {
    const fresh = createRng("s").fork("company/3");
    const used = createRng("s");
    for (let i = 0; i < 100; i++) used.next();
    const forked = used.fork("company/3");
    expect(Array.from({ length: 5 }, () => forked.next())).toEqual(
      Array.from({ length: 5 }, () => fresh.next()),
    );
    expect(createRng("s").fork("company/4").next()).not.toBe(createRng("s").fork("company/3").next());
  });

  it("int stays within its inclusive bounds and reaches both ends", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -1000, max: 1000 }), fc.nat(20), (seed, min, width) => {
        const rng = createRng(seed);
        const values = Array.from({ length: 200 }, () => rng.int(min, min + width));
        expect(values.every((v) => Number.isInteger(v) && v >= min && v <= min + width)).toBe(true);
        if (width <= 3) expect(new Set(values).size).toBe(width + 1);
      }),
    );
  });

  it("is roughly uniform: the mean of many draws is near one half", () => {
    const rng = createRng(7);
    const mean = Array.from({ length: 20_000 }, () => rng.next()).reduce((s, v) => s + v, 0) / 20_000;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });

  it("shuffle is a permutation and sample returns distinct items", () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.integer(), { maxLength: 30 }), (seed, items) => {
        const rng = createRng(seed);
        expect([...rng.shuffle(items)].sort()).toEqual([...items].sort());
        const distinct = [...new Set(items)];
        const sample = rng.sample(distinct, 5);
        expect(new Set(sample).size).toBe(sample.length);
        expect(sample.length).toBe(Math.min(5, distinct.length));
      }),
    );
  });

  it("weighted never picks a zero-weight entry", () => {
    const rng = createRng(1);
    const picks = Array.from({ length: 500 }, () =>
      rng.weighted([
        ["a", 1],
        ["b", 0],
        ["c", 3],
      ] as const),
    );
    expect(picks).not.toContain("b");
    expect(picks.filter((p) => p === "c").length).toBeGreaterThan(picks.filter((p) => p === "a").length);
  });
});
