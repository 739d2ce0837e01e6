import { earlyWarning, readinessPlan, type Stakeholder, scoreCoverage } from "../core/coverage/index.ts";
import type { IsoDate } from "../core/dates.ts";
import type { Localized } from "../core/locale.ts";
import type { Actor } from "../core/model/actor.ts";
import { fullName } from "../core/model/person.ts";
import { scoreWarmth } from "../core/relationship/index.ts";
import { loadContactSignals } from "../store/contact-signals.ts";
import { listDeals } from "../store/deals.ts";
import type { ServiceContext } from "./context.ts";

export interface TenderAgendaItem {
  id: string;
  kind: "tender_warning" | "tender_touch";
  dealId: string;
  personId: string | null;
  date: IsoDate;
  text: Localized;
}

/**
 * For the user's open tenders that are not yet published: the early warning when publication is
 * near and coverage is low, and the touches of the readiness plan that are due by today.
 */
export async function tenderAgenda(ctx: ServiceContext, actor: Actor, now: string, today: IsoDate) {
  const { items: tenders } = await listDeals(ctx.store.db, actor.workspaceId, {
    kind: "tender",
    status: "open",
    limit: 1000,
    offset: 0,
  });
  const upcoming = tenders.filter(
    (d) => d.ownerId === actor.userId && d.tender?.expectedPublicationOn && !d.tender.publishedOn,
  );
  const personIds = [...new Set(upcoming.flatMap((d) => d.stakeholders.map((s) => s.personId)))];
  const signals = await loadContactSignals(ctx.store.db, {
    workspaceId: actor.workspaceId,
    viewerId: actor.userId,
    scope: { personIds },
    now,
  });
  const byPerson = new Map(signals.map((s) => [s.personId, s]));
  const items: TenderAgendaItem[] = [];
  for (const deal of upcoming) {
    const publication = deal.tender?.expectedPublicationOn as IsoDate;
    const stakeholders: Stakeholder[] = deal.stakeholders.map((s) => {
      const signal = byPerson.get(s.personId);
      return {
        personId: s.personId,
        name: signal ? fullName(signal) : "",
        role: s.role,
        influence: s.influence,
        warmth: signal ? scoreWarmth(signal, now).score : 0,
        lastContactAt: signal?.lastInteractionAt ?? null,
      };
    });
    const coverage = scoreCoverage(stakeholders, now);
    const warning = earlyWarning(publication, coverage, today);
    if (warning) {
      items.push({
        id: `tender_warning:${deal.id}`,
        kind: "tender_warning",
        dealId: deal.id,
        personId: null,
        date: today,
        text: { de: `${deal.title}: ${warning.text.de}`, en: `${deal.title}: ${warning.text.en}` },
      });
    }
    for (const touch of readinessPlan(stakeholders, publication, today)) {
      if (touch.date > today) continue;
      items.push({
        id: `tender_touch:${deal.id}:${touch.personId ?? "missing"}:${touch.round}`,
        kind: "tender_touch",
        dealId: deal.id,
        personId: touch.personId,
        date: touch.date,
        text: { de: `${deal.title}: ${touch.text.de}`, en: `${deal.title}: ${touch.text.en}` },
      });
    }
  }
  return items.sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1));
}
