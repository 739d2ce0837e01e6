// The store side of analytics: sums and histories for src/core/analytics. No private text is read
// here at all — no fact texts, no notes — only counts, dates and ratings.
export { loadContactHistories } from "./histories.ts";
export { countStageMoves, type JourneyData, loadJourney } from "./journey.ts";
export { type DecidedDeal, type DecidedStakeholder, loadDecidedDeals } from "./outcomes.ts";
export { loadMonthlyRatings, loadMonthlySelfChecks } from "./ratings.ts";
export { type AnalyticsFilter, chunks, contactsInScope, sampleContacts } from "./scope.ts";
