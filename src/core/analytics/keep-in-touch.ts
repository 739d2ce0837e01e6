// Keep-in-touch health (Kontaktpflege): how many contacts are within their cadence, how overdue the
// rest are, and how the warmth of all contacts is spread — today from the contacts' signals, and at
// each of the last twelve month ends, reconstructed from their histories as they were on that day.
import { BAND_LABELS, WARMTH_BANDS, type WarmthBand, warmthBand } from "../coverage/index.ts";
import { dayOf, type IsoDateTime } from "../dates.ts";
import type { Localized } from "../locale.ts";
import { type ContactSignals, dueState, measureWarmth } from "../relationship/index.ts";
import { type ContactTimeline, existedAt, signalsAt } from "./contact-history.ts";
import type { FigureBody, FigureRow, FigureTable } from "./figure.ts";
import { endOfDay, lastMonths, monthEndDay } from "./periods.ts";
import { isSmallSample, NOUNS, smallSampleCaution } from "./small-sample.ts";
import { ratio, roundShare } from "./stats.ts";

export const HISTORY_MONTHS = 12;

export const OVERDUE_BUCKETS = ["on_time", "d1_7", "d8_30", "d31_90", "d91_365", "over_365"] as const;
export type OverdueBucket = (typeof OVERDUE_BUCKETS)[number];

export const OVERDUE_LABELS: Record<OverdueBucket, Localized> = {
  on_time: { de: "im Rhythmus", en: "within cadence" },
  d1_7: { de: "1–7 Tage überfällig", en: "1–7 days overdue" },
  d8_30: { de: "8–30 Tage überfällig", en: "8–30 days overdue" },
  d31_90: { de: "31–90 Tage überfällig", en: "31–90 days overdue" },
  d91_365: { de: "91–365 Tage überfällig", en: "91–365 days overdue" },
  over_365: { de: "über ein Jahr überfällig", en: "over a year overdue" },
};

export function overdueBucket(overdueDays: number): OverdueBucket {
  if (overdueDays <= 0) return "on_time";
  if (overdueDays <= 7) return "d1_7";
  if (overdueDays <= 30) return "d8_30";
  if (overdueDays <= 90) return "d31_90";
  if (overdueDays <= 365) return "d91_365";
  return "over_365";
}

/** The ends of the last completed months, then `now`: the points the history is drawn at. */
export function historyPoints(now: IsoDateTime, months = HISTORY_MONTHS): IsoDateTime[] {
  const ended = lastMonths(now, months + 1).slice(0, months);
  return [...ended.map((m) => endOfDay(monthEndDay(m))), now];
}

interface ContactState {
  band: WarmthBand;
  bucket: OverdueBucket;
}

export function contactState(signals: ContactSignals, at: IsoDateTime): ContactState {
  return {
    band: warmthBand(measureWarmth(signals, at).score),
    bucket: overdueBucket(dueState(signals, at).overdueDays),
  };
}

export function contactStateAt(timeline: ContactTimeline, at: IsoDateTime): ContactState | null {
  return existedAt(timeline, at) ? contactState(signalsAt(timeline, at), at) : null;
}

export interface KeepInTouchInput {
  now: IsoDateTime;
  /** Today's signals of every contact counted (or of the sample). */
  current: readonly ContactSignals[];
  /**
   * Full histories for the month ends. Reconstructing twelve past days per contact costs more than
   * today's figure, so this may be a smaller subset; the rows then carry shares, which compare.
   */
  history: readonly ContactTimeline[];
}

function stateRow(states: readonly ContactState[], date: string, label: Localized): FigureRow {
  const within = states.filter((s) => s.bucket === "on_time").length;
  const bands = Object.fromEntries(
    WARMTH_BANDS.map((b) => [b, roundShare(ratio(states.filter((s) => s.band === b).length, states.length))]),
  );
  return {
    date,
    label,
    contacts: states.length,
    withinCadence: within,
    withinCadenceShare: roundShare(ratio(within, states.length)),
    ...bands,
    smallSample: isSmallSample(states.length),
  };
}

