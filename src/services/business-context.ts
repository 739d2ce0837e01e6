import { formatEuro } from "../core/gifts/index.ts";
import type { Localized } from "../core/locale.ts";
import type { Actor } from "../core/model/actor.ts";
import { tenderPhase } from "../core/tender/index.ts";
import { listDeals } from "../store/deals.ts";
import type { ServiceContext } from "./context.ts";
import { contactRestrictions } from "./tender-status.ts";

const PHASE: Record<string, Localized> = {
  before_publication: { de: "vor der Bekanntmachung", en: "before publication" },
  procedure_running: { de: "Verfahren läuft", en: "procedure running" },
  standstill_award: { de: "Wartefrist / Zuschlag", en: "standstill / award" },
  closed: { de: "abgeschlossen", en: "closed" },
};

/** The open deals and tenders a person is involved in, and any contact restriction, for the briefing. */
export async function businessContextOf(ctx: ServiceContext, actor: Actor, personId: string, today: string) {
  const [{ items }, restrictions] = await Promise.all([
    listDeals(ctx.store.db, actor.workspaceId, { personId, status: "open", limit: 50, offset: 0 }),
    contactRestrictions(ctx.store.db, actor.workspaceId, [personId], today),
  ]);
  const notes: Localized[] = items.map((deal) => {
    const role = deal.stakeholders.find((s) => s.personId === personId)?.role ?? "";
    const value = formatEuro(deal.valueCents);
    if (deal.tender) {
      const phase = PHASE[tenderPhase(deal.tender, today)] ?? { de: "", en: "" };
      return {
        de: `Ausschreibung „${deal.title}“ (${phase.de}), ${value.de} – Rolle: ${role}`,
        en: `Tender "${deal.title}" (${phase.en}), ${value.en} – role: ${role}`,
      };
    }
    return {
      de: `Auftrag „${deal.title}“: ${deal.stage}, ${value.de}, ${deal.probability} % – Rolle: ${role}`,
      en: `Deal "${deal.title}": ${deal.stage}, ${value.en}, ${deal.probability}% – role: ${role}`,
    };
  });
  return { notes, warnings: (restrictions.get(personId) ?? []).map((r) => r.warning) };
}
