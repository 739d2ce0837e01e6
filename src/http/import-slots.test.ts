import { afterEach, describe, expect, it, vi } from "vitest";

// What V8 is told is the only trace of decision 114: V8 has no way to read the flag back. The
// setter is replaced here to record what the slots ask for, in order.
const asked = vi.hoisted(() => [] as number[]);
vi.mock("./heap-growth.ts", () => ({
  growHeapSlowlyWhile: (importsRunning: number) => asked.push(importsRunning),
}));

const { withImportSlot } = await import("./import-slots.ts");

/** An import that runs until `finish` is called. */
function pendingImport(server: object) {
  let finish = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return { running: withImportSlot(server, () => done), finish: () => finish() };
}

describe("the server's heap while imports run (decision 114)", () => {
  afterEach(() => {
    asked.length = 0;
  });

  it("grows slowly from the first import until the last one of the process has ended, on any server", async () => {
    const first = pendingImport({});
    const second = pendingImport({});
    expect(asked).toEqual([1, 2]);
    first.finish();
    await first.running;
    // One still runs: the heap keeps growing slowly.
    expect(asked).toEqual([1, 2, 1]);
    second.finish();
    await second.running;
    expect(asked.at(-1)).toBe(0);
  });

  it("gives V8 its defaults back when an import fails, and leaves them alone for a refused one", async () => {
    await expect(
      withImportSlot({}, async () => {
        throw new Error("the file broke off");
      }),
    ).rejects.toThrow("the file broke off");
    expect(asked).toEqual([1, 0]);

    const server = {};
    const both = [pendingImport(server), pendingImport(server)];
    await expect(withImportSlot(server, async () => "third")).rejects.toThrow(/two imports/i);
    expect(asked).toEqual([1, 0, 1, 2]);
    for (const slot of both) slot.finish();
    await Promise.all(both.map((slot) => slot.running));
    expect(asked.at(-1)).toBe(0);
  });
});
