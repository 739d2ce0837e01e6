import type { IsoDateTime } from "../core/dates.ts";
import type { Locale } from "../core/locale.ts";
import type { User, Workspace } from "../core/model/workspace.ts";
import type { UserRole } from "../core/vocabulary.ts";
import { dialectOf } from "./dialect.ts";
import { newId } from "./ids.ts";
import type { Db } from "./open-store.ts";

export async function insertWorkspace(db: Db, name: string, now: IsoDateTime): Promise<Workspace> {
  const id = newId();
  await db.insertInto("workspaces").values({ id, name, settings: "{}", created_at: now }).execute();
  return { id, name, createdAt: now };
}

export async function firstWorkspace(db: Db): Promise<Workspace | undefined> {
  const row = await db
    .selectFrom("workspaces")
    .selectAll()
    .orderBy("created_at")
    .orderBy("id")
    .executeTakeFirst();
  return row ? { id: row.id, name: row.name, createdAt: row.created_at } : undefined;
}

export async function insertUser(
  db: Db,
  user: { workspaceId: string; displayName: string; email: string | null; role: UserRole; locale: Locale },
  now: IsoDateTime,
): Promise<User> {
  const id = newId();
  await db
    .insertInto("users")
    .values({
      id,
      workspace_id: user.workspaceId,
      email: user.email,
      display_name: user.displayName,
      role: user.role,
      locale: user.locale,
      password_hash: null,
      created_at: now,
      disabled_at: null,
    })
    .execute();
  return { id, ...user, createdAt: now };
}

export async function findUser(db: Db, id: string): Promise<User | undefined> {
  const row = await db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
  return row
    ? {
        id: row.id,
        workspaceId: row.workspace_id,
        email: row.email,
        displayName: row.display_name,
        role: row.role as UserRole,
        locale: row.locale as Locale,
        createdAt: row.created_at,
      }
    : undefined;
}

/** The owner of a workspace: the user the single-user local mode acts as. */
export async function findOwner(db: Db, workspaceId: string): Promise<User | undefined> {
  const row = await db
    .selectFrom("users")
    .select("id")
    .where("workspace_id", "=", workspaceId)
    .where("role", "=", "owner")
    .orderBy("created_at")
    .executeTakeFirst();
  return row ? findUser(db, row.id) : undefined;
}

/**
 * How a transaction holds the settings it read until it ends: "share" while it stores values
 * derived from them (phone keys), "update" while it changes them. PostgreSQL locks the workspace
 * row; SQLite needs nothing, it runs one write transaction at a time.
 */
export type SettingsLock = "share" | "update";

/** Workspace settings are a small JSON document; unknown keys from newer versions are kept. */
export async function readWorkspaceSettings(
  db: Db,
  workspaceId: string,
  lock?: SettingsLock,
): Promise<Record<string, unknown>> {
  const row = await db
    .selectFrom("workspaces")
    .select("settings")
    .where("id", "=", workspaceId)
    .$if(lock !== undefined && dialectOf(db) === "postgres", (query) =>
      lock === "update" ? query.forUpdate() : query.forShare(),
    )
    .executeTakeFirst();
  try {
    return row ? (JSON.parse(row.settings) as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export async function writeWorkspaceSettings(db: Db, workspaceId: string, settings: Record<string, unknown>) {
  await db
    .updateTable("workspaces")
    .set({ settings: JSON.stringify(settings) })
    .where("id", "=", workspaceId)
    .execute();
}
