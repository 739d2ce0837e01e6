import type { OutcomeReason } from "../vocabulary.ts";

// The deals of the demo, pinned to accounts like the cast, so every pipeline stage, each tender
// phase and both kinds of exception in the "does friendship sell?" story are there for every seed.
// Titles, values, people and days are drawn; the structure is fixed.

/** Who decides: the warmest or coldest of the account's senior contacts, anyone senior, or a position. */
export type DecisionMakerPick = "warmest" | "coldest" | "any" | { position: number };

export type TenderSlot = "before_publication" | "running" | "decided";

interface SlotBase {
  /** Index into the company catalogue. */
  company: number;
  decisionMaker: DecisionMakerPick;
  /** Further stakeholders pinned by position (the rest are drawn). */
  pinned?: ReadonlyArray<{ position: number; role: "influencer" | "technical_evaluator" }>;
  tender?: TenderSlot;
}

export interface OpenSlot extends SlotBase {
  stage: "lead" | "qualified" | "proposal" | "negotiation" | "commit";
}

export interface ClosedSlot extends SlotBase {
  /** Closed this many days before today (a range to draw from). */
  daysAgo: readonly [min: number, max: number];
  /** Why it was won, or lost, if the outcome follows the relationship. */
  won: OutcomeReason;
  lost: OutcomeReason;
  /**
   * An exception to the story: a warm decision maker who still lost (or a cold one who still won)
   * for this reason. Without it, a warm decision maker (warmth ≥ 50 on the day) means won.
   */
  despite?: OutcomeReason;
}

// biome-ignore format: a catalogue reads better one row per line
export const OPEN_SLOTS: readonly OpenSlot[] = [
  { company: 0, stage: "negotiation", decisionMaker: { position: 1 } },
  { company: 1, stage: "proposal", decisionMaker: "any" },
  { company: 2, stage: "qualified", decisionMaker: { position: 0 }, pinned: [{ position: 1, role: "influencer" }], tender: "before_publication" },
  { company: 3, stage: "proposal", decisionMaker: "any", tender: "running" },
  { company: 7, stage: "proposal", decisionMaker: { position: 1 } },
  { company: 8, stage: "commit", decisionMaker: "warmest" },
  { company: 9, stage: "commit", decisionMaker: "any" },
  { company: 11, stage: "lead", decisionMaker: "any" },
  { company: 12, stage: "lead", decisionMaker: "any", pinned: [{ position: 2, role: "influencer" }] },
  { company: 13, stage: "qualified", decisionMaker: "any" },
  { company: 15, stage: "negotiation", decisionMaker: "any" },
  { company: 17, stage: "qualified", decisionMaker: "any" },
  { company: 25, stage: "proposal", decisionMaker: "any" },
  { company: 26, stage: "commit", decisionMaker: "any" },
  { company: 30, stage: "negotiation", decisionMaker: "any" },
  { company: 32, stage: "proposal", decisionMaker: { position: 1 } },
  { company: 36, stage: "qualified", decisionMaker: "any" },
  { company: 38, stage: "lead", decisionMaker: { position: 1 } },
];

// Ten picked for a warm decision maker (the cast's friends and trusted contacts, and accounts with
// three senior contacts, where one is usually close) and eleven for a cold one; two exceptions on
// each side. Warm picks were decided in the last 230 days: the demo's interactions reach back one
// year, so earlier decisions would find every relationship cooled. The deals with Ralf Kessler and
// Ryan Foster (caution) are decided on the days their stance reasons are dated: 258 and 75 days ago.
// biome-ignore format: a catalogue reads better one row per line
export const CLOSED_SLOTS: readonly ClosedSlot[] = [
  { company: 0, daysAgo: [45, 60], decisionMaker: "warmest", won: "relationship", lost: "price" },
  { company: 0, daysAgo: [195, 225], decisionMaker: "warmest", won: "relationship", lost: "price", despite: "price" },
  { company: 1, daysAgo: [50, 70], decisionMaker: "warmest", won: "other", lost: "price" },
  { company: 4, daysAgo: [100, 140], decisionMaker: "warmest", won: "relationship", lost: "price", tender: "decided" },
  { company: 8, daysAgo: [160, 185], decisionMaker: "warmest", won: "relationship", lost: "timing" },
  { company: 32, daysAgo: [140, 165], decisionMaker: "warmest", won: "relationship", lost: "price", despite: "price" },
  { company: 3, daysAgo: [80, 100], decisionMaker: "warmest", won: "relationship", lost: "other" },
  { company: 21, daysAgo: [20, 35], decisionMaker: "warmest", won: "timing", lost: "other" },
  { company: 29, daysAgo: [110, 130], decisionMaker: "warmest", won: "relationship", lost: "timing" },
  { company: 10, daysAgo: [30, 50], decisionMaker: "warmest", won: "relationship", lost: "timing" },
  { company: 7, daysAgo: [258, 258], decisionMaker: { position: 1 }, won: "price", lost: "price" },
  { company: 36, daysAgo: [75, 75], decisionMaker: { position: 2 }, won: "price", lost: "price" },
  { company: 13, daysAgo: [170, 190], decisionMaker: "coldest", won: "product", lost: "relationship", despite: "product" },
  { company: 5, daysAgo: [210, 230], decisionMaker: "coldest", won: "price", lost: "relationship" },
  { company: 14, daysAgo: [270, 290], decisionMaker: "coldest", won: "timing", lost: "other" },
  { company: 18, daysAgo: [120, 140], decisionMaker: "coldest", won: "product", lost: "other" },
  { company: 24, daysAgo: [150, 170], decisionMaker: "coldest", won: "price", lost: "timing" },
  { company: 33, daysAgo: [230, 250], decisionMaker: "coldest", won: "price", lost: "relationship", despite: "price" },
  { company: 37, daysAgo: [25, 40], decisionMaker: "coldest", won: "price", lost: "other" },
  { company: 19, daysAgo: [320, 345], decisionMaker: "coldest", won: "price", lost: "price" },
  { company: 27, daysAgo: [55, 75], decisionMaker: "coldest", won: "timing", lost: "timing" },
];
