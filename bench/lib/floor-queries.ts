import { computeSignalCutoffs } from "../../src/core/relationship/index.ts";
import { prefixUpperBound, queryTerms } from "../../src/core/search-terms.ts";
import type { FloorDb } from "./floor.ts";

// Each floor returns the same rows the product's store reads for that screen. Kept honest: same
// tables, same filters, same indexes — only without our layers (Kysely, services, rules, JSON).

// The contact signals as the store reads them (decision 094): all-time totals kept by triggers,
// and one pass over the last year of the covering index for the windowed parts.
const LAST_YEAR = `select person_id, max(occurred_at), count(*),
  sum(case when occurred_at >= ? then 1 else 0 end),
  sum(case when occurred_at >= ? then trust end), count(case when occurred_at >= ? then trust end),
  sum(case when occurred_at >= ? then resistance end), count(case when occurred_at >= ? then resistance end)
  from interaction_participants
  where occurred_at >= ? and occurred_at <= ? and person_id in (SCOPE) group by person_id`;

const PLANNED = `select person_id, count(*), sum(case when initiated_by = 'them' then 1 else 0 end),
  sum(case when personal = 1 then 1 else 0 end),
  sum(case when kind in ('meeting','meal','event','video') then 1 else 0 end),
  sum(trust), count(trust), sum(resistance), count(resistance)
  from interaction_participants where occurred_at > ? and person_id in (SCOPE) group by person_id`;

function lastYearParams(now: string) {
  const c = computeSignalCutoffs(now);
  return [c.recent, c.ratings, c.ratings, c.ratings, c.ratings, c.year, now];
}

export async function agendaFloor(db: FloorDb, workspaceId: string, userId: string, now: string) {
  const scope = "select id from people where workspace_id = ? and owner_id = ? and is_contact = 1";
  const [people] = await Promise.all([
    db.all(
      `select p.*, t.* from people p left join contact_totals t on t.person_id = p.id
       where p.workspace_id = ? and p.owner_id = ? and p.is_contact = 1 order by p.id`,
      [workspaceId, userId],
    ),
    db.all(LAST_YEAR.replace("SCOPE", scope), [...lastYearParams(now), workspaceId, userId]),
    db.all(PLANNED.replace("SCOPE", scope), [now, workspaceId, userId]),
    db.all(
      `select person_id, count(*) from facts where workspace_id = ? and person_id in (${scope}) and (author_id = ? or shared = 1) group by person_id`,
      [workspaceId, workspaceId, userId, userId],
    ),
    db.all(
      `select r.person_id, r.kind, p.id, p.first_name, p.last_name, p.birthday_day, p.birthday_month, p.birthday_year from relations r join people p on p.id = r.related_person_id where r.workspace_id = ? and r.person_id in (${scope}) and r.kind in ('partner','child','parent','sibling') and p.is_contact = 0`,
      [workspaceId, workspaceId, userId],
    ),
    db.all(
      `select id, person_id, text, due_on, closed_on from open_loops where workspace_id = ? and person_id in (${scope}) and closed_on is null order by id`,
      [workspaceId, workspaceId, userId],
    ),
    db.all(
      `select id, person_id, text, refers_to from facts where workspace_id = ? and category = 'important_date'
       and refers_to is not null and person_id in (${scope}) and (author_id = ? or shared = 1) order by id`,
      [workspaceId, workspaceId, userId, userId],
    ),
  ]);
  return people;
}

export async function searchFloor(db: FloorDb, workspaceId: string, userId: string, query: string) {
  const terms = queryTerms(query).slice(0, 8);
  if (terms.length > 1) return multiWordSearchFloor(db, workspaceId, userId, terms);
  const [term = "a"] = terms;
  // The same bounded read of the term index as the product's one-word search (src/store/search.ts).
  const entries = (await db.all(
    `select entity_type, entity_id, term from search_terms
     where workspace_id = ? and term >= ? and term < ? and entity_type in ('person','company','fact')
       and (visible_to is null or visible_to = ?)
     order by term, entity_type, entity_id limit 200`,
    [workspaceId, term, prefixUpperBound(term), userId],
  )) as Array<{ entity_type: string; entity_id: string }>;
  const ids = [...new Set(entries.filter((e) => e.entity_type === "person").map((e) => e.entity_id))].slice(
    0,
    20,
  );
  await describePeople(db, workspaceId, ids);
  return entries;
}

