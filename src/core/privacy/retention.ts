import { dayOf, type IsoDate, type IsoDateTime } from "../dates.ts";
import type { Localized } from "../locale.ts";
import { addMonthsClamped } from "./deadlines.ts";

/** The workspace's retention rules for personal facts (Art. 5(1)(e) GDPR: storage limitation). */
export interface RetentionRules {
  /** Personal facts are reviewed this many months after the last interaction. */
  factReviewMonths: number;
  /** Review at once when the person leaves their company. */
  reviewOnLeavingCompany: boolean;
}

export const DEFAULT_RETENTION_RULES: RetentionRules = { factReviewMonths: 24, reviewOnLeavingCompany: true };

export interface RetentionCandidate {
  personId: string;
  name: string;
  /** Newest interaction with the person, if any. */
  lastInteractionAt: IsoDateTime | null;
  /** When the person was added: the start of the clock when there was never an interaction. */
  createdAt: IsoDateTime;
  leftCompanyOn: IsoDate | null;
  /** The last review that kept the facts; the clock restarts there, and an older departure is settled. */
  factsReviewedOn: IsoDate | null;
  /** Personal facts the viewer may see. */
  factCount: number;
}

export type RetentionReason = "no_contact" | "left_company";

export interface RetentionQueueItem {
  personId: string;
  name: string;
  reason: RetentionReason;
  /** The day the review fell due. */
  dueSince: IsoDate;
  lastInteractionOn: IsoDate | null;
  factCount: number;
  explanation: Localized;
}

/**
 * People whose personal facts are due for review on `today`, oldest due first (ties by person id).
 * People without facts have nothing to review and are left out. When both rules apply, the earlier
 * due day wins.
 */
export function retentionQueue(
  candidates: readonly RetentionCandidate[],
  rules: RetentionRules,
  today: IsoDate,
): RetentionQueueItem[] {
  const items: RetentionQueueItem[] = [];
  for (const c of candidates) {
    if (c.factCount === 0) continue;
    const lastInteractionOn = c.lastInteractionAt ? dayOf(c.lastInteractionAt) : null;
    const since = latest([lastInteractionOn ?? dayOf(c.createdAt), c.factsReviewedOn]);
    const dueByTime = addMonthsClamped(since, rules.factReviewMonths);
    const options: Array<{ reason: RetentionReason; dueSince: IsoDate }> = [];
    if (dueByTime <= today) options.push({ reason: "no_contact", dueSince: dueByTime });
    const departureOpen = c.leftCompanyOn && (!c.factsReviewedOn || c.leftCompanyOn > c.factsReviewedOn);
    if (rules.reviewOnLeavingCompany && c.leftCompanyOn && departureOpen && c.leftCompanyOn <= today) {
      options.push({ reason: "left_company", dueSince: c.leftCompanyOn });
    }
    const first = options.sort((a, b) => (a.dueSince < b.dueSince ? -1 : a.dueSince > b.dueSince ? 1 : 0))[0];
    if (!first) continue;
    items.push({
      personId: c.personId,
      name: c.name,
      reason: first.reason,
      dueSince: first.dueSince,
      lastInteractionOn,
      factCount: c.factCount,
      explanation: explain(first.reason, rules, lastInteractionOn, c.leftCompanyOn),
    });
  }
  return items.sort((a, b) =>
    a.dueSince === b.dueSince
      ? a.personId < b.personId
        ? -1
        : a.personId > b.personId
          ? 1
          : 0
      : a.dueSince < b.dueSince
        ? -1
        : 1,
  );
}

function latest(days: ReadonlyArray<IsoDate | null>): IsoDate {
  return days
    .filter((d): d is IsoDate => d !== null)
    .sort()
    .at(-1) as IsoDate;
}

function explain(
  reason: RetentionReason,
  rules: RetentionRules,
  lastInteractionOn: IsoDate | null,
  leftCompanyOn: IsoDate | null,
): Localized {
  if (reason === "left_company") {
    return {
      de: `Hat die Firma am ${leftCompanyOn} verlassen: Sind die persönlichen Details noch nötig?`,
      en: `Left the company on ${leftCompanyOn}: are the personal facts still needed?`,
    };
  }
  const months = rules.factReviewMonths;
  return lastInteractionOn
    ? {
        de: `Letzter Kontakt am ${lastInteractionOn}, vor über ${months} Monaten: persönliche Details prüfen oder löschen.`,
        en: `Last contact on ${lastInteractionOn}, more than ${months} months ago: review or delete the personal facts.`,
      }
    : {
        de: `Seit über ${months} Monaten kein Kontakt erfasst: persönliche Details prüfen oder löschen.`,
        en: `No contact recorded for more than ${months} months: review or delete the personal facts.`,
      };
}
