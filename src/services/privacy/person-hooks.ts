import { dayOf } from "../../core/dates.ts";
import type { Actor } from "../../core/model/actor.ts";
import type { Person } from "../../core/model/person.ts";
import { informationDueOn } from "../../core/privacy/deadlines.ts";
import { INFORM_LOOP_TEXT } from "../../core/privacy/information-letter.ts";
import { isThirdPartySource, type PersonSource } from "../../core/privacy/person-privacy.ts";
import { insertOpenLoop } from "../../store/open-loops.ts";
import type { Db } from "../../store/open-store.ts";
import {
  clearLeftCompany,
  findPersonPrivacy,
  recordLeftCompany,
  savePersonPrivacy,
} from "../../store/privacy/person-privacy.ts";
import { findUser } from "../../store/workspaces.ts";
import { nowIso, type ServiceContext } from "../context.ts";

/**
 * Runs in the transaction that creates a person. Data from a third party (business card, import,
 * a colleague) starts the Art. 14 information duty: the source is recorded and the user gets an
 * open loop ("do") due within one month — the briefing shows it before the first contact, which is
 * the other deadline of Art. 14(3)(b).
 */
export async function afterPersonCreated(
  ctx: ServiceContext,
  actor: Actor,
  db: Db,
  personId: string,
  source: PersonSource,
): Promise<void> {
  if (!isThirdPartySource(source)) return;
  await recordThirdPartySource(ctx, db, actor.workspaceId, personId, source, actor.userId);
}

/**
 * The same for callers that create people in bulk (contact import): pass the transaction's `db`.
 * `userId` is the user the reminder goes to.
 */
export async function recordThirdPartySource(
  ctx: ServiceContext,
  db: Db,
  workspaceId: string,
  personId: string,
  source: PersonSource,
  userId: string,
): Promise<void> {
  const now = nowIso(ctx);
  const current = await findPersonPrivacy(db, workspaceId, personId);
  await savePersonPrivacy(db, workspaceId, { ...current, source }, { now, userId });
  const locale = (await findUser(db, userId))?.locale ?? "de";
  await insertOpenLoop(
    db,
    workspaceId,
    {
      personId,
      kind: "do",
      text: INFORM_LOOP_TEXT[locale],
      dueOn: informationDueOn(dayOf(now)),
      closedOn: null,
      interactionId: null,
    },
    { now, authorId: userId },
  );
}

/** Leaving a company starts the retention review of personal facts; joining one ends that mark. */
export async function afterPersonUpdated(
  ctx: ServiceContext,
  actor: Actor,
  db: Db,
  before: Person,
  patch: { companyId?: string | null },
): Promise<void> {
  if (patch.companyId === undefined || patch.companyId === before.companyId) return;
  const meta = { now: nowIso(ctx), userId: actor.userId };
  if (before.companyId !== null) {
    await recordLeftCompany(db, actor.workspaceId, before.id, dayOf(meta.now), meta);
  } else {
    await clearLeftCompany(db, actor.workspaceId, before.id, meta);
  }
}
