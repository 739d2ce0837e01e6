import type { UserRole } from "../vocabulary.ts";

/**
 * Who is acting: every service call carries one, and every query is scoped by its workspace and,
 * for private rows, by its user.
 */
export interface Actor {
  workspaceId: string;
  userId: string;
  role: UserRole;
  /** Token scope: a read-only token may not write, whatever the role. */
  canWrite: boolean;
  /** The session or token used, so "sign out" can end exactly this one. */
  credentialId?: string;
  /** Where the request came from, for the audit log. */
  ip?: string | null;
}
