import type { IsoDate, IsoDateTime } from "../core/dates.ts";
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
  params: {
    workspaceId: string;
    viewerId: string;
    scope: ContactScope;
    now: IsoDateTime;
    /** Only open loops due by this day (the agenda's horizon); all open ones when absent (calendar). */
    loopsDueBy?: IsoDate;
  },
): Promise<AgendaRows> {
  const { workspaceId, viewerId, scope, loopsDueBy } = params;
  const inScope = scopedPeople(db, workspaceId, scope);
  const [contacts, relatives, openLoops, contactDates] = await Promise.all([
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
      db,
      db
        .selectFrom("people as p")
        .innerJoin("open_loops as l", "l.person_id", "p.id")
        .select(["l.id", "l.person_id", "l.text", "l.due_on", "l.closed_on"])
        .where("l.closed_on", "is", null)
        .$if(loopsDueBy !== undefined, (q) => q.where("l.due_on", "<=", loopsDueBy as IsoDate)),
      workspaceId,
      scope,
    )
      .orderBy("l.id")
      .execute(),
    // Contacts' important dates, driven from their people: one seek per contact straight to the
    // few important-date facts (index facts_person_visibility).
    whereInScope(
      db,
      db
        .selectFrom("people as p")
        .innerJoin("facts as f", "f.person_id", "p.id")
        .select(["f.id", "f.person_id", "f.text", "f.refers_to"])
        .where("f.category", "=", "important_date")
        .where("f.refers_to", "is not", null)
        .where((eb) => eb.or([eb("f.author_id", "=", viewerId), eb("f.shared", "=", 1)])),
      workspaceId,
      scope,
    ).execute(),
  ]);
  // Relatives are not contacts: their dates are looked up by id, and only when there are any.
  const relativeIds = relatives.map((r) => r.personId);
  const relativeDates =
    relativeIds.length === 0
      ? []
      : await db
          .selectFrom("facts")
          .select(["id", "person_id", "text", "refers_to"])
          .where("workspace_id", "=", workspaceId)
          .where("person_id", "in", relativeIds)
          .where("category", "=", "important_date")
          .where("refers_to", "is not", null)
          .where((eb) => eb.or([eb("author_id", "=", viewerId), eb("shared", "=", 1)]))
          .execute();
  const seen = new Set<string>();
  const importantDates = [...contactDates, ...relativeDates]
    .filter((f) => !seen.has(f.id) && seen.add(f.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
