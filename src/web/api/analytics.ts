import type { AnalyticsFigure, AnalyticsFigureKey, AnalyticsScope } from "../../core/analytics/index.ts";
import { api, appLanguage, queryString } from "./client.ts";

export type { AnalyticsFigure, AnalyticsFigureKey, AnalyticsScope };

export function getFigure(figure: AnalyticsFigureKey, scope: AnalyticsScope, signal?: AbortSignal) {
  return api<AnalyticsFigure>(`/api/analytics/${figure}${queryString({ scope })}`, { signal });
}

/** The same figure as CSV (the main table, or a section by key): a plain link the browser downloads. */
export function figureCsvUrl(figure: AnalyticsFigureKey, scope: AnalyticsScope, table?: string): string {
  return `/api/analytics/${figure}${queryString({ scope, format: "csv", table, lang: appLanguage() })}`;
}
