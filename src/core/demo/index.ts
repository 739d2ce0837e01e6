export { generateDemo, generateDemoBatches } from "./generate-demo.ts";
export { type JourneyStep, replayJourney } from "./journey.ts";
export type {
  DemoBatch,
  DemoCompany,
  DemoDeal,
  DemoDealClose,
  DemoDealStep,
  DemoFact,
  DemoInteraction,
  DemoOpenLoop,
  DemoOptions,
  DemoPerson,
  DemoPlan,
  DemoRelation,
  DemoScale,
  DemoStakeholder,
  StageStep,
} from "./plan.ts";
export { createRng, type Rng } from "./random.ts";
export { closingTime, warmthOn } from "./warmth-on.ts";
