import type { Influence, StakeholderRole } from "../coverage/index.ts";
import type { IsoDate, IsoDateTime } from "../dates.ts";
import type { ProcedureType, ThresholdKind } from "../tender/index.ts";
import type { DealKind, DealStatus, OutcomeReason } from "../vocabulary.ts";

/** A person with a role in a deal or tender. */
export interface DealStakeholder {
  id: string;
  personId: string;
  role: StakeholderRole;
  influence: Influence;
  /** Warmth when the deal was decided; kept so later analytics see the relationship as it was then. */
  warmthAtClose: number | null;
}

/** The procedure facts of a tender (Ausschreibung). Dates are calendar days. */
export interface TenderDetails {
  procedure: ProcedureType;
  /** Which EU threshold applies (central, sub-central, sectors, works). */
  thresholdKind: ThresholdKind;
  estimatedValueCents: number | null;
  expectedPublicationOn: IsoDate | null;
  /** The day the contract notice was sent: the statutory periods count from it. */
  publishedOn: IsoDate | null;
  participationDeadline: IsoDate | null;
  invitationSentOn: IsoDate | null;
  questionDeadline: IsoDate | null;
  submissionDeadline: IsoDate | null;
  awardNoticeSentOn: IsoDate | null;
  awardedOn: IsoDate | null;
  cancelledOn: IsoDate | null;
  electronic: boolean;
  priorInformationNotice: boolean;
  urgency: boolean;
  awardNoticeElectronic: boolean;
  /** We help write the specification (project involvement, § 7 VgV). */
  helpsWriteSpecification: boolean;
}

export interface Deal {
  id: string;
  workspaceId: string;
  kind: DealKind;
  companyId: string | null;
  title: string;
  valueCents: number;
  /** 0–100 %. */
  probability: number;
  stage: string;
  expectedCloseOn: IsoDate | null;
  ownerId: string | null;
  status: DealStatus;
  outcomeReason: OutcomeReason | null;
  outcomeNote: string | null;
  closedOn: IsoDate | null;
  tender: TenderDetails | null;
  stakeholders: DealStakeholder[];
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}
