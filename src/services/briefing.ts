import type { Briefing } from "../core/briefing/briefing-types.ts";
import { buildBriefing } from "../core/briefing/build-briefing.ts";
import { dayOf } from "../core/dates.ts";
import { NotFoundError } from "../core/errors.ts";
import type { Actor } from "../core/model/actor.ts";
import { briefingWithoutGreetings } from "../core/privacy/greetings.ts";
import { findCompany } from "../store/companies.ts";
import { loadContactSignals } from "../store/contact-signals.ts";
import { listFacts } from "../store/facts.ts";
import { listFamily } from "../store/family.ts";
import { listGifts } from "../store/gifts.ts";
import { listInteractions } from "../store/interactions.ts";
import { listOpenLoops } from "../store/open-loops.ts";
import { findPerson } from "../store/people.ts";
import { listGreetingOptOuts } from "../store/privacy/person-privacy.ts";
import { businessContextOf } from "./business-context.ts";
import { nowIso, type ServiceContext } from "./context.ts";

/** Everything before a conversation with one person, gathered in a fixed number of queries. */
export async function getBriefing(ctx: ServiceContext, actor: Actor, personId: string): Promise<Briefing> {
  const db = ctx.store.db;
  const now = nowIso(ctx);
  const today = dayOf(now);
  const person = await findPerson(db, actor.workspaceId, personId, actor.userId);
  if (!person) throw new NotFoundError("person", personId);
  const [company, [signals], facts, relatives, loops, conversations, gifts, business] = await Promise.all([
    person.companyId ? findCompany(db, actor.workspaceId, person.companyId) : undefined,
    loadContactSignals(db, {
      workspaceId: actor.workspaceId,
      viewerId: actor.userId,
      scope: { personIds: [personId] },
      now,
    }),
    listFacts(db, actor.workspaceId, { personId, limit: 50, offset: 0 }, actor.userId),
    listFamily(db, actor.workspaceId, personId),
    listOpenLoops(db, actor.workspaceId, { personId, status: "open", limit: 100, offset: 0 }),
    listInteractions(db, actor.workspaceId, { personId, limit: 3, offset: 0 }),
    listGifts(
      db,
      actor.workspaceId,
      { personId, year: Number(today.slice(0, 4)), limit: 200, offset: 0 },
      actor.userId,
    ),
    businessContextOf(ctx, actor, personId, today),
  ]);
  if (!signals) throw new NotFoundError("person", personId);
  const optedOut = await listGreetingOptOuts(db, actor.workspaceId);
  const briefing = buildBriefing(
    {
      person,
      companyName: company?.name ?? null,
      signals,
      facts: facts.items,
      relatives,
      openLoops: loops.items,
      lastConversations: conversations.items,
      gifts: gifts.items,
      businessNotes: business.notes,
      warnings: business.warnings,
    },
    now,
    today,
  );
  // Birthday and date lines are greetings: an objection or greetings opt-out removes them here too.
  return briefingWithoutGreetings(briefing, optedOut);
}
