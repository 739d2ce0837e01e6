import type { Selectable } from "kysely";
import type { IsoDate, IsoDateTime } from "../../core/dates.ts";
import {
  defaultPersonPrivacy,
  type LegalBasis,
  type PersonPrivacy,
  type PersonSource,
} from "../../core/privacy/person-privacy.ts";
import { fromFlag, toFlag } from "../booleans.ts";
import type { Db } from "../open-store.ts";
import type { PersonPrivacyTable } from "../schema.ts";

function toPrivacy(row: Selectable<PersonPrivacyTable>): PersonPrivacy {
  return {
    personId: row.person_id,
    source: row.source as PersonSource,
    legalBasis: row.legal_basis as LegalBasis | null,
    purpose: row.purpose,
    balancingNote: row.balancing_note,
    consentOn: row.consent_on,
    consentScope: row.consent_scope,
    optOut: {
      email: fromFlag(row.opt_out_email),
      phone: fromFlag(row.opt_out_phone),
      post: fromFlag(row.opt_out_post),
      greetings: fromFlag(row.opt_out_greetings),
    },
    objectedOn: row.objected_on,
    informedOn: row.informed_on,
    leftCompanyOn: row.left_company_on,
    factsReviewedOn: row.facts_reviewed_on,
    updatedAt: row.updated_at,
  };
}

/** The privacy record of a person; people without one have the defaults (source direct, nothing set). */
export async function findPersonPrivacy(
  db: Db,
  workspaceId: string,
  personId: string,
): Promise<PersonPrivacy> {
  const row = await db
    .selectFrom("person_privacy")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("person_id", "=", personId)
    .executeTakeFirst();
  return row ? toPrivacy(row) : defaultPersonPrivacy(personId);
}

export async function savePersonPrivacy(
  db: Db,
  workspaceId: string,
  privacy: PersonPrivacy,
  meta: { now: IsoDateTime; userId: string | null },
): Promise<void> {
  const columns = {
    source: privacy.source,
    legal_basis: privacy.legalBasis,
    purpose: privacy.purpose,
    balancing_note: privacy.balancingNote,
    consent_on: privacy.consentOn,
    consent_scope: privacy.consentScope,
    opt_out_email: toFlag(privacy.optOut.email),
    opt_out_phone: toFlag(privacy.optOut.phone),
    opt_out_post: toFlag(privacy.optOut.post),
    opt_out_greetings: toFlag(privacy.optOut.greetings),
    objected_on: privacy.objectedOn,
    informed_on: privacy.informedOn,
    left_company_on: privacy.leftCompanyOn,
    facts_reviewed_on: privacy.factsReviewedOn,
    updated_at: meta.now,
    updated_by: meta.userId,
  };
  await db
    .insertInto("person_privacy")
    .values({ person_id: privacy.personId, workspace_id: workspaceId, ...columns })
    .onConflict((oc) => oc.column("person_id").doUpdateSet(columns))
    .execute();
}

/**
 * People of the workspace who must get no greetings: opted out of them, or objected to marketing
 * altogether. One query whatever the number of people.
 */
export async function listGreetingOptOuts(db: Db, workspaceId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom("person_privacy")
    .select("person_id")
    .where("workspace_id", "=", workspaceId)
    .where((eb) => eb.or([eb("opt_out_greetings", "=", 1), eb("objected_on", "is not", null)]))
    .execute();
  return new Set(rows.map((r) => r.person_id));
}

/** Records that a person left their company (the day it was noticed), unless already recorded. */
export async function recordLeftCompany(
  db: Db,
  workspaceId: string,
  personId: string,
  day: IsoDate,
  meta: { now: IsoDateTime; userId: string | null },
): Promise<void> {
  const current = await findPersonPrivacy(db, workspaceId, personId);
  if (current.leftCompanyOn) return;
  await savePersonPrivacy(db, workspaceId, { ...current, leftCompanyOn: day }, meta);
}

/** Clears the left-company mark when the person gets a company again. */
export async function clearLeftCompany(
  db: Db,
  workspaceId: string,
  personId: string,
  meta: { now: IsoDateTime; userId: string | null },
): Promise<void> {
  await db
    .updateTable("person_privacy")
    .set({ left_company_on: null, updated_at: meta.now, updated_by: meta.userId })
    .where("workspace_id", "=", workspaceId)
    .where("person_id", "=", personId)
    .where("left_company_on", "is not", null)
    .execute();
}

/** Closes a person's open loops that carry one of `texts` (the information-duty reminder). */
export async function closeOpenLoopsWithText(
  db: Db,
  workspaceId: string,
  personId: string,
  texts: string[],
  day: IsoDate,
): Promise<void> {
  await db
    .updateTable("open_loops")
    .set({ closed_on: day })
    .where("workspace_id", "=", workspaceId)
    .where("person_id", "=", personId)
    .where("closed_on", "is", null)
    .where("text", "in", texts)
    .execute();
}
