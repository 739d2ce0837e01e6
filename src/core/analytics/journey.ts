// The relationship journey (Beziehungsweg) across all contacts: who moved between stages per
// quarter, how many business contacts became friends over time, and how long trust and the "Du"
// took from the first contact. The first stage record of a contact is where it started, not a move.
import { dayOf, daysBetween, type IsoDate, type IsoDateTime } from "../dates.ts";
import { STAGES, type Stage } from "../vocabulary.ts";
import type { FigureBody, FigureRow, FigureTable, Highlight } from "./figure.ts";
import { quarterEndDay, quarterOf } from "./periods.ts";
import { isSmallSample, NOUNS, smallSampleCaution } from "./small-sample.ts";
import { median } from "./stats.ts";

/** Moves counted by the month they happened, from one stage to the next recorded one. */
export interface StageMoveCount {
  month: string;
  from: Stage;
  to: Stage;
  count: number;
}

/** A contact that moved up into trust or friendship at some point. */
export interface PromotedContact {
  personId: string;
  /** The stage the contact was first recorded with. */
  firstStage: Stage;
  /** The first move into trust or friendship. */
  trustAt: IsoDateTime | null;
  /** The first move into friendship. */
  friendAt: IsoDateTime | null;
  /** Start of the relationship: the earlier of "known since" and the first interaction. */
  firstContactOn: IsoDate | null;
}

export interface DuSwitch {
  personId: string;
  duOn: IsoDate;
  firstContactOn: IsoDate | null;
}

export interface JourneyInput {
  /** Quarters to show, oldest first ("2026-Q4"). */
  quarters: readonly string[];
  moves: readonly StageMoveCount[];
  promoted: readonly PromotedContact[];
  duSwitches: readonly DuSwitch[];
}

const rank = (stage: Stage) => STAGES.indexOf(stage);

/** Started below friendship and reached it: a business contact that became a friend. */
export function becameFriend(contact: PromotedContact): boolean {
  return contact.friendAt !== null && contact.firstStage !== "friendship";
}

export function daysToTrust(contact: PromotedContact): number | null {
  if (contact.trustAt === null || contact.firstContactOn === null) return null;
  if (rank(contact.firstStage) >= rank("trust")) return null;
  const days = daysBetween(contact.firstContactOn, dayOf(contact.trustAt));
  return days >= 0 ? days : null;
}

export function daysToDu(change: DuSwitch): number | null {
  if (change.firstContactOn === null) return null;
  const days = daysBetween(change.firstContactOn, change.duOn);
  return days >= 0 ? days : null;
}

function quarterLabel(quarter: string) {
  const text = `${quarter.slice(5)} ${quarter.slice(0, 4)}`;
  return { de: text, en: text };
}

export function journey(input: JourneyInput): FigureBody {
  const byQuarter = new Map<string, FigureRow>(
    input.quarters.map((q) => [
      q,
      { quarter: q, label: quarterLabel(q), toAcquaintance: 0, toTrust: 0, toFriendship: 0, up: 0, down: 0 },
    ]),
  );
  for (const move of input.moves) {
    const row = byQuarter.get(quarterOf(`${move.month}-01`));
    if (!row || move.from === move.to) continue;
    const up = rank(move.to) > rank(move.from);
    const add = (key: string) => {
      row[key] = (row[key] as number) + move.count;
    };
    add(up ? "up" : "down");
    if (up && move.to === "acquaintance") add("toAcquaintance");
    if (up && move.to === "trust") add("toTrust");
    if (up && move.to === "friendship") add("toFriendship");
  }
  const rows = [...byQuarter.values()];

  const friendDays = input.promoted.filter(becameFriend).map((c) => dayOf(c.friendAt as string));
  const friendRows = input.quarters.map((q) => {
    const end = quarterEndDay(q);
    return {
      quarter: q,
      label: quarterLabel(q),
      newFriends: friendDays.filter((d) => quarterOf(d) === q).length,
      friendsSoFar: friendDays.filter((d) => d <= end).length,
    };
  });
  const friends: FigureTable = {
    title: { de: "Kontakte, die zu Freunden wurden", en: "Contacts who became friends" },
    columns: [
      { key: "label", label: { de: "Quartal", en: "Quarter" }, unit: "label" },
      { key: "newFriends", label: { de: "neu Freundschaft", en: "new friendships" }, unit: "count" },
      {
        key: "friendsSoFar",
        label: { de: "Freundschaften bisher", en: "friendships so far" },
        unit: "count",
      },
    ],
    rows: friendRows,
    chart: { kind: "line", x: "label", y: ["friendsSoFar"] },
    caution: null,
  };

  const trustDays = input.promoted.flatMap((c) => {
    const d = daysToTrust(c);
    return d === null ? [] : [d];
  });
  const duDays = input.duSwitches.flatMap((c) => {
    const d = daysToDu(c);
    return d === null ? [] : [d];
  });
  const highlights: Highlight[] = [
    {
      key: "becameFriends",
      label: { de: "Geschäftskontakte, die zu Freunden wurden", en: "Business contacts who became friends" },
      value: friendDays.length,
      unit: "count",
      count: friendDays.length,
      smallSample: false,
      caution: null,
    },
    medianHighlight(
      "medianDaysToTrust",
      { de: "Median Tage vom ersten Kontakt bis Vertrauen", en: "Median days from first contact to trust" },
      trustDays,
    ),
    medianHighlight(
      "medianDaysToDu",
      { de: "Median Tage vom ersten Kontakt bis zum Du", en: "Median days from first contact to Du" },
      duDays,
    ),
  ];

  return {
    title: {
      de: "Beziehungsweg: Wechsel der Beziehungsstufe je Quartal",
      en: "Journey: stage moves per quarter",
    },
    columns: [
      { key: "label", label: { de: "Quartal", en: "Quarter" }, unit: "label" },
      { key: "toAcquaintance", label: { de: "zu Bekanntschaft", en: "to acquaintance" }, unit: "count" },
      { key: "toTrust", label: { de: "zu Vertrauen", en: "to trust" }, unit: "count" },
      { key: "toFriendship", label: { de: "zu Freundschaft", en: "to friendship" }, unit: "count" },
      { key: "up", label: { de: "aufwärts gesamt", en: "up in total" }, unit: "count" },
      { key: "down", label: { de: "zurückgestuft", en: "moved back" }, unit: "count" },
    ],
    rows,
    chart: { kind: "stacked_bar", x: "label", y: ["toAcquaintance", "toTrust", "toFriendship"] },
    caution: null,
    note: {
      de: "Aus der Historie der Beziehungsstufen; die erste Stufe eines Kontakts zählt nicht als Wechsel.",
      en: "From the stage history; a contact's first stage does not count as a move.",
    },
    highlights,
    sections: { friends },
  };
}

function medianHighlight(key: string, label: Highlight["label"], days: number[]): Highlight {
  return {
    key,
    label,
    value: median(days),
    unit: "days",
    count: days.length,
    smallSample: isSmallSample(days.length),
    caution: smallSampleCaution(days.length, NOUNS.contacts),
  };
}
