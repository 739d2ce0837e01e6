import type { IsoDateTime } from "../core/dates.ts";
import { newId } from "./ids.ts";
import type { Db } from "./open-store.ts";

/**
 * Secrets that let someone in: one-time sign-in links, browser sessions, API tokens and calendar
 * feed tokens. Only a SHA-256 hash of each secret is stored, so a leaked database opens nothing.
 */
export type CredentialKind = "sign_in_link" | "session" | "api_token" | "calendar_feed";
export type CredentialScope = "read" | "write";

export interface Credential {
  id: string;
  workspaceId: string;
  userId: string;
  kind: CredentialKind;
  name: string;
  scope: CredentialScope;
  createdAt: IsoDateTime;
  expiresAt: IsoDateTime | null;
  revokedAt: IsoDateTime | null;
  lastUsedAt: IsoDateTime | null;
}

export async function insertCredential(
  db: Db,
  credential: Omit<Credential, "id" | "revokedAt" | "lastUsedAt"> & { tokenHash: string },
): Promise<Credential> {
  const id = newId();
  await db
    .insertInto("credentials")
    .values({
      id,
      workspace_id: credential.workspaceId,
      user_id: credential.userId,
      kind: credential.kind,
      name: credential.name,
      token_hash: credential.tokenHash,
      scope: credential.scope,
      created_at: credential.createdAt,
      expires_at: credential.expiresAt,
      revoked_at: null,
      last_used_at: null,
    })
    .execute();
  const { tokenHash: _hash, ...rest } = credential;
  return { id, ...rest, revokedAt: null, lastUsedAt: null };
}

export async function findCredentialByHash(db: Db, tokenHash: string): Promise<Credential | undefined> {
  const row = await db
    .selectFrom("credentials")
    .selectAll()
    .where("token_hash", "=", tokenHash)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    userId: row.user_id,
    kind: row.kind as CredentialKind,
    name: row.name,
    scope: row.scope as CredentialScope,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
  };
}

export async function listCredentials(db: Db, workspaceId: string, userId: string, kind: CredentialKind) {
  const rows = await db
    .selectFrom("credentials")
    .select(["id", "name", "scope", "created_at", "expires_at", "revoked_at", "last_used_at"])
    .where("workspace_id", "=", workspaceId)
    .where("user_id", "=", userId)
    .where("kind", "=", kind)
    .orderBy("created_at")
    .execute();
  return rows;
}

export async function revokeCredential(
  db: Db,
  workspaceId: string,
  id: string,
  now: IsoDateTime,
): Promise<boolean> {
  const result = await db
    .updateTable("credentials")
    .set({ revoked_at: now })
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .execute();
  return Number(result[0]?.numUpdatedRows ?? 0) > 0;
}

/** One-time use: marks the credential spent; false when it was already spent by someone else. */
export async function spendCredential(db: Db, id: string, now: IsoDateTime): Promise<boolean> {
  const result = await db
    .updateTable("credentials")
    .set({ revoked_at: now, last_used_at: now })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .execute();
  return Number(result[0]?.numUpdatedRows ?? 0) > 0;
}

export async function touchCredential(db: Db, id: string, now: IsoDateTime): Promise<void> {
  await db.updateTable("credentials").set({ last_used_at: now }).where("id", "=", id).execute();
}
