import type { IsoDate } from "../dates.ts";
import type { TenderDates } from "./tender.ts";

export const TENDER_PHASES = [
  "before_publication",
  "procedure_running",
  "standstill_award",
  "closed",
] as const;
export type TenderPhase = (typeof TENDER_PHASES)[number];

const reached = (day: IsoDate | null | undefined, today: IsoDate): boolean => !!day && day <= today;

/**
 * Where a tender stands on `today`. Each phase begins on its day: a notice sent today puts the
 * tender into the running procedure today, because contact rules must hold from that day on.
 */
export function tenderPhase(dates: TenderDates, today: IsoDate): TenderPhase {
  if (reached(dates.awardedOn, today) || reached(dates.cancelledOn, today)) return "closed";
  if (reached(dates.awardNoticeSentOn, today)) return "standstill_award";
  if (reached(dates.publishedOn, today)) return "procedure_running";
  return "before_publication";
}
