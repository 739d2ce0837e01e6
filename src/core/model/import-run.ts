import type { IsoDateTime } from "../dates.ts";
import type { Localized } from "../locale.ts";

/**
 * What the database says of an import: still running, ran to the end of the file, or stopped
 * early (the upload was cancelled or broke off, a batch could not be written). Whole batches
 * before a stop stay stored, and the counts say how many.
 */
export const IMPORT_RUN_OUTCOMES = ["running", "complete", "stopped"] as const;
export type ImportRunOutcome = (typeof IMPORT_RUN_OUTCOMES)[number];

/** As shown: a run that has said nothing for a long time is not running any more. */
export const IMPORT_RUN_STATES = [...IMPORT_RUN_OUTCOMES, "interrupted"] as const;
export type ImportRunState = (typeof IMPORT_RUN_STATES)[number];

/**
 * A running import brings its row up to date with every batch, a few times a second. A row left
 * "running" and silent for this long belongs to an import whose process ended without finishing
 * it (a crash, a killed CLI): whatever it stored is in its counts, the rest of its file is not.
 */
export const IMPORT_RUN_SILENT_MS = 10 * 60 * 1000;

export interface ImportRunCounts {
  /** Every record the file held, good or bad: rowsRead = created + merged + skipped + failed. */
  rowsRead: number;
  created: number;
  merged: number;
  /**
   * Of `merged`, the rows merged into people who were there before the import; the rest went into
   * people the same file created. Undoing the import leaves only these additions behind.
   */
  mergedIntoExisting: number;
  skipped: number;
  failed: number;
  companiesCreated: number;
  /** Partners, children … named in a contact's related names, created as non-contact people. */
  familyMembersCreated: number;
}

/** An import before its first row. */
export const NO_IMPORT_COUNTS: Readonly<ImportRunCounts> = {
  rowsRead: 0,
  created: 0,
  merged: 0,
  mergedIntoExisting: 0,
  skipped: 0,
  failed: 0,
  companiesCreated: 0,
  familyMembersCreated: 0,
};

export interface ImportRunEntry extends ImportRunCounts {
  id: string;
  userId: string;
  format: string;
  fileName: string | null;
  onDuplicate: string;
  outcome: ImportRunOutcome;
  stopReason: Localized | null;
  startedAt: IsoDateTime;
  updatedAt: IsoDateTime;
  finishedAt: IsoDateTime | null;
  /** Set once the import was undone: when, how many people it removed and how many it kept. */
  undone: { at: IsoDateTime; removed: number; kept: number } | null;
}

export function importRunState(
  run: Pick<ImportRunEntry, "outcome" | "updatedAt">,
  now: IsoDateTime,
): ImportRunState {
  if (run.outcome !== "running") return run.outcome;
  const silentMs = Date.parse(now) - Date.parse(run.updatedAt);
  return silentMs > IMPORT_RUN_SILENT_MS ? "interrupted" : "running";
}