async function describePeople(db: FloorDb, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return;
  const marks = ids.map(() => "?").join(",");
  await db.all(
    `select p.id, p.first_name, p.last_name, p.job_title, c.name from people p left join companies c on c.id = p.company_id where p.workspace_id = ? and p.id in (${marks})`,
    [workspaceId, ...ids],
  );
}

/**
 * The product's multi-word plan (src/store/search.ts, decision 093) in raw SQL: bounded counts
 * pick the rarest word, its range is walked on the term index in doubling chunks, and each new
 * entity is checked against the other words and for visibility through its own terms.
 */
async function multiWordSearchFloor(db: FloorDb, workspaceId: string, userId: string, terms: string[]) {
  const sizes = await Promise.all(
    terms.map(async (term) => {
      const [row] = (await db.all(
        "select count(*) as n from (select entity_id from search_terms where workspace_id = ? and term >= ? and term < ? limit 5000)",
        [workspaceId, term, prefixUpperBound(term)],
      )) as Array<{ n: number }>;
      return { term, size: Number(row?.n ?? 0) };
    }),
  );
  const [rarest = "", ...others] = sizes
    .sort((a, b) => a.size - b.size || b.term.length - a.term.length || (a.term < b.term ? -1 : 1))
    .map((s) => s.term);
  const hits: Array<{ entity_type: string; entity_id: string }> = [];
  const seen = new Set<string>();
  let after: { term: string; entity_type: string; entity_id: string } | null = null;
  let chunkSize = 100;
  let walked = 0;
  let checked = 0;
  while (hits.length < 20 && walked < 2000 && checked < 500) {
    const chunk = (await db.all(
      after
        ? `select term, entity_type, entity_id from search_terms where workspace_id = ? and term >= ? and term < ?
             and entity_type in ('person','company','fact') and (term > ? or (entity_type, entity_id) > (?, ?))
             order by term, entity_type, entity_id limit ?`
        : `select term, entity_type, entity_id from search_terms where workspace_id = ? and term >= ? and term < ?
             and entity_type in ('person','company','fact') order by term, entity_type, entity_id limit ?`,
      after
        ? [
            workspaceId,
            after.term,
            prefixUpperBound(rarest),
            after.term,
            after.entity_type,
            after.entity_id,
            chunkSize,
          ]
        : [workspaceId, rarest, prefixUpperBound(rarest), chunkSize],
    )) as Array<{ term: string; entity_type: string; entity_id: string }>;
    walked += chunk.length;
    const candidates = new Map<string, string>();
    for (const entry of chunk) {
      if (seen.has(entry.entity_id) || candidates.size >= 500 - checked) continue;
      seen.add(entry.entity_id);
      candidates.set(entry.entity_id, entry.entity_type);
    }
    checked += candidates.size;
    if (candidates.size > 0) {
      const ids = [...candidates.keys()];
      const ranges = others.map(() => "(term >= ? and term < ?)").join(" or ");
      const rows = (await db.all(
        `select entity_id, term from search_terms where entity_id in (${ids.map(() => "?").join(",")})
           and workspace_id = ? and (visible_to is null or visible_to = ?) and (${ranges})`,
        [...ids, workspaceId, userId, ...others.flatMap((w) => [w, prefixUpperBound(w)])],
      )) as Array<{ entity_id: string; term: string }>;
      const termsOf = new Map<string, string[]>();
      for (const row of rows) termsOf.set(row.entity_id, [...(termsOf.get(row.entity_id) ?? []), row.term]);
      for (const [id, found] of termsOf) {
        if (others.every((w) => found.some((t) => t.startsWith(w)))) {
          hits.push({ entity_type: candidates.get(id) ?? "", entity_id: id });
        }
      }
    }
    if (chunk.length < chunkSize) break;
    after = chunk[chunk.length - 1] ?? null;
    chunkSize = Math.min(chunkSize * 2, 400);
  }
  await describePeople(
    db,
    workspaceId,
    hits.filter((h) => h.entity_type === "person").map((h) => h.entity_id),
  );
  return hits;
}

async function personCore(db: FloorDb, workspaceId: string, personId: string, now: string) {
  return Promise.all([
    db.all(
      "select p.*, t.* from people p left join contact_totals t on t.person_id = p.id where p.workspace_id = ? and p.id = ?",
      [workspaceId, personId],
    ),
    db.all(
      "select person_id, kind, label, value from person_channels where person_id in (?) order by person_id, position",
      [personId],
    ),
    db.all("select person_id, tag from person_tags where person_id in (?) order by tag", [personId]),
    db.all(LAST_YEAR.replace("SCOPE", "?"), [...lastYearParams(now), personId]),
    db.all(PLANNED.replace("SCOPE", "?"), [now, personId]),
  ]);
}

