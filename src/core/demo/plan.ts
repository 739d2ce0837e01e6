import type { IsoDate } from "../dates.ts";
import type { CompanyCreateInput } from "../schemas/company.ts";
import type { DealCloseInput, DealCreateInput, StakeholderInput } from "../schemas/deal.ts";
import type { FactCreateInput } from "../schemas/fact.ts";
import type { InteractionCreateInput } from "../schemas/interaction.ts";
import type { OpenLoopCreateInput } from "../schemas/open-loop.ts";
import type { PersonCreateInput } from "../schemas/person.ts";
import type { RelationCreateInput } from "../schemas/relation.ts";
import type { Rating, Stage } from "../vocabulary.ts";

// The demo as plain data. Rows point at each other by plan keys ("c03", "p03-2", "i03-2-05"), not
// database ids: the loader assigns ids as it writes. Each type is the matching create input with
// the references swapped for keys, so a new required input field breaks the build here instead of
// silently writing defaults.

export type DemoScale = "demo";

export interface DemoOptions {
  seed: number | string;
  /** The day the demo is built for: interactions lie before it, birthdays and loops around it. */
  today: IsoDate;
  scale: DemoScale;
}

export interface DemoCompany extends CompanyCreateInput {
  key: string;
}

/** A stage reached on a day: the journey the loader replays into the stage history. */
export interface StageStep {
  stage: Stage;
  on: IsoDate;
}

export interface DemoPerson extends Omit<PersonCreateInput, "companyId" | "ownerId"> {
  key: string;
  companyKey: string | null;
  /** Oldest first; the last entry is `stage`. Non-contacts have one entry. */
  stageHistory: StageStep[];
}

export interface DemoRelation extends Omit<RelationCreateInput, "personId" | "relatedPersonId"> {
  personKey: string;
  relatedPersonKey: string;
}

export interface DemoInteraction
  extends Omit<InteractionCreateInput, "participantIds" | "atmosphere" | "trust" | "resistance"> {
  key: string;
  atmosphere: Rating | null;
  trust: Rating | null;
  resistance: Rating | null;
  participantKeys: string[];
}

export interface DemoFact extends Omit<FactCreateInput, "personId" | "interactionId" | "learnedOn"> {
  key: string;
  personKey: string;
  interactionKey: string | null;
  learnedOn: IsoDate;
}

export interface DemoOpenLoop extends Omit<OpenLoopCreateInput, "personId" | "interactionId"> {
  key: string;
  personKey: string;
  interactionKey: string | null;
}

export interface DemoStakeholder extends Omit<StakeholderInput, "personId"> {
  personKey: string;
  /** Their warmth when the deal was decided, by the warmth rules as of that day; null while open. */
  warmthAtClose: number | null;
}

/** A pipeline stage a deal entered on a day. */
export interface DemoDealStep {
  stage: string;
  on: IsoDate;
}

export interface DemoDealClose extends Omit<DealCloseInput, "closedOn"> {
  closedOn: IsoDate;
}

export interface DemoDeal extends Omit<DealCreateInput, "companyId" | "ownerId"> {
  key: string;
  companyKey: string;
  probability: number;
  stakeholders: DemoStakeholder[];
  /** Oldest first, starting with the day the deal was created; the last entry is `stage`. */
  stageHistory: DemoDealStep[];
  /** Won or lost; null while open. */
  close: DemoDealClose | null;
}

/**
 * One self-contained slice of the demo, in write order. Keys refer to rows of the same batch or of
 * an earlier one, so a loader can write batch by batch and keep only the key → id map of people.
 */
export interface DemoBatch {
  companies: DemoCompany[];
  people: DemoPerson[];
  relations: DemoRelation[];
  interactions: DemoInteraction[];
  facts: DemoFact[];
  openLoops: DemoOpenLoop[];
  deals: DemoDeal[];
}

export type DemoPlan = DemoBatch;

export function emptyBatch(): DemoBatch {
  return {
    companies: [],
    people: [],
    relations: [],
    interactions: [],
    facts: [],
    openLoops: [],
    deals: [],
  };
}
