import type { IsoDateTime } from "../core/dates.ts";
import type { UserRole } from "../core/vocabulary.ts";
import type { Db } from "./open-store.ts";

export async function listUsers(db: Db, workspaceId: string) {
  const rows = await db
    .selectFrom("users")
    .select(["id", "email", "display_name", "role", "locale", "created_at", "disabled_at"])
    .where("workspace_id", "=", workspaceId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    role: r.role as UserRole,
    locale: r.locale,
    createdAt: r.created_at,
    disabled: r.disabled_at !== null,
  }));
}

export async function findUserByEmail(db: Db, email: string) {
  return db
    .selectFrom("users")
    .select(["id", "workspace_id", "password_hash", "disabled_at", "role"])
    .where("email", "=", email.trim().toLowerCase())
    .executeTakeFirst();
}

export async function readPasswordHash(db: Db, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom("users")
    .select("password_hash")
    .where("id", "=", userId)
    .executeTakeFirst();
  return row?.password_hash ?? null;
}

export async function setPasswordHash(db: Db, userId: string, hash: string | null): Promise<void> {
  await db.updateTable("users").set({ password_hash: hash }).where("id", "=", userId).execute();
}

export async function setUserRole(db: Db, workspaceId: string, userId: string, role: UserRole) {
  await db
    .updateTable("users")
    .set({ role })
    .where("id", "=", userId)
    .where("workspace_id", "=", workspaceId)
    .execute();
}

export async function setUserDisabled(db: Db, workspaceId: string, userId: string, at: IsoDateTime | null) {
  await db
    .updateTable("users")
    .set({ disabled_at: at })
    .where("id", "=", userId)
    .where("workspace_id", "=", workspaceId)
    .execute();
}

export async function countOwners(db: Db, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("workspace_id", "=", workspaceId)
    .where("role", "=", "owner")
    .where("disabled_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Ends every session of a user (sign-out everywhere, password change, role change, disabling). */
export async function revokeSessions(db: Db, userId: string, now: IsoDateTime): Promise<number> {
  const result = await db
    .updateTable("credentials")
    .set({ revoked_at: now })
    .where("user_id", "=", userId)
    .where("kind", "in", ["session", "sign_in_link"])
    .where("revoked_at", "is", null)
    .execute();
  return Number(result[0]?.numUpdatedRows ?? 0);
}

export async function countCredentialsCreatedSince(db: Db, userId: string, kind: string, since: IsoDateTime) {
  const row = await db
    .selectFrom("credentials")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .where("kind", "=", kind)
    .where("created_at", ">=", since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function isUserDisabled(db: Db, userId: string): Promise<boolean> {
  const row = await db.selectFrom("users").select("disabled_at").where("id", "=", userId).executeTakeFirst();
  return row?.disabled_at !== null && row?.disabled_at !== undefined;
}
