// The shapes of /api/pipeline and /api/deals/:id as the web app reads them (types only: the web app
// reaches data through HTTP, never by importing server code).
import type { Coverage, EarlyWarning, PlannedTouch, Stakeholder } from "../../core/coverage/index.ts";
import type { IsoDate, IsoDateTime } from "../../core/dates.ts";
import type { BoardColumn, PipelineBoard, PipelineStage } from "../../core/deals/pipeline.ts";
import type { Localized } from "../../core/locale.ts";
import type { Deal, DealStakeholder, TenderDetails } from "../../core/model/deal.ts";
import type {
  ContactRules,
  EarliestDeadlines,
  TenderDateViolation,
  TenderPhase,
} from "../../core/tender/index.ts";
import type { DealStatus, OutcomeReason } from "../../core/vocabulary.ts";

export type {
  BoardColumn,
  Coverage,
  Deal,
  DealStakeholder,
  PipelineBoard,
  PipelineStage,
  PlannedTouch,
  Stakeholder,
  TenderDetails,
  TenderPhase,
};

export interface DealStageChange {
  stage: string;
  status: DealStatus;
  changedAt: IsoDateTime;
  changedBy: string | null;
}

/** What the server works out for a tender: phase, contact rules, deadlines, threshold, plan, warning. */
export interface TenderView {
  phase: TenderPhase;
  contactRules: ContactRules;
  dateChecks: TenderDateViolation[];
  earliestDeadlines: EarliestDeadlines | null;
  euThreshold: { thresholdCents: number | null; above: boolean | null };
  readinessPlan: PlannedTouch[];
  earlyWarning: EarlyWarning | null;
  projectInvolvement: Localized | null;
}

export interface DealView {
  deal: Deal;
  /** With their warmth today, as coverage counts it. */
  stakeholders: Stakeholder[];
  coverage: Coverage;
  history: DealStageChange[];
  tender: TenderView | null;
}

/** POST /api/deals: what the new-deal form sends (the server fills in the rest). */
export interface NewDealInput {
  title: string;
  companyId: string | null;
  valueCents: number;
  stage: string;
  expectedCloseOn: IsoDate | null;
  tender: NewTenderInput | null;
}

export type NewTenderInput = Pick<
  TenderDetails,
  | "procedure"
  | "thresholdKind"
  | "estimatedValueCents"
  | "expectedPublicationOn"
  | "publishedOn"
  | "submissionDeadline"
  | "electronic"
  | "helpsWriteSpecification"
>;

export interface CloseDealInput {
  status: "won" | "lost";
  reason: OutcomeReason;
  note: string | null;
}

/** A line of Heute for a tender: the early warning, or a touch of the readiness plan that is due. */
export interface TenderAgendaLine {
  id: string;
  kind: "tender_warning" | "tender_touch";
  dealId: string;
  personId: string | null;
  date: IsoDate;
  text: Localized;
}

/** A running procedure that restricts personal contact with this person. */
export interface ContactRestrictionView {
  dealId: string;
  title: string;
  phase: TenderPhase;
  warning: Localized;
}
