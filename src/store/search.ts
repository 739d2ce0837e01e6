import { sql } from "kysely";
import { fullName } from "../core/model/person.ts";
import type { SearchEntityType } from "../core/schemas/search.ts";
import { prefixUpperBound, queryTerms } from "../core/search-terms.ts";
import type { Db } from "./open-store.ts";

export interface SearchHit {
  type: SearchEntityType;
  id: string;
  title: string;
  subtitle: string | null;
  /** For facts: the person the fact is about. */
  personId: string | null;
}

/**
 * Prefix search over the term index: every query word must prefix-match a term of the entity.
 * Each word is an index range on (workspace_id, term), the same plan on SQLite and PostgreSQL.
 * Exact word matches rank first. Private facts are found only by their author.
 */
export async function searchEntities(
  db: Db,
  params: { workspaceId: string; viewerId: string; query: string; types: SearchEntityType[]; limit: number },
): Promise<SearchHit[]> {
  const terms = queryTerms(params.query).slice(0, 8);
  if (terms.length === 0 || params.types.length === 0) return [];
  const [only] = terms;
  const rows =
    terms.length === 1 && only
      ? await singleWordHits(db, params, only)
      : await allWordsHits(db, params, terms);
  const hits = await describeHits(db, params.workspaceId, rows);
  return rows.flatMap((row) => hits.get(row.entity_id) ?? []);
}

type SearchParams = Parameters<typeof searchEntities>[1];

/**
 * Search-as-you-type with one word: read the term index in order from the prefix on, so exact
 * matches (the smallest terms in the range) come first, and stop after a bounded number of
 * entries. Aggregating every entity behind a one-letter prefix costs hundreds of milliseconds at
 * 100,000 people; the first entries of the range are what the next keystroke refines anyway.
 */
async function singleWordHits(db: Db, params: SearchParams, term: string) {
  const entries = await db
    .selectFrom("search_terms")
    .select(["entity_type", "entity_id", "term"])
    .where("workspace_id", "=", params.workspaceId)
    .where("term", ">=", term)
    .where("term", "<", prefixUpperBound(term))
    .where("entity_type", "in", params.types)
    .where((eb) => eb.or([eb("visible_to", "is", null), eb("visible_to", "=", params.viewerId)]))
    .orderBy("term")
    .orderBy("entity_type")
    .orderBy("entity_id")
    .limit(params.limit * SINGLE_WORD_SCAN_FACTOR)
    .execute();
  const seen = new Map<string, { entity_type: string; entity_id: string; score: number }>();
  for (const entry of entries) {
    if (!seen.has(entry.entity_id)) {
      seen.set(entry.entity_id, { ...entry, score: entry.term === term ? 1 : 0 });
    }
  }
  return [...seen.values()]
    .sort(
      (a, b) =>
        b.score - a.score ||
        TYPE_RANK[a.entity_type as SearchEntityType] - TYPE_RANK[b.entity_type as SearchEntityType] ||
        (a.entity_id < b.entity_id ? -1 : a.entity_id > b.entity_id ? 1 : 0),
    )
    .slice(0, params.limit);
}

/** How many index entries a one-word search reads per requested hit (entities repeat across terms). */
const SINGLE_WORD_SCAN_FACTOR = 10;
const TYPE_RANK: Record<SearchEntityType, number> = { person: 0, company: 1, fact: 2 };

/** Several words: every word must prefix-match a term of the entity; exact word matches rank first. */
async function allWordsHits(db: Db, params: SearchParams, terms: string[]) {
  const ranges = terms.map((term) => sql`(term >= ${term} and term < ${prefixUpperBound(term)})`);
  const matchedAll = sql.join(
    ranges.map((range) => sql`max(case when ${range} then 1 else 0 end)`),
    sql` + `,
  );
  const exactScore = sql.join(
    terms.map((term) => sql`max(case when term = ${term} then 1 else 0 end)`),
    sql` + `,
  );
  const typeOrder = sql`case entity_type when 'person' then 0 when 'company' then 1 else 2 end`;
  const rows = await db
    .selectFrom("search_terms")
    .select(["entity_type", "entity_id"])
    .select(sql<number>`${exactScore}`.as("score"))
    .where("workspace_id", "=", params.workspaceId)
    .where("entity_type", "in", params.types)
    .where((eb) => eb.or([eb("visible_to", "is", null), eb("visible_to", "=", params.viewerId)]))
    .where(sql<boolean>`(${sql.join(ranges, sql` or `)})`)
    .groupBy(["entity_type", "entity_id"])
    .having(sql`${matchedAll}`, "=", terms.length)
    .orderBy(sql`${exactScore}`, "desc")
    .orderBy(sql`${typeOrder}`)
    .orderBy("entity_id")
    .limit(params.limit)
    .execute();
  return rows;
}

async function describeHits(
  db: Db,
  workspaceId: string,
  rows: Array<{ entity_type: string; entity_id: string }>,
): Promise<Map<string, SearchHit>> {
  const idsOf = (type: SearchEntityType) =>
    rows.filter((r) => r.entity_type === type).map((r) => r.entity_id);
  const [people, companies, facts] = await Promise.all([
    idsOf("person").length === 0
      ? []
      : db
          .selectFrom("people")
          .leftJoin("companies", "companies.id", "people.company_id")
          .select([
            "people.id",
            "people.first_name",
            "people.last_name",
            "people.job_title",
            "companies.name as company_name",
          ])
          .where("people.workspace_id", "=", workspaceId)
          .where("people.id", "in", idsOf("person"))
          .execute(),
    idsOf("company").length === 0
      ? []
      : db
          .selectFrom("companies")
          .select(["id", "name", "city"])
          .where("workspace_id", "=", workspaceId)
          .where("id", "in", idsOf("company"))
          .execute(),
    idsOf("fact").length === 0
      ? []
      : db
          .selectFrom("facts")
          .innerJoin("people", "people.id", "facts.person_id")
          .select(["facts.id", "facts.text", "facts.person_id", "people.first_name", "people.last_name"])
          .where("facts.workspace_id", "=", workspaceId)
          .where("facts.id", "in", idsOf("fact"))
          .execute(),
  ]);
  const hits = new Map<string, SearchHit>();
  for (const p of people) {
    const subtitle = [p.job_title, p.company_name].filter(Boolean).join(" · ");
    hits.set(p.id, {
      type: "person",
      id: p.id,
      title: fullName({ firstName: p.first_name, lastName: p.last_name }),
      subtitle: subtitle || null,
      personId: p.id,
    });
  }
  for (const c of companies) {
    hits.set(c.id, { type: "company", id: c.id, title: c.name, subtitle: c.city, personId: null });
  }
  for (const f of facts) {
    hits.set(f.id, {
      type: "fact",
      id: f.id,
      title: f.text,
      subtitle: fullName({ firstName: f.first_name, lastName: f.last_name }),
      personId: f.person_id,
    });
  }
  return hits;
}
