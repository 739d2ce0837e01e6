import {
  DEFAULT_PHONE_COUNTRY,
  isPhoneCountry,
  type PhoneCountry,
} from "../core/duplicates/phone-country.ts";
import { ForbiddenError } from "../core/errors.ts";
import type { Actor } from "../core/model/actor.ts";
import { type WorkspaceSettings, workspaceSettingsInput } from "../core/schemas/workspace-settings.ts";
import { parseInput } from "../core/validation.ts";
import type { Db } from "../store/open-store.ts";
import { rekeyPhoneChannels } from "../store/phone-keys.ts";
import { readWorkspaceSettings, type SettingsLock, writeWorkspaceSettings } from "../store/workspaces.ts";
import { inTransaction, requireWrite, type ServiceContext } from "./context.ts";

export function getWorkspaceSettings(ctx: ServiceContext, actor: Actor): Promise<WorkspaceSettings> {
  return settingsIn(ctx.store.db, actor.workspaceId);
}

/** Reads through `db`, so it also works inside a transaction (SQLite has one connection). */
export async function settingsIn(
  db: Db,
  workspaceId: string,
  lock?: SettingsLock,
): Promise<WorkspaceSettings> {
  return settingsOf(await readWorkspaceSettings(db, workspaceId, lock));
}

/**
 * The country for keying phone numbers that a write transaction is about to store. Held until the
 * transaction ends, so a change of the setting, which rekeys every stored number, waits for these
 * keys instead of missing them (decision 112).
 */
export async function phoneCountryForWrite(db: Db, workspaceId: string): Promise<PhoneCountry> {
  return (await settingsIn(db, workspaceId, "share")).phoneCountry;
}

export async function updateWorkspaceSettings(ctx: ServiceContext, actor: Actor, input: unknown) {
  requireWrite(actor);
  if (actor.role !== "owner" && actor.role !== "admin") {
    throw new ForbiddenError({
      de: "Nur Inhaber und Admins ändern die Einstellungen des Arbeitsbereichs.",
      en: "Only owners and admins change workspace settings.",
    });
  }
  const patch = parseInput(workspaceSettingsInput.partial(), input);
  await inTransaction(ctx, async (db) => {
    const stored = await readWorkspaceSettings(db, actor.workspaceId, "update");
    await writeWorkspaceSettings(db, actor.workspaceId, { ...stored, ...patch });
    // Stored keys follow the country in the same transaction: no one ever sees keys of the old
    // country next to the new setting, and a failed rekeying leaves the old setting in place.
    const country = patch.phoneCountry;
    if (country && country !== settingsOf(stored).phoneCountry) {
      await rekeyPhoneChannels(db, actor.workspaceId, country);
    }
  });
  return getWorkspaceSettings(ctx, actor);
}

/** The stored document as settings; what is missing or no longer valid reads as the default. */
function settingsOf(stored: Record<string, unknown>): WorkspaceSettings {
  const limit = stored.giftLimitCents;
  return {
    giftLimitCents: typeof limit === "number" ? limit : null,
    phoneCountry: isPhoneCountry(stored.phoneCountry) ? stored.phoneCountry : DEFAULT_PHONE_COUNTRY,
  };
}
