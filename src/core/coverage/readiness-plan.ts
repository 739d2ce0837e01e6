import { addDays, daysBetween, type IsoDate } from "../dates.ts";
import type { Localized } from "../locale.ts";
import { describeLastContact } from "./last-contact.ts";
import { compareGaps, hasDecisionMaker } from "./score-coverage.ts";
import { ROLE_LABELS, type Stakeholder } from "./stakeholder.ts";
import { BAND_LABELS, WARMTH_COOL_FROM, warmthBand } from "./warmth-bands.ts";

// Warming a cold contact takes more than one call, so long runways get follow-up rounds: roughly one
// touch per person a month, at most three. See docs/decisions/046.

export const DAYS_PER_TOUCH_ROUND = 30;
export const MAX_TOUCH_ROUNDS = 3;

export interface PlannedTouch {
  date: IsoDate;
  /** Null: find the decision maker first. */
  personId: string | null;
  /** 1 = first contact, 2+ = follow-ups. */
  round: number;
  text: Localized;
}

interface Target {
  stakeholder: Stakeholder | null;
}

/**
 * Planned touches before the expected publication day D for every cold stakeholder and a missing
 * decision maker: spread evenly from today, the decision maker first in each round, none on or
 * after D (from D on, contact with the buyer is restricted).
 */
export function readinessPlan(
  stakeholders: readonly Stakeholder[],
  expectedPublicationDate: IsoDate,
  today: IsoDate,
): PlannedTouch[] {
  const runway = daysBetween(today, expectedPublicationDate);
  if (runway <= 0) return [];

  const cold = stakeholders.filter((s) => s.warmth < WARMTH_COOL_FROM).sort(compareGaps);
  const targets: Target[] = [
    ...(hasDecisionMaker(stakeholders) ? [] : [{ stakeholder: null }]),
    ...cold.map((stakeholder) => ({ stakeholder })),
  ];
  if (targets.length === 0) return [];

  const rounds = Math.min(MAX_TOUCH_ROUNDS, Math.max(1, Math.floor(runway / DAYS_PER_TOUCH_ROUND)));
  const slots: { target: Target; round: number }[] = [];
  for (let round = 1; round <= rounds; round++) {
    for (const target of targets) {
      // Follow-ups need a known person.
      if (round > 1 && target.stakeholder === null) continue;
      slots.push({ target, round });
    }
  }

  return slots.map(({ target, round }, index) => ({
    // index < slots.length, so the offset stays below the runway: the last touch is before D.
    date: addDays(today, Math.floor((index * runway) / slots.length)),
    personId: target.stakeholder?.personId ?? null,
    round,
    text: touchText(target.stakeholder, round, today),
  }));
}

function touchText(stakeholder: Stakeholder | null, round: number, today: IsoDate): Localized {
  if (stakeholder === null) {
    return {
      de: "Herausfinden, wer entscheidet, und die Person kennenlernen",
      en: "Find out who decides, and get to know them",
    };
  }
  const role = ROLE_LABELS[stakeholder.role];
  if (round > 1) {
    return {
      de: `Wieder melden (${round}. Kontakt): ${role.de} ${stakeholder.name}`,
      en: `Follow up (touch ${round}): ${role.en} ${stakeholder.name}`,
    };
  }
  const band = BAND_LABELS[warmthBand(stakeholder.warmth)];
  const last = describeLastContact(stakeholder.lastContactAt, today);
  return {
    de: `Kontakt aufnehmen: ${role.de} ${stakeholder.name} (${band.de}, ${last.de})`,
    en: `Reach out: ${role.en} ${stakeholder.name} (${band.en}, ${last.en})`,
  };
}
