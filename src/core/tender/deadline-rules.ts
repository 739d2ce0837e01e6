import type { IsoDate } from "../dates.ts";

// Every statutory period of German public procurement that Kundenfreund computes lives here, with
// its source and the day it took effect. The VgV of 12 April 2016 applies from 18 April 2016; the
// GWB standstill in its current wording from the same day (VergRModG). Periods are calendar days
// counted from the day after the event (§82 VgV, Reg. 1182/71). See docs/decisions/041.

export interface DeadlineRule {
  days: number;
  /** The paragraph, as it is cited in German practice. */
  source: string;
  validFrom: IsoDate;
}

const VGV_2016: IsoDate = "2016-04-18";

function rule(days: number, source: string): DeadlineRule {
  return { days, source, validFrom: VGV_2016 };
}

export const DEADLINE_RULES = {
  /** Open procedure: offers, counted from the day after the contract notice was sent. */
  openOffers: rule(35, "§ 15 Abs. 2 VgV"),
  openOffersUrgent: rule(15, "§ 15 Abs. 3 VgV"),
  /** 35 − 5 days when offers are accepted electronically. */
  openOffersElectronic: rule(30, "§ 15 Abs. 4 VgV"),
  openOffersAfterPriorInformation: rule(15, "§ 38 Abs. 3 VgV"),

  /** Restricted procedure: requests to participate, from the day after the notice was sent. */
  restrictedParticipation: rule(30, "§ 16 Abs. 2 VgV"),
  restrictedParticipationUrgent: rule(15, "§ 16 Abs. 3 VgV"),
  /** Offers, from the day after the invitation to tender was sent. */
  restrictedOffers: rule(30, "§ 16 Abs. 5 VgV"),
  restrictedOffersUrgent: rule(10, "§ 16 Abs. 7 VgV"),
  restrictedOffersElectronic: rule(25, "§ 16 Abs. 8 VgV"),
  restrictedOffersAfterPriorInformation: rule(10, "§ 38 Abs. 3 VgV"),

  /** Negotiated procedure with a call for competition: the same structure as the restricted one. */
  negotiatedParticipation: rule(30, "§ 17 Abs. 2 VgV"),
  negotiatedParticipationUrgent: rule(15, "§ 17 Abs. 3 VgV"),
  negotiatedOffers: rule(30, "§ 17 Abs. 6 VgV"),
  negotiatedOffersUrgent: rule(10, "§ 17 Abs. 8 VgV"),
  negotiatedOffersElectronic: rule(25, "§ 17 Abs. 9 VgV"),
  negotiatedOffersAfterPriorInformation: rule(10, "§ 38 Abs. 3 VgV"),

  /** Competitive dialogue: only the participation period has a statutory minimum. */
  dialogueParticipation: rule(30, "§ 18 Abs. 3 VgV"),

  /** Answers to bidder questions asked in time: at the latest this many days before the deadline. */
  answersBeforeDeadline: rule(6, "§ 20 Abs. 3 Satz 1 Nr. 1 VgV"),
  answersBeforeDeadlineUrgent: rule(4, "§ 20 Abs. 3 Satz 1 Nr. 1 Halbsatz 2 VgV"),

  /** Standstill before the contract may be concluded, from the day after the information was sent. */
  standstill: rule(15, "§ 134 Abs. 2 Satz 1 GWB"),
  standstillElectronic: rule(10, "§ 134 Abs. 2 Satz 2 GWB"),
} as const satisfies Record<string, DeadlineRule>;

export type DeadlineRuleName = keyof typeof DEADLINE_RULES;

/** Paragraphs cited in texts but without a day count of their own. */
export const CITATIONS = {
  periodComputation: "§ 82 VgV i. V. m. Art. 3 VO (EWG, Euratom) Nr. 1182/71",
  belowThreshold: "§ 13 UVgO",
  projectInvolvement: "§ 7 VgV",
  negotiationBanOpen: "§ 15 Abs. 5 VgV",
  negotiationBanRestricted: "§ 16 Abs. 9 VgV",
  equalTreatment: "§ 97 Abs. 2 GWB",
  communication: "§ 9 VgV",
  awardInformation: "§ 134 Abs. 1 GWB",
  voidContract: "§ 135 Abs. 1 Nr. 1 GWB",
} as const;
