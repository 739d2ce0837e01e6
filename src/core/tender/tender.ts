import type { IsoDate } from "../dates.ts";
import type { ProcedureType } from "./procedure.ts";

/** The dates of a tender as the rules need them; every date is optional until it is known. */
export interface TenderDates {
  /**
   * The day the contract notice was sent for publication (Absendung der Auftragsbekanntmachung):
   * the statutory periods count from it. If only the TED publication day is known, it is a later
   * stand-in, so computed minimums come out a few days late — never too early.
   */
  publishedOn: IsoDate | null;
  participationDeadline?: IsoDate | null;
  invitationSentOn?: IsoDate | null;
  submissionDeadline: IsoDate | null;
  /** The information to unsuccessful bidders (§ 134 Abs. 1 GWB), which starts the standstill. */
  awardNoticeSentOn?: IsoDate | null;
  /** The contract was concluded (Zuschlag). */
  awardedOn?: IsoDate | null;
  /** The procedure was cancelled (Aufhebung). */
  cancelledOn?: IsoDate | null;
}

export interface BidderQuestion {
  askedOn: IsoDate;
  answeredOn: IsoDate | null;
}

export interface Tender extends TenderDates {
  procedure: ProcedureType;
  electronic?: boolean;
  priorInformationNotice?: boolean;
  urgency?: boolean;
  /** The § 134 information went out by fax or electronically (10 instead of 15 days). */
  awardNoticeElectronic?: boolean;
  bidderQuestions?: readonly BidderQuestion[];
}
