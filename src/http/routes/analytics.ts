import { z } from "zod";
import {
  ANALYTICS_FIGURES,
  type AnalyticsFigureKey,
  analyticsQuery,
  CHART_KINDS,
  COLUMN_UNITS,
} from "../../core/analytics/index.ts";
import { getAnalytics } from "../../services/analytics/index.ts";
import { attachment } from "../attachment.ts";
import { defineRoute } from "../route.ts";

const localized = z.object({ de: z.string(), en: z.string() });
const cell = z.union([z.string(), z.number(), z.boolean(), z.null(), localized]);
const tableSchema = z.object({
  title: localized,
  columns: z.array(z.object({ key: z.string(), label: localized, unit: z.enum(COLUMN_UNITS) })),
  rows: z
    .array(z.record(z.string(), cell))
    .describe(
      "One object per row, keyed by column key; `smallSample: true` rows rest on fewer than 10 cases",
    ),
  chart: z.object({ kind: z.enum(CHART_KINDS), x: z.string(), y: z.array(z.string()) }),
  caution: localized.nullable(),
});
const figureSchema = tableSchema.extend({
  figure: z.enum(ANALYTICS_FIGURES),
  scope: z.enum(["me", "team"]),
  asOf: z.string(),
  note: localized.nullable(),
  highlights: z.array(
    z.object({
      key: z.string(),
      label: localized,
      value: z.number().nullable(),
      unit: z.enum(COLUMN_UNITS),
      count: z.number(),
      smallSample: z.boolean(),
      caution: localized.nullable(),
    }),
  ),
  sections: z.record(z.string(), tableSchema),
  sample: z.object({ contacts: z.number(), of: z.number() }).nullable(),
});

const SUMMARIES: Record<AnalyticsFigureKey, string> = {
  "win-rate-by-warmth":
    "Win rate, deal size and time to close by the decision makers' warmth when the deal was decided",
  "tenders-by-coverage": "Tender outcomes by relationship coverage on the eve of publication",
  journey: "Stage moves per quarter, business contacts who became friends, median time to trust and to Du",
  trends: "Monthly trust, resistance and atmosphere averages across all customers, with counts",
  "self-check": "My self-check trend beside the atmosphere I met (team: anonymous sums only)",
  "keep-in-touch":
    "Share within cadence, overdue distribution and warmth bands today and at the last 12 month ends",
};

export const analyticsRoutes = ANALYTICS_FIGURES.map((figure) =>
  defineRoute({
    method: "GET",
    path: `/api/analytics/${figure}`,
    summary: SUMMARIES[figure],
    tag: "Analytics",
    access: "read",
    query: analyticsQuery,
    response: {
      status: 200,
      description:
        "The figure: table rows, chart hint and cautions in German and English (format=csv: one table as CSV with ; and BOM)",
      schema: figureSchema,
    },
    handler: async (r) => {
      const answer = await getAnalytics(r.ctx, r.actor, figure, r.query, r.locale);
      if (answer.format === "json") return answer.figure;
      r.reply.type("text/csv; charset=utf-8").header("content-disposition", attachment(answer.filename));
      return answer.csv;
    },
  }),
);
