import { type CsvMapping, emptyMapping, type FieldTarget, isFieldTarget, targetOf } from "./field-targets.ts";

/** What a user may put against a column: a target, or that the column is left out. */
export type UserColumnChoice = FieldTarget | typeof IGNORE_COLUMN;
export type UserMapping = Record<string, UserColumnChoice>;

export const IGNORE_COLUMN = "ignore";

export function isUserColumnChoice(value: string): value is UserColumnChoice {
  return value === IGNORE_COLUMN || isFieldTarget(value);
}

/**
 * The user's choices over the detected mapping: a column they named gets their target, or none
 * ("ignore"); every other column keeps what the preset or the header words proposed. Headers are
 * compared as the file writes them, trimmed. Columns the user named that the file does not have are
 * returned, so the report can say so instead of silently doing nothing.
 */
export function applyUserMapping(
  headers: string[],
  detected: CsvMapping,
  user: UserMapping,
): { mapping: CsvMapping; unknownColumns: string[] } {
  const present = new Set(headers);
  const choices = new Map(Object.entries(user).map(([header, choice]) => [header.trim(), choice]));
  const mapping = emptyMapping();
  for (const header of headers) {
    const choice = choices.get(header);
    if (choice === undefined) {
      const target = targetOf(detected, header);
      if (target) mapping[header] = target;
    } else if (choice !== IGNORE_COLUMN) {
      mapping[header] = choice;
    }
  }
  const unknownColumns = [...choices.keys()].filter((header) => !present.has(header));
  return { mapping, unknownColumns };
}
