import { deleteDeal, listDeals } from "../../store/deals.ts";
import type { Db } from "../../store/open-store.ts";

const PAGE = 500;

/**
 * Deletes a workspace's deals and tenders with their stakeholders and histories. Deals outlive the
 * people and companies they point at (the company reference is set null), so replacing the demo has
 * to remove them itself.
 */
export async function clearWorkspaceDeals(db: Db, workspaceId: string): Promise<void> {
  for (;;) {
    const page = await listDeals(db, workspaceId, { limit: PAGE, offset: 0 });
    if (page.items.length === 0) break;
    for (const deal of page.items) await deleteDeal(db, workspaceId, deal.id);
  }
}
