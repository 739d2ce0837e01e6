import type { IsoDate } from "../core/dates.ts";
import type { Localized } from "../core/locale.ts";
import { type ContactRules, contactRules, type TenderPhase, tenderPhase } from "../core/tender/index.ts";
import { openTendersWithStakeholders } from "../store/deals.ts";
import type { Db } from "../store/open-store.ts";

/** A person is a stakeholder of a tender whose procedure restricts contact right now. */
export interface ContactRestriction {
  personId: string;
  dealId: string;
  title: string;
  phase: TenderPhase;
  rules: ContactRules;
  warning: Localized;
}

/**
 * Who may not be approached personally today because a procedure is running: between publication
 * and award, contact with the buyer goes through the official channel only, without gifts or
 * invitations. Before publication and after the award, relationships may grow again.
 */
export async function contactRestrictions(
  db: Db,
  workspaceId: string,
  personIds: string[] | "all",
  today: IsoDate,
): Promise<Map<string, ContactRestriction[]>> {
  const rows = await openTendersWithStakeholders(db, workspaceId, personIds);
  const restrictions = new Map<string, ContactRestriction[]>();
  for (const row of rows) {
    const phase = tenderPhase(row.tender, today);
    const rules = contactRules(phase, row.tender.procedure);
    if (rules.personalContactAllowed) continue;
    const restriction: ContactRestriction = {
      personId: row.personId,
      dealId: row.dealId,
      title: row.title,
      phase,
      rules,
      warning: {
        de: `Ausschreibung „${row.title}“ läuft: ${rules.explanations.personalContact.de}`,
        en: `Tender "${row.title}" is running: ${rules.explanations.personalContact.en}`,
      },
    };
    restrictions.set(row.personId, [...(restrictions.get(row.personId) ?? []), restriction]);
  }
  return restrictions;
}
