import type { IsoDateTime } from "../../core/dates.ts";
import type { Actor } from "../../core/model/actor.ts";
import { headerSignature } from "../../io/csv/header-signature.ts";
import { isUserColumnChoice, type UserMapping } from "../../io/csv/user-mapping.ts";
import { deleteCsvMapping, readCsvMapping, saveCsvMapping } from "../../store/csv-mappings.ts";
import { nowIso, type ServiceContext } from "../context.ts";

// Next month's export from the same CRM has the same columns: the corrections a user made for a
// layout are kept from their last import of it and applied when they open such a file again
// without sending a mapping (decision 111). Each user keeps their own; a preview saves nothing.

export interface SavedCsvMapping {
  corrections: UserMapping;
  savedAt: IsoDateTime;
}

/** The user's corrections for files with exactly these headers, if an earlier import kept some. */
export async function findSavedCsvMapping(
  ctx: ServiceContext,
  actor: Actor,
  headers: readonly string[],
): Promise<SavedCsvMapping | null> {
  const stored = await readCsvMapping(ctx.store.db, actor.userId, headerSignature(headers));
  if (!stored) return null;
  const corrections = parseStoredMapping(stored.mapping);
  return corrections ? { corrections, savedAt: stored.savedAt } : null;
}

/**
 * Keeps the corrections an import runs with for its layout; none (the user went back to what was
 * detected) forgets the layout's saved ones, so the next file reads as detected too.
 */
export async function rememberCsvMapping(
  ctx: ServiceContext,
  actor: Actor,
  headers: readonly string[],
  corrections: UserMapping,
): Promise<void> {
  const headersHash = headerSignature(headers);
  if (Object.keys(corrections).length === 0) {
    await deleteCsvMapping(ctx.store.db, actor.userId, headersHash);
    return;
  }
  await saveCsvMapping(ctx.store.db, {
    workspaceId: actor.workspaceId,
    userId: actor.userId,
    headersHash,
    mapping: JSON.stringify(corrections),
    savedAt: nowIso(ctx),
  });
}

/**
 * A stored mapping as corrections, or null when it no longer reads as one (a target a later version
 * renamed): then the file reads as detected, as if nothing were saved, rather than failing.
 */
function parseStoredMapping(text: string): UserMapping | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return null;
  const corrections: UserMapping = Object.create(null);
  for (const [header, choice] of Object.entries(parsed)) {
    if (typeof choice !== "string" || !isUserColumnChoice(choice)) return null;
    corrections[header] = choice;
  }
  return corrections;
}
