// "Does friendship sell?": one use case per figure, shared by the API, the CLI and the benchmark.
// Read-only, so no transaction: each figure is a handful of bounded queries and pure computation.
import {
  type AnalyticsFigure,
  type AnalyticsFigureKey,
  type AnalyticsScope,
  analyticsQuery,
  combineCautions,
  type FigureBody,
  type FigureTable,
  type SampleInfo,
  sampleCaution,
  tableCells,
} from "../../core/analytics/index.ts";
import { NotFoundError } from "../../core/errors.ts";
import {
  defaultExportDelimiter,
  EXPORT_DELIMITER_CHARACTERS,
  type ExportDelimiter,
} from "../../core/export-delimiter.ts";
import type { Locale } from "../../core/locale.ts";
import type { Actor } from "../../core/model/actor.ts";
import { parseInput } from "../../core/validation.ts";
import { writeCsvLines } from "../../io/csv/write-csv.ts";
import { nowIso, type ServiceContext } from "../context.ts";
import { computeTendersByCoverage, computeWinRateByWarmth } from "./outcomes.ts";
import {
  computeJourney,
  computeKeepInTouch,
  computeRatingTrends,
  computeSelfCheckTrend,
} from "./relationships.ts";
import { filterFor } from "./scope.ts";

export { coverageDay } from "./outcomes.ts";
export { JOURNEY_QUARTERS, TREND_MONTHS } from "./relationships.ts";

type Computation = (
  ctx: ServiceContext,
  actor: Actor,
  scope: AnalyticsScope,
) => Promise<{ body: FigureBody; sample: SampleInfo | null }>;

const COMPUTATIONS: Record<AnalyticsFigureKey, Computation> = {
  "win-rate-by-warmth": async (ctx, actor, scope) => ({
    body: await computeWinRateByWarmth(ctx.store.db, actor, filterFor(actor, scope)),
    sample: null,
  }),
  "tenders-by-coverage": async (ctx, actor, scope) => ({
    body: await computeTendersByCoverage(ctx.store.db, actor, filterFor(actor, scope)),
    sample: null,
  }),
  journey: async (ctx, actor, scope) => ({
    body: await computeJourney(ctx.store.db, filterFor(actor, scope), nowIso(ctx)),
    sample: null,
  }),
  trends: (ctx, actor, scope) => computeRatingTrends(ctx.store.db, filterFor(actor, scope), nowIso(ctx)),
  "self-check": async (ctx, actor, scope) => ({
    body: await computeSelfCheckTrend(ctx.store.db, actor, filterFor(actor, scope), nowIso(ctx)),
    sample: null,
  }),
  "keep-in-touch": (ctx, actor, scope) =>
    computeKeepInTouch(ctx.store.db, actor, filterFor(actor, scope), nowIso(ctx)),
};

/** One figure for `scope` ("team" needs the owner or admin role). Callable directly, e.g. by benchmarks. */
export async function computeAnalyticsFigure(
  ctx: ServiceContext,
  actor: Actor,
  figure: AnalyticsFigureKey,
  scope: AnalyticsScope = "me",
): Promise<AnalyticsFigure> {
  const asOf = nowIso(ctx);
  const { body, sample } = await COMPUTATIONS[figure](ctx, actor, scope);
  return {
    ...body,
    caution: combineCautions(sampleCaution(sample), body.caution),
    figure,
    scope,
    asOf,
    sample,
  };
}

export type AnalyticsAnswer =
  | { format: "json"; figure: AnalyticsFigure }
  | { format: "csv"; figure: AnalyticsFigure; csv: string; filename: string };

/** The figure as the API query asks for it: JSON, or one of its tables as CSV in the caller's language. */
export async function getAnalytics(
  ctx: ServiceContext,
  actor: Actor,
  figure: AnalyticsFigureKey,
  query: unknown,
  locale: Locale,
): Promise<AnalyticsAnswer> {
  const parsed = parseInput(analyticsQuery, query ?? {});
  const result = await computeAnalyticsFigure(ctx, actor, figure, parsed.scope);
  if (parsed.format === "json") return { format: "json", figure: result };
  const table = parsed.table === undefined ? result : result.sections[parsed.table];
  if (!table) throw new NotFoundError("table", parsed.table ?? "");
  const name = parsed.table === undefined ? figure : `${figure}-${parsed.table}`;
  return {
    format: "csv",
    figure: result,
    csv: figureCsv(table, locale, parsed.delimiter ?? defaultExportDelimiter(locale)),
    filename: `kundenfreund-${name}-${parsed.scope}-${result.asOf.slice(0, 10)}.csv`,
  };
}

/**
 * CRLF, a BOM and the list separator of the user's Excel: it opens with umlauts intact and numbers
 * in the language's format (German decimal commas next to semicolons; a comma inside an English
 * number is quoted).
 */
export function figureCsv(table: FigureTable, locale: Locale, delimiter: ExportDelimiter): string {
  return [
    ...writeCsvLines(tableCells(table, locale, "csv"), {
      delimiter: EXPORT_DELIMITER_CHARACTERS[delimiter],
      bom: true,
    }),
  ].join("");
}
