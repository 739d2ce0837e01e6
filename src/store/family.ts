import type { BriefingRelative } from "../core/briefing/briefing-types.ts";
import { FAMILY_RELATION_KINDS } from "../core/relationship/index.ts";
import type { RelationKind } from "../core/vocabulary.ts";
import type { Db } from "./open-store.ts";

/** The family of a person (partner, children, parents, siblings) in either direction of the link. */
export async function listFamily(db: Db, workspaceId: string, personId: string): Promise<BriefingRelative[]> {
  const rows = await db
    .selectFrom("relations as r")
    .innerJoin("people as p", "p.id", "r.related_person_id")
    .select([
      "p.id",
      "p.first_name",
      "p.last_name",
      "p.birthday_day",
      "p.birthday_month",
      "p.birthday_year",
      "r.kind",
    ])
    .where("r.workspace_id", "=", workspaceId)
    .where("r.person_id", "=", personId)
    .where("r.kind", "in", FAMILY_RELATION_KINDS)
    .orderBy("p.first_name")
    .execute();
  return rows.map((r) => ({
    personId: r.id,
    firstName: r.first_name,
    lastName: r.last_name,
    birthday:
      r.birthday_day !== null && r.birthday_month !== null
        ? { day: r.birthday_day, month: r.birthday_month, year: r.birthday_year }
        : null,
    kind: r.kind as RelationKind,
  }));
}
