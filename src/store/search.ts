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

/**
 * Several words: every word must prefix-match a term of the entity; exact word matches rank first.
 * Aggregating every entity behind each prefix ("mül ein") costs hundreds of milliseconds at
 * 100,000 people. Instead the rarest word's range is walked in index order on the term index
 * alone, in growing chunks, and only the entities found there are checked against the other words
 * and for visibility, through their own terms (index on entity_id). The walk stops at a page of
 * hits or at a bound: like one-word search, a very broad query shows its first matches, not a
 * global ranking (decision 093).
 */
async function allWordsHits(db: Db, params: SearchParams, terms: string[]) {
  const [rarest, ...others] = await orderByRarity(db, params.workspaceId, terms);
  if (!rarest) return [];
  const hits: Hit[] = [];
  const seen = new Set<string>();
  let after: RangeEntry | null = null;
  let chunkSize = MULTI_WORD_FIRST_CHUNK;
  let walked = 0;
  let checked = 0;
  while (hits.length < params.limit && walked < MULTI_WORD_WALK_LIMIT && checked < MULTI_WORD_CHECK_LIMIT) {
    const chunk = await readRange(db, params, rarest, after, chunkSize);
    walked += chunk.length;
    const candidates = new Map<string, Hit>();
    for (const entry of chunk) {
      if (seen.has(entry.entity_id) || candidates.size >= MULTI_WORD_CHECK_LIMIT - checked) continue;
      seen.add(entry.entity_id);
      // The range is read in term order, so an entity's first entry is its smallest matching term:
      // if that is not the word itself, the entity has no exact match for it.
      const score = entry.term === rarest ? 1 : 0;
      candidates.set(entry.entity_id, { entity_type: entry.entity_type, entity_id: entry.entity_id, score });
    }
    checked += candidates.size;
    const matched = await checkByEntity(db, params, [...candidates.keys()], others);
    for (const [id, candidate] of candidates) {
      const exactOthers = matched.get(id);
      if (exactOthers !== undefined) hits.push({ ...candidate, score: candidate.score + exactOthers });
    }
    if (chunk.length < chunkSize) break;
    after = chunk[chunk.length - 1] ?? null;
    chunkSize = Math.min(chunkSize * 2, MULTI_WORD_MAX_CHUNK);
  }
  return hits.sort(byRank).slice(0, params.limit);
}

interface Hit {
  entity_type: string;
  entity_id: string;
  score: number;
}

function byRank(a: Hit, b: Hit): number {
  return (
    b.score - a.score ||
    TYPE_RANK[a.entity_type as SearchEntityType] - TYPE_RANK[b.entity_type as SearchEntityType] ||
    (a.entity_id < b.entity_id ? -1 : a.entity_id > b.entity_id ? 1 : 0)
  );
}

/**
 * Bounds of the multi-word walk (measured at 100,000 people, decision 093): index entries of the
 * rarest word per round (doubling) and in all, and entities checked through their terms in all.
 */
const MULTI_WORD_FIRST_CHUNK = 100;
const MULTI_WORD_MAX_CHUNK = 400;
const MULTI_WORD_WALK_LIMIT = 2_000;
const MULTI_WORD_CHECK_LIMIT = 500;
/** How far a word's range is counted to compare rarity; beyond it, the longer word counts as rarer. */
const RARITY_PROBE = 5_000;

interface RangeEntry {
  term: string;
  entity_type: string;
  entity_id: string;
}

/**
 * The words from the rarest to the most common, by a bounded count of each range on the term
 * index alone (no table rows read). Ties (both beyond the probe) go to the longer word.
 */
async function orderByRarity(db: Db, workspaceId: string, terms: string[]): Promise<string[]> {
  const sizes = await Promise.all(
    terms.map(async (term) => {
      const inRange = db
        .selectFrom("search_terms")
        .select("entity_id")
        .where("workspace_id", "=", workspaceId)
        .where("term", ">=", term)
        .where("term", "<", prefixUpperBound(term))
        .limit(RARITY_PROBE);
      const row = await db
        .selectFrom(inRange.as("r"))
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      return { term, size: Number(row.n) };
    }),
  );
  return sizes
    .sort((a, b) => a.size - b.size || b.term.length - a.term.length || (a.term < b.term ? -1 : 1))
    .map((s) => s.term);
}

/**
 * One chunk of a word's range in index order, on the term index alone (visibility is checked per
 * entity afterwards). Resuming starts the range at the last term read: a row-value comparison
 * over the whole key instead makes SQLite's planner skip-scan the index.
 */
async function readRange(
  db: Db,
  params: SearchParams,
  term: string,
  after: RangeEntry | null,
  limit: number,
): Promise<RangeEntry[]> {
  let query = db
    .selectFrom("search_terms")
    .select(["term", "entity_type", "entity_id"])
    .where("workspace_id", "=", params.workspaceId)
    .where("term", ">=", after?.term ?? term)
    .where("term", "<", prefixUpperBound(term))
    .where("entity_type", "in", params.types);
  if (after) {
    query = query.where(
      sql<boolean>`(term > ${after.term} or (entity_type, entity_id) > (${after.entity_type}, ${after.entity_id}))`,
    );
  }
  return query.orderBy("term").orderBy("entity_type").orderBy("entity_id").limit(limit).execute();
}

/**
 * Which candidates the viewer may see and that have a term in every one of `words`: entity id →
 * how many of those words match a term exactly. Reads only the candidates' own terms (index on
 * entity_id), however common the words are. Private facts are seen only by their author.
 */
async function checkByEntity(
  db: Db,
  params: SearchParams,
  ids: string[],
  words: string[],
): Promise<Map<string, number>> {
  const matched = new Map<string, number>();
  if (ids.length === 0) return matched;
  let query = db
    .selectFrom("search_terms")
    .select(["entity_id", "term"])
    .where("entity_id", "in", ids)
    .where("workspace_id", "=", params.workspaceId)
    .where((eb) => eb.or([eb("visible_to", "is", null), eb("visible_to", "=", params.viewerId)]));
  if (words.length > 0) {
    query = query.where((eb) =>
      eb.or(words.map((word) => eb.and([eb("term", ">=", word), eb("term", "<", prefixUpperBound(word))]))),
    );
  }
  const termsOf = groupTerms(await query.execute());
  for (const [id, terms] of termsOf) {
    // A term in [word, prefixUpperBound(word)) is exactly a term that starts with the word.
    if (words.every((word) => terms.some((t) => t.startsWith(word)))) {
      matched.set(id, words.filter((word) => terms.includes(word)).length);
    }
  }
  return matched;
}

function groupTerms(rows: Array<{ entity_id: string; term: string }>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const row of rows) {
    const group = groups.get(row.entity_id);
    if (group) group.push(row.term);
    else groups.set(row.entity_id, [row.term]);
  }
  return groups;
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
