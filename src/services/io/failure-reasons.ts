import type { Localized } from "../../core/locale.ts";

/** "Zeile 12: " / "row 12: " in front of a reason: where, not why; left out when reasons are counted. */
const POSITION_PREFIX = /^(?:zeile|dateizeile|row|line|file line)\s+\d+:\s*/i;
/** Distinct reasons counted. A file of bad dates has one per date; beyond this they are "other". */
const REASONS_COUNTED = 200;
/** Reasons the report names, most frequent first. */
export const REASONS_REPORTED = 20;

export interface FailureReasonCount {
  /** The reason without the row it was given for. */
  reason: Localized;
  /** Failed rows with this reason. */
  count: number;
}

export interface FailureReasons {
  /** At most REASONS_REPORTED, most frequent first; equally frequent ones in file order. */
  reasons: FailureReasonCount[];
  /** Failed rows whose reason is not among `reasons`. */
  otherRows: number;
}

/**
 * The reason without the cell's value, which reasons quote last ("Geburtstag (Spalte
 * „Geburtstag“) „31.02.1980“ ist kein gültiges Datum" → "… „…“ ist kein gültiges Datum"): a column
 * of dates in a format nobody reads fails every row with its own value, and is one reason.
 */
function withoutLastQuoted(text: string, open: string, close: string): string {
  const end = text.lastIndexOf(close);
  const start = end > 0 ? text.lastIndexOf(open, end - 1) : -1;
  return start < 0 ? text : `${text.slice(0, start + 1)}…${text.slice(end)}`;
}

/**
 * How often each reason made a row fail, whatever the row and the value it failed with. A list of
 * failures row by row shows the first thousand; counted by reason, it says at once that 24,980
 * rows of a file have no name (a column mapped wrongly) and 12 a birthday that does not exist.
 */
export class FailureReasonCounter {
  /** By the English text, row and value left out. */
  private readonly byText = new Map<string, FailureReasonCount>();
  /** Failed rows whose reason came after REASONS_COUNTED distinct ones. */
  private uncounted = 0;

  add(reason: Localized): void {
    const en = withoutLastQuoted(reason.en.replace(POSITION_PREFIX, ""), "'", "'");
    const known = this.byText.get(en);
    if (known) known.count += 1;
    else if (this.byText.size < REASONS_COUNTED) {
      const de = withoutLastQuoted(reason.de.replace(POSITION_PREFIX, ""), "„", "“");
      this.byText.set(en, { reason: { de, en }, count: 1 });
    } else this.uncounted += 1;
  }

  result(): FailureReasons {
    // Array.prototype.sort is stable: equally frequent reasons keep the order they first occurred in.
    const sorted = [...this.byText.values()].sort((a, b) => b.count - a.count);
    const reasons = sorted.slice(0, REASONS_REPORTED).map((entry) => ({ ...entry }));
    const rest = sorted.slice(REASONS_REPORTED).reduce((sum, entry) => sum + entry.count, 0);
    return { reasons, otherRows: rest + this.uncounted };
  }
}
