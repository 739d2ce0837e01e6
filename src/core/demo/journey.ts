import { addDays, daysBetween, type IsoDate } from "../dates.ts";
import type { PersonUpdateInput } from "../schemas/person.ts";
import { STAGES, type Stage } from "../vocabulary.ts";
import type { DemoPerson, StageStep } from "./plan.ts";
import type { Rng } from "./random.ts";

// The relationship journey behind a person's current stage: when each stage was reached, and when
// the Sie became a Du. Steps are spread over the years since they met, and the Du comes after the
// first rapport and before a friendship, as German business etiquette has it.

/** The latest day a journey step may fall on: a week ago, so this week's agenda is not all news. */
const LAST_STEP_DAYS_AGO = 7;

export function planStageHistory(rng: Rng, stage: Stage, knownSince: IsoDate, today: IsoDate): StageStep[] {
  const steps: StageStep[] = [{ stage: "business_contact", on: knownSince }];
  const reached = STAGES.indexOf(stage);
  if (reached === 0) return steps;
  const span = Math.max(0, daysBetween(knownSince, addDays(today, -LAST_STEP_DAYS_AGO)));
  const fractions = Array.from({ length: reached }, () => rng.between(0.08, 0.97)).sort((a, b) => a - b);
  fractions.forEach((fraction, index) => {
    const stageReached = STAGES[index + 1] as Stage;
    const previous = steps[steps.length - 1] as StageStep;
    const on = addDays(knownSince, Math.round(fraction * span));
    steps.push({ stage: stageReached, on: on > previous.on ? on : addDays(previous.on, 1) });
  });
  return steps;
}

/** A day for the switch to Du: after rapport (acquaintance), before friendship if there is one. */
export function planDuDay(rng: Rng, history: StageStep[], today: IsoDate): IsoDate {
  const acquaintance = history.find((s) => s.stage === "acquaintance")?.on ?? history[0]?.on ?? today;
  const friendship = history.find((s) => s.stage === "friendship")?.on;
  const until = friendship ?? addDays(today, -LAST_STEP_DAYS_AGO);
  const span = Math.max(0, daysBetween(acquaintance, until));
  return addDays(acquaintance, Math.round(rng.between(0.2, 0.9) * span));
}

export interface JourneyStep {
  on: IsoDate;
  patch: PersonUpdateInput;
}

/**
 * How to replay a planned person into a store that keeps histories: create them as they were when
 * first met (first stage, Sie), then apply each milestone on its day, oldest first.
 */
export function replayJourney(person: DemoPerson): {
  createdOn: IsoDate;
  initial: DemoPerson;
  steps: JourneyStep[];
} {
  const [first, ...later] = person.stageHistory;
  if (!first) throw new Error(`person ${person.key} has no stage history`);
  const steps: JourneyStep[] = later.map((step) => ({ on: step.on, patch: { stage: step.stage } }));
  const du = person.addressForm === "du" && person.addressFormSince !== null;
  if (du) {
    steps.push({
      on: person.addressFormSince as IsoDate,
      patch: {
        addressForm: "du",
        addressFormSince: person.addressFormSince,
        addressFormOfferedBy: person.addressFormOfferedBy,
      },
    });
  }
  steps.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const initial: DemoPerson = du
    ? {
        ...person,
        stage: first.stage,
        addressForm: "sie",
        addressFormSince: null,
        addressFormOfferedBy: null,
      }
    : { ...person, stage: first.stage };
  return { createdOn: first.on, initial, steps };
}
