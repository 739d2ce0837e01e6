import { COMPANY_CATALOGUE } from "./companies.ts";
import { generateCompanyBatch } from "./company-batch.ts";
import { type DemoBatch, type DemoOptions, type DemoPlan, emptyBatch } from "./plan.ts";
import { createRng } from "./random.ts";

/**
 * The demo workspace, one account at a time. Every account draws from its own stream forked from
 * the seed, so batches are independent: a larger scale can stream millions of rows batch by batch
 * (and generate them in parallel) without holding the workspace in memory.
 */
export function* generateDemoBatches(options: DemoOptions): Generator<DemoBatch> {
  const root = createRng(`${options.seed}`).fork(options.scale);
  for (const [index, company] of COMPANY_CATALOGUE.entries()) {
    yield generateCompanyBatch(root.fork(`company/${index}`), { company, index, today: options.today });
  }
}

/** The whole demo in memory: fine at the demo scale, and what tests inspect. */
export function generateDemo(options: DemoOptions): DemoPlan {
  const plan = emptyBatch();
  for (const batch of generateDemoBatches(options)) {
    plan.companies.push(...batch.companies);
    plan.people.push(...batch.people);
    plan.relations.push(...batch.relations);
    plan.interactions.push(...batch.interactions);
    plan.facts.push(...batch.facts);
    plan.openLoops.push(...batch.openLoops);
    plan.deals.push(...batch.deals);
  }
  return plan;
}