export async function personPageFloor(db: FloorDb, workspaceId: string, personId: string, now: string) {
  const [core, interactions] = await Promise.all([
    personCore(db, workspaceId, personId, now),
    db.all(
      "select i.* from interactions i where i.workspace_id = ? and i.id in (select interaction_id from interaction_participants where person_id = ?) order by i.occurred_at desc, i.id desc limit 50",
      [workspaceId, personId],
    ),
  ]);
  const ids = (interactions as Array<{ id: string }>).map((i) => i.id);
  if (ids.length > 0) {
    await db.all(
      `select interaction_id, person_id from interaction_participants where interaction_id in (${ids.map(() => "?").join(",")})`,
      ids,
    );
  }
  return [core, interactions];
}

export async function briefingFloor(
  db: FloorDb,
  workspaceId: string,
  personId: string,
  userId: string,
  now: string,
) {
  return Promise.all([
    personCore(db, workspaceId, personId, now),
    db.all(
      "select * from facts where workspace_id = ? and person_id = ? and (author_id = ? or shared = 1) order by learned_on desc, id desc limit 50",
      [workspaceId, personId, userId],
    ),
    db.all(
      "select p.* , r.kind from relations r join people p on p.id = r.related_person_id where r.workspace_id = ? and r.person_id = ?",
      [workspaceId, personId],
    ),
    db.all("select * from open_loops where workspace_id = ? and person_id = ? and closed_on is null", [
      workspaceId,
      personId,
    ]),
    db.all(
      "select i.* from interactions i where i.workspace_id = ? and i.id in (select interaction_id from interaction_participants where person_id = ?) order by i.occurred_at desc, i.id desc limit 3",
      [workspaceId, personId],
    ),
    db.all("select * from gifts where workspace_id = ? and person_id = ? and occurred_on >= ?", [
      workspaceId,
      personId,
      `${now.slice(0, 4)}-01-01`,
    ]),
    db.all(
      "select d.* from deals d where d.workspace_id = ? and d.status = 'open' and d.id in (select deal_id from deal_stakeholders where person_id = ?)",
      [workspaceId, personId],
    ),
  ]);
}

/**
 * A page of the people list by offset: the total (a full count) only with the first page, as the
 * product returns it; one row more than the page tells whether a next page (cursor) exists.
 */
export async function peopleListFloor(db: FloorDb, workspaceId: string, offset: number) {
  const rows = (await db.all(
    "select * from people where workspace_id = ? and is_contact = 1 order by sort_name, id limit 51 offset ?",
    [workspaceId, offset],
  )) as Array<{ id: string }>;
  await Promise.all([
    offset === 0
      ? db.all("select count(*) from people where workspace_id = ? and is_contact = 1", [workspaceId])
      : null,
    hydratePeopleFloor(db, rows.slice(0, 50)),
  ]);
  return rows;
}

/** A page of the people list after a cursor (keyset: seek the index to the last row shown). */
export async function peopleListAfterFloor(
  db: FloorDb,
  workspaceId: string,
  after: { key: string; id: string },
) {
  const rows = (await db.all(
    "select * from people where workspace_id = ? and is_contact = 1 and (sort_name, id) > (?, ?) order by sort_name, id limit 51",
    [workspaceId, after.key, after.id],
  )) as Array<{ id: string }>;
  await hydratePeopleFloor(db, rows.slice(0, 50));
  return rows;
}

async function hydratePeopleFloor(db: FloorDb, rows: Array<{ id: string }>) {
  const ids = rows.map((r) => r.id);
  const marks = ids.map(() => "?").join(",");
  await Promise.all([
    db.all(
      `select person_id, kind, label, value from person_channels where person_id in (${marks}) order by person_id, position`,
      ids,
    ),
    db.all(`select person_id, tag from person_tags where person_id in (${marks}) order by tag`, ids),
  ]);
}

export async function pipelineFloor(db: FloorDb, workspaceId: string) {
  const deals = (await db.all(
    "select * from deals where workspace_id = ? and status = 'open' order by expected_close_on, id",
    [workspaceId],
  )) as Array<{ id: string }>;
  const ids = deals.map((d) => d.id);
  const marks = ids.map(() => "?").join(",");
  await Promise.all([
    db.all(`select * from tenders where deal_id in (${marks})`, ids),
    db.all(`select * from deal_stakeholders where deal_id in (${marks}) order by id`, ids),
  ]);
  return deals;
}
