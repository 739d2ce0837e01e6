import { deleteCompany, listCompanies } from "../../store/companies.ts";
import { deleteInteraction, listInteractions } from "../../store/interactions.ts";
import type { Db } from "../../store/open-store.ts";
import { deletePerson, listPeople } from "../../store/people.ts";

const PAGE = 500;

/**
 * Deletes a workspace's people (contacts and family members) and companies, and the interactions
 * left without any participant. Facts, open loops, relations and histories go with their person.
 * Row by row through the store, so the search index is cleaned the same way a user's delete does.
 */
export async function clearWorkspacePeople(db: Db, workspaceId: string, viewerId: string): Promise<void> {
  for (;;) {
    const page = await listPeople(
      db,
      workspaceId,
      { limit: PAGE, offset: 0, after: undefined, sort: "created", includeNonContacts: "true" },
      viewerId,
    );
    if (page.items.length === 0) break;
    for (const person of page.items) await deletePerson(db, workspaceId, person.id);
  }
  for (;;) {
    const page = await listCompanies(db, workspaceId, { limit: PAGE, offset: 0, sort: "created" });
    if (page.items.length === 0) break;
    for (const company of page.items) await deleteCompany(db, workspaceId, company.id);
  }
  let offset = 0;
  for (;;) {
    const page = await listInteractions(db, workspaceId, { limit: PAGE, offset });
    if (page.items.length === 0) break;
    const orphans = page.items.filter((i) => i.participantIds.length === 0);
    for (const interaction of orphans) await deleteInteraction(db, workspaceId, interaction.id);
    offset += page.items.length - orphans.length;
  }
}
