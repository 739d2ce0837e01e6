import { DEFAULT_PIPELINE, type PipelineStage } from "../core/deals/pipeline.ts";
import type { Db } from "../store/open-store.ts";
import { readWorkspaceSettings } from "../store/workspaces.ts";

/** The workspace's pipeline, or the default one. */
export async function pipelineOf(db: Db, workspaceId: string): Promise<readonly PipelineStage[]> {
  const settings = await readWorkspaceSettings(db, workspaceId);
  const stages = settings.pipeline;
  if (Array.isArray(stages) && stages.length > 0) return stages as PipelineStage[];
  return DEFAULT_PIPELINE;
}
