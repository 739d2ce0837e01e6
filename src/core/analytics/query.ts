// The query every analytics route takes: whose data (me or the team), which format, and for CSV
// which table of the figure (its main table unless a section is named).
import { z } from "zod";
import { EXPORT_DELIMITERS } from "../export-delimiter.ts";
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
    .describe("csv: with BOM, separated as Excel in the request's language expects (see delimiter)"),
  table: z
    .string()
    .regex(/^[a-z]+$/)
    .max(40)
    .optional()
    .describe("CSV only: a key of `sections` to export instead of the main table"),
  delimiter: z
    .enum(EXPORT_DELIMITERS)
    .optional()
    .describe(
      "CSV only: semicolon (German Excel) or comma (English Excel); by default the request language's",
    ),
});
export type AnalyticsQuery = z.output<typeof analyticsQuery>;
