import type { Locale } from "../core/locale.ts";

// One line of progress on stderr for the long commands (import, export, backup, restore). It is
// drawn only on a terminal: in a pipe or a log file, carriage returns would pile up into one
// endless line, and the command's result (stdout, or the file) is what a script wants.

/** Cells of the bar; with the text the line stays within 80 columns. */
const BAR_CELLS = 20;
/** Redrawing more often than this only costs time; the eye does not see it. */
const REDRAW_MS = 250;

/** "[████████░░░░░░░░░░░░]  40 %" for a known fraction, "" when the whole is unknown. */
export function progressBar(fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return "";
  const clamped = Math.min(1, Math.max(0, fraction));
  const filled = Math.floor(clamped * BAR_CELLS);
  const percent = String(Math.floor(clamped * 100)).padStart(3);
  return `[${"█".repeat(filled)}${"░".repeat(BAR_CELLS - filled)}] ${percent} %`;
}

const NUMBER_FORMATS: Record<Locale, Intl.NumberFormat> = {
  de: new Intl.NumberFormat("de-DE"),
  en: new Intl.NumberFormat("en-GB"),
};

/** Counts as the user's language writes them: "100.000" / "100,000". One formatter per language. */
export function numberFormat(locale: Locale): Intl.NumberFormat {
  return NUMBER_FORMATS[locale];
}

export interface ProgressTarget {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** Where progress goes when it must not be drawn (the terminal shows the command's output). */
const NOWHERE: ProgressTarget = { isTTY: false, write: () => undefined };

/**
 * Where a command's progress goes: stderr, unless the command writes its data to standard output
 * and that is the terminal, where a progress line would run through the exported text.
 */
export function progressTarget(dataOnStdout: boolean): ProgressTarget {
  return dataOnStdout && process.stdout.isTTY ? NOWHERE : process.stderr;
}

export interface ProgressLine {
  /**
   * Redraws the line, at most every REDRAW_MS unless `force`. The text may be given as a function:
   * a caller that reports every contact then builds it only when it is drawn (building it 100,000
   * times took an export a quarter of its time).
   */
  show(text: string | (() => string), fraction?: number | null, force?: boolean): void;
  /**
   * Ends the line, if one was drawn, so that what follows starts on a line of its own; with a text,
   * the final state is drawn first (the last update may have fallen within the redraw pause).
   */
  end(last?: { text: string; fraction?: number | null }): void;
}

export function progressLine(
  target: ProgressTarget = process.stderr,
  now: () => number = () => performance.now(),
): ProgressLine {
  const enabled = target.isTTY === true;
  let shownAt = Number.NEGATIVE_INFINITY;
  let width = 0;
  return {
    show(text, fraction = null, force = false) {
      if (!enabled) return;
      const at = now();
      if (!force && at - shownAt < REDRAW_MS) return;
      shownAt = at;
      const bar = progressBar(fraction);
      const shown = typeof text === "function" ? text() : text;
      const line = bar ? `${bar} · ${shown}` : shown;
      // Spaces over the rest of a longer previous line.
      target.write(`\r${line}${" ".repeat(Math.max(0, width - line.length))}`);
      width = line.length;
    },
    end(last) {
      if (last && width > 0) this.show(last.text, last.fraction ?? null, true);
      if (width > 0) target.write("\n");
      width = 0;
    },
  };
}

/** "6.212/s", or "" in the first instant, when a rate would be noise. */
export function ratePerSecond(count: number, elapsedMs: number, locale: Locale): string {
  if (elapsedMs < 200) return "";
  return `${numberFormat(locale).format(Math.round(count / (elapsedMs / 1000)))}/s`;
}

/**
 * Passes a byte stream through and reports how many bytes went by: a file's size against it gives
 * the bar of an import or a restore, whose rows are counted only as they are read.
 */
export async function* countingBytes(
  source: AsyncIterable<Uint8Array>,
  onBytes: (total: number) => void,
): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of source) {
    total += chunk.length;
    onBytes(total);
    yield chunk;
  }
}
