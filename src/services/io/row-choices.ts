import { z } from "zod";
import { bilingual, parseInput } from "../../core/validation.ts";
import { DUPLICATE_POLICIES, type DuplicatePolicy, REPORT_LIST_MAX } from "./import-types.ts";

// What the user decided for single rows after a preview: "this Anna is not that Anna, create her".
// Rows are named by their line in the file, as the preview's report names them; the file is sent
// again with the choices, so the lines are the same. Written as the query carries it:
// "14:create,20:skip".

/**
 * As many as a report lists (REPORT_LIST_MAX): the rows a user can see and decide. A query of that
 * many ("123456:create," each) stays within the 16 KB a request's head may have.
 */
export const ROW_CHOICES_MAX = REPORT_LIST_MAX;

const ENTRY = /^(\d{1,9}):([a-z]+)$/;

/** Per file line, what to do with that row if it matches someone: overrides onDuplicate for it. */
export type RowChoices = ReadonlyMap<number, DuplicatePolicy>;

/** The choices as the service takes them: file line → policy. */
export const rowChoicesInput = z
  .map(z.number().int().min(1), z.enum(DUPLICATE_POLICIES))
  .refine((choices) => choices.size <= ROW_CHOICES_MAX, {
    message: bilingual(
      `Höchstens ${ROW_CHOICES_MAX} Zeilen lassen sich einzeln entscheiden.`,
      `At most ${ROW_CHOICES_MAX} rows can be decided one by one.`,
    ),
  });

/** The choices as a query carries them ("14:create,20:skip"), read into the service's form. */
export const rowChoicesParam = z
  .string()
  .max(ROW_CHOICES_MAX * 16)
  .describe(
    "Per row, what to do when it matches someone, instead of onDuplicate: the file line (as the preview's duplicates name it) and merge, skip or create, e.g. 14:create,20:skip",
  )
  .transform((text, ctx): Map<number, DuplicatePolicy> => {
    const choices = new Map<number, DuplicatePolicy>();
    for (const entry of text.split(",").map((part) => part.trim())) {
      if (entry === "") continue;
      const [, line, policy] = ENTRY.exec(entry) ?? [];
      const known = DUPLICATE_POLICIES.find((p) => p === policy);
      if (!line || Number(line) < 1 || !known) {
        ctx.addIssue({
          code: "custom",
          message: bilingual(
            `„${entry}“ ist keine Angabe „Zeile:merge|skip|create“ wie 14:create.`,
            `"${entry}" is not "line:merge|skip|create" like 14:create.`,
          ),
        });
        return z.NEVER;
      }
      const earlier = choices.get(Number(line));
      if (earlier && earlier !== known) {
        ctx.addIssue({
          code: "custom",
          message: bilingual(
            `Zeile ${line} ist zweimal verschieden entschieden (${earlier}, ${known}).`,
            `Line ${line} is decided twice, differently (${earlier}, ${known}).`,
          ),
        });
        return z.NEVER;
      }
      choices.set(Number(line), known);
    }
    return choices;
  })
  .pipe(rowChoicesInput);

/** Choices written as the query writes them; a wrong entry is a ValidationError naming "choices". */
export function readRowChoices(text: string): Map<number, DuplicatePolicy> {
  return parseInput(z.object({ choices: rowChoicesParam }), { choices: text }).choices;
}
