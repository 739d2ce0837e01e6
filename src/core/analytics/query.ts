// The query every analytics route takes: whose data (me or the team), which format, and for CSV
// which table of the figure (its main table unless a section is named).
import { z } from "zod";
import { ANALYTICS_SCOPES } from "./figure.ts";

export const ANALYTICS_FORMATS = ["json", "csv"] as const;
export type AnalyticsFormat = (typeof ANALYTICS_FORMATS)[number];

export const analyticsQuery = z.strictObject({
  scope: z
    .enum(ANALYTICS_SCOPES)
    .default("me")
    .describe("me: my own data; team: the whole workspace (owners and admins)"),
  format: z
    .enum(ANALYTICS_FORMATS)
    .default("json")
    .describe("csv: semicolon-separated with BOM, for German Excel"),
  table: z
    .string()
    .regex(/^[a-z]+$/)
    .max(40)
    .optional()
    .describe("CSV only: a key of `sections` to export instead of the main table"),
});
export type AnalyticsQuery = z.output<typeof analyticsQuery>;