export function keepInTouch(input: KeepInTouchInput): FigureBody {
  const { now, current, history } = input;
  const monthEnds = historyPoints(now).slice(0, -1);
  const today = current.map((signals) => contactState(signals, now));
  const rows: FigureRow[] = [
    ...monthEnds.map((at) => {
      const day = dayOf(at);
      return stateRow(
        history.flatMap((t) => contactStateAt(t, at) ?? []),
        day,
        { de: day, en: day },
      );
    }),
    stateRow(today, dayOf(now), { de: "heute", en: "today" }),
  ];
  const overdueRows: FigureRow[] = OVERDUE_BUCKETS.map((bucket) => {
    const count = today.filter((s) => s.bucket === bucket).length;
    return {
      bucket,
      label: OVERDUE_LABELS[bucket],
      contacts: count,
      share: roundShare(ratio(count, today.length)),
    };
  });
  const overdue: FigureTable = {
    title: { de: "Kontaktrhythmus heute: wie überfällig", en: "Cadence today: how overdue" },
    columns: [
      { key: "label", label: { de: "Stand", en: "State" }, unit: "label" },
      { key: "contacts", label: { de: "Kontakte", en: "Contacts" }, unit: "count" },
      { key: "share", label: { de: "Anteil", en: "Share" }, unit: "share" },
    ],
    rows: overdueRows,
    chart: { kind: "bar", x: "label", y: ["contacts"] },
    caution: smallSampleCaution(today.length, NOUNS.contacts),
  };
  const cadence: FigureTable = {
    title: { de: "Anteil im Kontaktrhythmus je Monatsende", en: "Share within cadence at each month end" },
    columns: [
      { key: "label", label: { de: "Stichtag", en: "As of" }, unit: "label" },
      { key: "contacts", label: { de: "Kontakte", en: "Contacts" }, unit: "count" },
      { key: "withinCadence", label: { de: "im Rhythmus", en: "within cadence" }, unit: "count" },
      {
        key: "withinCadenceShare",
        label: { de: "Anteil im Rhythmus", en: "Share within cadence" },
        unit: "share",
      },
    ],
    rows,
    chart: { kind: "line", x: "label", y: ["withinCadenceShare"] },
    caution: null,
  };
  const nowRow = rows[rows.length - 1] as FigureRow;
  const subset = history.length < current.length;
  return {
    title: {
      de: "Beziehungswärme aller Kontakte je Monatsende",
      en: "Warmth of all contacts at each month end",
    },
    columns: [
      { key: "label", label: { de: "Stichtag", en: "As of" }, unit: "label" },
      { key: "contacts", label: { de: "Kontakte", en: "Contacts" }, unit: "count" },
      ...WARMTH_BANDS.map((b) => ({ key: b, label: BAND_LABELS[b], unit: "share" as const })),
      {
        key: "withinCadenceShare",
        label: { de: "Anteil im Rhythmus", en: "Share within cadence" },
        unit: "share",
      },
    ],
    rows,
    chart: { kind: "stacked_bar", x: "label", y: [...WARMTH_BANDS] },
    caution: smallSampleCaution(today.length, NOUNS.contacts),
    note: {
      de: `Anteile je Wärmestufe. Jedes Monatsende ist aus den Begegnungen, Details und Stufen bis zu diesem Tag rekonstruiert${subset ? ` (aus einer festen Auswahl von ${history.length} Kontakten)` : ""}.`,
      en: `Shares per warmth band. Each month end is reconstructed from the interactions, facts and stages up to that day${subset ? ` (from a fixed selection of ${history.length} contacts)` : ""}.`,
    },
    highlights: [
      {
        key: "withinCadenceShare",
        label: { de: "Kontakte im Kontaktrhythmus", en: "Contacts within their cadence" },
        value: nowRow.withinCadenceShare as number | null,
        unit: "share",
        count: today.length,
        smallSample: isSmallSample(today.length),
        caution: smallSampleCaution(today.length, NOUNS.contacts),
      },
    ],
    sections: { overdue, cadence },
  };
}
