import type { AnalyticsFigureKey, AnalyticsScope } from "../../api/analytics.ts";
import { isWorkspaceAdmin } from "../../api/roles.ts";

// The figures in the order the pages list them, repeated from core (the web app imports core only
// for types); figures.test.ts keeps the list equal to core's.
export const FIGURES = [
  "win-rate-by-warmth",
  "tenders-by-coverage",
  "journey",
  "trends",
  "self-check",
  "keep-in-touch",
] as const satisfies readonly AnalyticsFigureKey[];

export function isFigure(value: string): value is AnalyticsFigureKey {
  return (FIGURES as readonly string[]).includes(value);
}

/** Owners and admins may look at the whole team's numbers; everyone sees their own. */
export function canSeeTeam(role: string | undefined): boolean {
  return isWorkspaceAdmin(role);
}

export function scopeFrom(value: string | null, role: string | undefined): AnalyticsScope {
  return value === "team" && canSeeTeam(role) ? "team" : "me";
}
