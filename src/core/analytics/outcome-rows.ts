// Won and lost counted per group, shared by "win rate by warmth" and "tenders by coverage": the
// same columns, the same small-sample rule, the same labels.
import { BAND_LABELS, WARMTH_BANDS, type WarmthBand } from "../coverage/index.ts";
import type { Localized } from "../locale.ts";
import type { FigureColumn, FigureRow } from "./figure.ts";
import { type CaseNoun, isSmallSample, smallSampleCaution } from "./small-sample.ts";
import { ratio, roundShare } from "./stats.ts";

/** A warmth band, or "unknown" for deals where nobody deciding is known. */
export type OutcomeGroup = WarmthBand | "unknown";
export const OUTCOME_GROUPS: readonly OutcomeGroup[] = [...WARMTH_BANDS, "unknown"];

export const GROUP_LABELS: Record<OutcomeGroup, Localized> = {
  ...BAND_LABELS,
  unknown: { de: "kein Entscheider bekannt", en: "no decision maker known" },
};

export interface Outcome {
  status: "won" | "lost";
}

export const OUTCOME_COLUMNS: FigureColumn[] = [
  { key: "label", label: { de: "Gruppe", en: "Group" }, unit: "label" },
  { key: "count", label: { de: "Anzahl", en: "Count" }, unit: "count" },
  { key: "won", label: { de: "gewonnen", en: "won" }, unit: "count" },
  { key: "lost", label: { de: "verloren", en: "lost" }, unit: "count" },
  { key: "winRate", label: { de: "Gewinnquote", en: "Win rate" }, unit: "share" },
];

export const CAUTION_COLUMN: FigureColumn = {
  key: "caution",
  label: { de: "Hinweis", en: "Note" },
  unit: "text",
};

/** One row per group in band order; "unknown" only when it has members. */
export function outcomeRows<T extends Outcome>(
  items: readonly T[],
  groupOf: (item: T) => OutcomeGroup,
  noun: CaseNoun,
  extra: (members: T[]) => FigureRow = () => ({}),
): FigureRow[] {
  const groups = new Map<OutcomeGroup, T[]>(OUTCOME_GROUPS.map((g) => [g, []]));
  for (const item of items) groups.get(groupOf(item))?.push(item);
  return OUTCOME_GROUPS.flatMap((group) => {
    const members = groups.get(group) ?? [];
    if (group === "unknown" && members.length === 0) return [];
    const won = members.filter((m) => m.status === "won").length;
    return [
      {
        group,
        label: GROUP_LABELS[group],
        count: members.length,
        won,
        lost: members.length - won,
        winRate: roundShare(ratio(won, members.length)),
        ...extra(members),
        smallSample: isSmallSample(members.length),
        caution: smallSampleCaution(members.length, noun),
      },
    ];
  });
}
