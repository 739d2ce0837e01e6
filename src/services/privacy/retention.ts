import type { Actor } from "../../core/model/actor.ts";
import { type RetentionQueueItem, retentionQueue } from "../../core/privacy/retention.ts";
import { deleteFactsOf, listWorkspaceIds, loadRetentionCandidates } from "../../store/privacy/retention.ts";
import { findOwner } from "../../store/workspaces.ts";
import { inTransaction, type ServiceContext, todayIso } from "../context.ts";
import { auditPrivacy } from "./privacy-audit.ts";
import { privacySettingsIn } from "./privacy-settings.ts";

/**
 * GET /api/privacy/review-queue: the people whose personal facts the viewer should review today,
 * by the workspace's rules. Counts only facts the viewer may see, so a colleague's private facts
 * stay invisible — their author reviews them in their own queue.
 */
export async function getReviewQueue(ctx: ServiceContext, actor: Actor) {
  const rules = await privacySettingsIn(ctx.store.db, actor.workspaceId);
  const today = todayIso(ctx);
  const candidates = await loadRetentionCandidates(ctx.store.db, actor.workspaceId, actor.userId);
  return {
    today,
    rules: { factReviewMonths: rules.factReviewMonths, reviewOnLeavingCompany: rules.reviewOnLeavingCompany },
    items: retentionQueue(candidates, rules, today),
  };
}

export interface RetentionRun {
  workspaceId: string;
  today: string;
  queue: RetentionQueueItem[];
  /** Facts deleted (0 in a dry run). */
  deletedFacts: number;
  applied: boolean;
}

/**
 * The controller's retention run over one workspace: every author's facts count. With `apply`,
 * the personal facts of everyone in the queue are deleted in one transaction and the run is
 * audited (counts and person ids, no texts). Without it, it only reports.
 */
export async function runRetention(
  ctx: ServiceContext,
  workspaceId: string,
  options: { apply: boolean; actor?: Actor },
): Promise<RetentionRun> {
  const today = todayIso(ctx);
  return inTransaction(ctx, async (db) => {
    const rules = await privacySettingsIn(db, workspaceId);
    const queue = retentionQueue(await loadRetentionCandidates(db, workspaceId, null), rules, today);
    if (!options.apply || queue.length === 0)
      return { workspaceId, today, queue, deletedFacts: 0, applied: options.apply };
    const deletedFacts = await deleteFactsOf(
      db,
      workspaceId,
      queue.map((q) => q.personId),
    );
    // A run from the CLI acts for the workspace's owner, the controller's representative.
    const actor = options.actor ?? { workspaceId, userId: (await findOwner(db, workspaceId))?.id ?? null };
    await auditPrivacy(
      ctx,
      actor,
      "retention_applied",
      {
        target: { type: "workspace", id: workspaceId },
        detail: { people: queue.length, facts: deletedFacts, personIds: queue.map((q) => q.personId) },
      },
      db,
    );
    return { workspaceId, today, queue, deletedFacts, applied: true };
  });
}

/** `kundenfreund retention [--apply]`: every workspace of the database, one after another. */
export async function runRetentionEverywhere(ctx: ServiceContext, options: { apply: boolean }) {
  const runs: RetentionRun[] = [];
  for (const workspaceId of await listWorkspaceIds(ctx.store.db)) {
    runs.push(await runRetention(ctx, workspaceId, options));
  }
  return runs;
}
