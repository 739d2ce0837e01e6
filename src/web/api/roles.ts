/**
 * Owners and admins: who may change the workspace's settings, take its full backup and see the
 * team's figures. The server checks the same roles (`requireRole(actor, ["owner", "admin"])`); the
 * app only shows or hides what they may use.
 */
export function isWorkspaceAdmin(role: string | undefined): boolean {
  return role === "owner" || role === "admin";
}
