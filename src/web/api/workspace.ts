import type { WorkspaceSettings } from "../../core/schemas/workspace-settings.ts";
import { api } from "./client.ts";

export function getWorkspaceSettings(signal?: AbortSignal) {
  return api<WorkspaceSettings>("/api/workspace/settings", { signal });
}

/** Owners and admins only; a new phone country rekeys every stored number before this answers. */
export function updateWorkspaceSettings(patch: Partial<WorkspaceSettings>) {
  return api<WorkspaceSettings>("/api/workspace/settings", { method: "PATCH", body: patch });
}
