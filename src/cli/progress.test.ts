import { describe, expect, it } from "vitest";
import { countingBytes, progressBar, progressLine, ratePerSecond } from "./progress.ts";

/** A terminal (or not) that keeps what was written, and a clock the test moves. */
function terminal(isTTY: boolean) {
  const written: string[] = [];
  let time = 0;
  return {
    target: { isTTY, write: (text: string) => written.push(text) },
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
    written,
  };
}

describe("progressBar", () => {
  it("fills a cell per twentieth and names the whole percent, clamped to the bar", () => {
    expect(progressBar(0)).toBe(`[${"░".repeat(20)}]   0 %`);
    expect(progressBar(0.5)).toBe(`[${"█".repeat(10)}${"░".repeat(10)}]  50 %`);
    expect(progressBar(0.999)).toBe(`[${"█".repeat(19)}░]  99 %`);
    expect(progressBar(1)).toBe(`[${"█".repeat(20)}] 100 %`);
    expect(progressBar(1.7)).toBe(progressBar(1));
    expect(progressBar(-1)).toBe(progressBar(0));
  });

  it("draws no bar when the whole is unknown", () => {
    expect(progressBar(null)).toBe("");
    expect(progressBar(Number.NaN)).toBe("");
    expect(progressBar(Number.POSITIVE_INFINITY)).toBe("");
  });
});

describe("progressLine", () => {
  it("on a terminal: redraws one line at most every 250 ms, covers a longer line, and ends it", () => {
    const tty = terminal(true);
    const line = progressLine(tty.target, tty.now);
    line.show("12.000 Zeilen", 0.5);
    tty.advance(100);
    line.show("14.000 Zeilen", 0.6);
    expect(tty.written).toEqual([`\r${progressBar(0.5)} · 12.000 Zeilen`]);
    tty.advance(200);
    line.show("fast fertig");
    expect(tty.written[1]).toBe(
      `\rfast fertig${" ".repeat(`${progressBar(0.5)} · 12.000 Zeilen`.length - 11)}`,
    );
    line.show("Ende", 1, true);
    expect(tty.written[2]).toMatch(/^\r\[█{20}\] 100 % · Ende\s*$/);
    line.end();
    expect(tty.written.at(-1)).toBe("\n");
    line.end();
    expect(tty.written.filter((text) => text === "\n")).toHaveLength(1);
  });

  it("draws the final state when it ends, even within the pause", () => {
    const tty = terminal(true);
    const line = progressLine(tty.target, tty.now);
    line.show("1.000 Zeilen", 0.1);
    line.end({ text: "2.000 Zeilen", fraction: 1 });
    expect(tty.written.slice(1)).toEqual([`\r${progressBar(1)} · 2.000 Zeilen`, "\n"]);
  });

  it("builds a text given as a function only when it draws it", () => {
    let built = 0;
    const text = () => {
      built += 1;
      return `${built}. Stand`;
    };
    const tty = terminal(true);
    const line = progressLine(tty.target, tty.now);
    for (let i = 0; i < 1000; i += 1) line.show(text, 0.5);
    tty.advance(300);
    line.show(text, 0.6);
    expect(built).toBe(2);
    expect(tty.written.at(-1)).toContain("2. Stand");
    const pipe = terminal(false);
    progressLine(pipe.target, pipe.now).show(text, 0.5, true);
    expect(built).toBe(2);
  });

  it("writes nothing into a pipe or a log file", () => {
    const pipe = terminal(false);
    const line = progressLine(pipe.target, pipe.now);
    line.show("12.000 Zeilen", 0.5, true);
    line.end({ text: "fertig", fraction: 1 });
    expect(pipe.written).toEqual([]);
  });
});

describe("ratePerSecond and countingBytes", () => {
  it("gives a rate in the reader's digits, but not in the first instant", () => {
    expect(ratePerSecond(12_500, 2_000, "de")).toBe("6.250/s");
    expect(ratePerSecond(12_500, 2_000, "en")).toBe("6,250/s");
    expect(ratePerSecond(10, 50, "en")).toBe("");
  });

  it("passes every chunk through unchanged and reports the running total", async () => {
    const totals: number[] = [];
    const chunks = [new Uint8Array(3), new Uint8Array(0), new Uint8Array(5)];
    const passed: Uint8Array[] = [];
    for await (const chunk of countingBytes(
      (async function* () {
        yield* chunks;
      })(),
      (total) => totals.push(total),
    )) {
      passed.push(chunk);
    }
    expect(passed).toEqual(chunks);
    expect(totals).toEqual([3, 3, 8]);
  });
});
