import type { IsoDateTime } from "../core/dates.ts";
import {
  type AgendaDateFact,
  type AgendaOpenLoop,
  type AgendaRelative,
  FAMILY_RELATION_KINDS,
} from "../core/relationship/index.ts";
import type { RelationKind } from "../core/vocabulary.ts";
import {
  type ContactScope,
  type ContactWithSignals,
  loadContactSignals,
  scopedPeople,
  whereInScope,
} from "./contact-signals.ts";
import type { Db } from "./open-store.ts";

export interface AgendaRows {
  contacts: ContactWithSignals[];
  relatives: AgendaRelative[];
  importantDates: AgendaDateFact[];
  openLoops: AgendaOpenLoop[];
}

/**
 * Everything the Heute agenda needs for one user, in a fixed number of queries whatever the number
 * of contacts: signals, family members, important-date facts and open loops of their contacts.
 */
export async function loadAgendaRows(
  db: Db,
  params: { workspaceId: string; viewerId: string; scope: ContactScope; now: IsoDateTime },
): Promise<AgendaRows> {
  const { workspaceId, viewerId, scope } = params;
  const inScope = scopedPeople(db, workspaceId, scope);
  const [contacts, relatives, openLoops] = await Promise.all([
    loadContactSignals(db, params),
    db
      .selectFrom("relations as r")
      .innerJoin("people as p", "p.id", "r.related_person_id")
      .select([
        "r.person_id as contactId",
        "r.kind",
        "p.id as personId",
        "p.first_name",
        "p.last_name",
        "p.birthday_day",
        "p.birthday_month",
        "p.birthday_year",
      ])
      .where("r.workspace_id", "=", workspaceId)
      .where("r.person_id", "in", inScope)
      .where("r.kind", "in", FAMILY_RELATION_KINDS)
      .where("p.is_contact", "=", 0)
      .orderBy("p.id")
      .execute(),
    whereInScope(
      db
        .selectFrom("people as p")
        .innerJoin("open_loops as l", "l.person_id", "p.id")
        .select(["l.id", "l.person_id", "l.text", "l.due_on", "l.closed_on"])
        .where("l.closed_on", "is", null),
      workspaceId,
      scope,
    )
      .orderBy("l.id")
      .execute(),
  ]);
  const subjectIds = [...contacts.map((c) => c.personId), ...relatives.map((r) => r.personId)];
  const importantDates =
    subjectIds.length === 0
      ? []
      : await db
          .selectFrom("facts")
          .select(["id", "person_id", "text", "refers_to"])
          .where("workspace_id", "=", workspaceId)
          .where("category", "=", "important_date")
          .where("refers_to", "is not", null)
          .where((eb) =>
            eb.or([
              eb("person_id", "in", inScope),
              eb("person_id", "in", relatives.map((r) => r.personId).concat([""])),
            ]),
          )
          .where((eb) => eb.or([eb("author_id", "=", viewerId), eb("shared", "=", 1)]))
          .orderBy("id")
          .execute();
  return {
    contacts,
    relatives: relatives.map((r) => ({
      personId: r.personId,
      firstName: r.first_name,
      lastName: r.last_name,
      birthday:
        r.birthday_day !== null && r.birthday_month !== null
          ? { day: r.birthday_day, month: r.birthday_month, year: r.birthday_year }
          : null,
      contactId: r.contactId,
      kind: r.kind as RelationKind,
    })),
    importantDates: importantDates.map((f) => ({
      id: f.id,
      personId: f.person_id,
      text: f.text,
      refersTo: f.refers_to,
    })),
    openLoops: openLoops.map((l) => ({
      id: l.id,
      personId: l.person_id,
      text: l.text,
      dueOn: l.due_on,
      closedOn: l.closed_on,
    })),
  };
}
