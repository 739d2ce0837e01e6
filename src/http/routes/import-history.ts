import { z } from "zod";
import { IMPORT_RUN_OUTCOMES, IMPORT_RUN_STATES } from "../../core/model/import-run.ts";
import { getMyImport, listMyImports } from "../../services/io/import-history.ts";
import { DUPLICATE_POLICIES, IMPORT_FORMATS } from "../../services/io/import-types.ts";
import { undoImport } from "../../services/io/undo-import.ts";
import { idParam } from "../crud-routes.ts";
import { defineRoute } from "../route.ts";
import { countFields, localized } from "./import.ts";

// Each import that writes has an entry: what it stored (counted in every batch's transaction),
// how it ended, and whether it was undone. A user sees and undoes only their own.

const importRunSchema = z.object({
  id: z.string(),
  userId: z.string(),
  format: z.enum(IMPORT_FORMATS),
  fileName: z.string().nullable(),
  onDuplicate: z.enum(DUPLICATE_POLICIES),
  outcome: z.enum(IMPORT_RUN_OUTCOMES),
  state: z
    .enum(IMPORT_RUN_STATES)
    .describe("As the outcome, but a run silent for 10 minutes without finishing is interrupted"),
  ...countFields,
  stopReason: localized.nullable(),
  startedAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
  undone: z.object({ at: z.string(), removed: z.number(), kept: z.number() }).nullable(),
});
const undoneSchema = z.object({
  removed: z.number().describe("People the import created, now removed"),
  kept: z.number().describe("People the import created that somebody has worked on since: they stay"),
  companiesRemoved: z.number(),
  mergedStay: z.number().describe("Rows merged into people who were there before: their additions stay"),
});
/** An entry of the import history as the API sends it. */
export type ImportRunBody = z.output<typeof importRunSchema>;
/** What undoing an import removed and what stays. */
export type UndoneImportBody = z.output<typeof undoneSchema>;

export const importHistoryRoutes = [
  defineRoute({
    method: "GET",
    path: "/api/imports",
    summary: "Your own last 20 imports, newest first, with what each stored and whether it ran to the end",
    tag: "Import and export",
    access: "read",
    response: {
      status: 200,
      description: "Newest first",
      schema: z.object({ items: z.array(importRunSchema) }),
    },
    handler: async (r) => ({ items: await listMyImports(r.ctx, r.actor) }),
  }),
  defineRoute({
    method: "GET",
    path: "/api/imports/:id",
    summary:
      "One of your imports by its runId: after a cancelled upload, what was stored (counted in the transaction of each batch)",
    tag: "Import and export",
    access: "read",
    response: { status: 200, description: "The import", schema: importRunSchema },
    handler: (r) => getMyImport(r.ctx, r.actor, idParam(r.params, "import")),
  }),
  defineRoute({
    method: "POST",
    path: "/api/imports/:id/undo",
    summary:
      "Undo one of your imports: removes the people and companies it created, except those somebody has worked on since",
    tag: "Import and export",
    access: "write",
    response: { status: 200, description: "What was removed and what stays", schema: undoneSchema },
    handler: (r) => undoImport(r.ctx, r.actor, idParam(r.params, "import")),
  }),
];
