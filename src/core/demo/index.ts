export { generateDemo, generateDemoBatches } from "./generate-demo.ts";
export { type JourneyStep, replayJourney } from "./journey.ts";
export type {
  DemoBatch,
  DemoCompany,
  DemoFact,
  DemoInteraction,
  DemoOpenLoop,
  DemoOptions,
  DemoPerson,
  DemoPlan,
  DemoRelation,
  DemoScale,
  StageStep,
} from "./plan.ts";
export { createRng, type Rng } from "./random.ts";
