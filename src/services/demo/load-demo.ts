import { generateDemoBatches } from "../../core/demo/generate-demo.ts";
import { ConflictError } from "../../core/errors.ts";
import type { Actor } from "../../core/model/actor.ts";
import { listPeople } from "../../store/people.ts";
import { inTransaction, requireWrite, type ServiceContext, todayIso } from "../context.ts";
import { phoneCountryForWrite } from "../workspace-settings.ts";
import { clearWorkspaceDeals } from "./clear-workspace-deals.ts";
import { clearWorkspacePeople } from "./clear-workspace-people.ts";
import { type DemoCounts, DemoWriter } from "./write-demo-batch.ts";

export type { DemoCounts } from "./write-demo-batch.ts";

export interface LoadDemoOptions {
  seed: number | string;
  /** Delete the workspace's people, companies and deals first; without it a workspace with people is refused. */
  replace?: boolean;
}

/**
 * Fills the actor's workspace with the demo for today, in one transaction: all of it or nothing.
 * The actor owns every contact and deal and authors every interaction, fact and open loop.
 */
export async function loadDemo(
  ctx: ServiceContext,
  actor: Actor,
  options: LoadDemoOptions,
): Promise<DemoCounts> {
  requireWrite(actor);
  const today = todayIso(ctx);
  return inTransaction(ctx, async (db) => {
    const existing = await listPeople(
      db,
      actor.workspaceId,
      { limit: 1, offset: 0, after: undefined, sort: "created", includeNonContacts: "true" },
      actor.userId,
    );
    if (existing.items.length > 0) {
      if (!options.replace) {
        throw new ConflictError({
          de: `Dieser Arbeitsbereich enthält schon ${existing.total ?? existing.items.length} Personen. Die Demo ersetzt sie nur auf ausdrücklichen Wunsch („replace“) – dabei werden alle Kontakte, Firmen, Aufträge und Ausschreibungen gelöscht.`,
          en: `This workspace already has ${existing.total ?? existing.items.length} people. The demo replaces them only when asked to ("replace") – that deletes all contacts, companies, deals and tenders.`,
        });
      }
      await clearWorkspaceDeals(db, actor.workspaceId);
      await clearWorkspacePeople(db, actor.workspaceId, actor.userId);
    }
    const writer = new DemoWriter(db, actor, today, await phoneCountryForWrite(db, actor.workspaceId));
    for (const batch of generateDemoBatches({ seed: options.seed, today, scale: "demo" })) {
      await writer.write(batch);
    }
    return writer.counts;
  });
}
