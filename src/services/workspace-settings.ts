import { ForbiddenError } from "../core/errors.ts";
import type { Actor } from "../core/model/actor.ts";
import { type WorkspaceSettings, workspaceSettingsInput } from "../core/schemas/gift.ts";
import { parseInput } from "../core/validation.ts";
import type { Db } from "../store/open-store.ts";
import { readWorkspaceSettings, writeWorkspaceSettings } from "../store/workspaces.ts";
import { inTransaction, requireWrite, type ServiceContext } from "./context.ts";

export function getWorkspaceSettings(ctx: ServiceContext, actor: Actor): Promise<WorkspaceSettings> {
  return settingsIn(ctx.store.db, actor.workspaceId);
}

/** Reads through `db`, so it also works inside a transaction (SQLite has one connection). */
export async function settingsIn(db: Db, workspaceId: string): Promise<WorkspaceSettings> {
  const stored = await readWorkspaceSettings(db, workspaceId);
  const limit = stored.giftLimitCents;
  return { giftLimitCents: typeof limit === "number" ? limit : null };
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
    const stored = await readWorkspaceSettings(db, actor.workspaceId);
    await writeWorkspaceSettings(db, actor.workspaceId, { ...stored, ...patch });
  });
  return getWorkspaceSettings(ctx, actor);
}
