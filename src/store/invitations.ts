import type { IsoDateTime } from "../core/dates.ts";
import type { UserRole } from "../core/vocabulary.ts";
import { newId } from "./ids.ts";
import type { Db } from "./open-store.ts";

export async function insertInvitation(
  db: Db,
  invitation: {
    workspaceId: string;
    tokenHash: string;
    email: string;
    role: UserRole;
    invitedBy: string;
    createdAt: IsoDateTime;
    expiresAt: IsoDateTime;
  },
): Promise<string> {
  const id = newId();
  await db
    .insertInto("invitations")
    .values({
      id,
      workspace_id: invitation.workspaceId,
      token_hash: invitation.tokenHash,
      email: invitation.email,
      role: invitation.role,
      invited_by: invitation.invitedBy,
      created_at: invitation.createdAt,
      expires_at: invitation.expiresAt,
      accepted_at: null,
      revoked_at: null,
    })
    .execute();
  return id;
}

export async function findInvitationByHash(db: Db, tokenHash: string) {
  return db.selectFrom("invitations").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
}

/** One-time: false when someone else accepted it first. */
export async function markInvitationAccepted(db: Db, id: string, now: IsoDateTime): Promise<boolean> {
  const result = await db
    .updateTable("invitations")
    .set({ accepted_at: now })
    .where("id", "=", id)
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .execute();
  return Number(result[0]?.numUpdatedRows ?? 0) > 0;
}

export async function listInvitations(db: Db, workspaceId: string) {
  return db
    .selectFrom("invitations")
    .select(["id", "email", "role", "created_at", "expires_at", "accepted_at", "revoked_at"])
    .where("workspace_id", "=", workspaceId)
    .orderBy("created_at", "desc")
    .execute();
}
