import { type Kysely, sql } from "kysely";
import { dialectOf } from "../dialect.ts";

// All-time totals of every contact's interactions, kept by the database itself (triggers on
// interaction_participants), so the contact signals read one row per contact plus only the last
// year of the covering index instead of five years of history (docs/decisions/094). Triggers and
// not application code: every path that writes participants — logging, editing, merging, erasure,
// import, restore, bulk loads — keeps the totals right without having to remember them.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
type AnyDb = Kysely<any>;

/** Frozen copy of FACE_TO_FACE_KINDS as of this migration; a change there needs a new migration. */
const FACE_TO_FACE = "('meeting','meal','event','video')";

/** Per-row contributions of a participant row (`r` is NEW or OLD), as portable SQL. */
function contributions(r: string) {
  return {
    them: `case when ${r}.initiated_by = 'them' then 1 else 0 end`,
    personal: `case when ${r}.personal = 1 then 1 else 0 end`,
    f2f: `case when ${r}.kind in ${FACE_TO_FACE} then 1 else 0 end`,
    trustSum: `coalesce(${r}.trust, 0)`,
    trustN: `case when ${r}.trust is null then 0 else 1 end`,
    resistanceSum: `coalesce(${r}.resistance, 0)`,
    resistanceN: `case when ${r}.resistance is null then 0 else 1 end`,
  };
}

function addStatement(r: string): string {
  const c = contributions(r);
  return `insert into contact_totals (person_id, interaction_count, first_at, last_at, them_count,
      personal_count, f2f_count, trust_sum, trust_n, resistance_sum, resistance_n)
    values (${r}.person_id, 1, ${r}.occurred_at, ${r}.occurred_at, ${c.them}, ${c.personal}, ${c.f2f},
      ${c.trustSum}, ${c.trustN}, ${c.resistanceSum}, ${c.resistanceN})
    on conflict (person_id) do update set
      interaction_count = contact_totals.interaction_count + 1,
      first_at = case when contact_totals.first_at is null or excluded.first_at < contact_totals.first_at
        then excluded.first_at else contact_totals.first_at end,
      last_at = case when contact_totals.last_at is null or excluded.last_at > contact_totals.last_at
        then excluded.last_at else contact_totals.last_at end,
      them_count = contact_totals.them_count + excluded.them_count,
      personal_count = contact_totals.personal_count + excluded.personal_count,
      f2f_count = contact_totals.f2f_count + excluded.f2f_count,
      trust_sum = contact_totals.trust_sum + excluded.trust_sum,
      trust_n = contact_totals.trust_n + excluded.trust_n,
      resistance_sum = contact_totals.resistance_sum + excluded.resistance_sum,
      resistance_n = contact_totals.resistance_n + excluded.resistance_n;`;
}

/** Subtracts a removed row; first and last contact are re-read from the index (a seek each). */
function removeStatement(r: string): string {
  const c = contributions(r);
  return `update contact_totals set
      interaction_count = interaction_count - 1,
      them_count = them_count - ${c.them},
      personal_count = personal_count - ${c.personal},
      f2f_count = f2f_count - ${c.f2f},
      trust_sum = trust_sum - ${c.trustSum},
      trust_n = trust_n - ${c.trustN},
      resistance_sum = resistance_sum - ${c.resistanceSum},
      resistance_n = resistance_n - ${c.resistanceN},
      first_at = (select min(occurred_at) from interaction_participants where person_id = ${r}.person_id),
      last_at = (select max(occurred_at) from interaction_participants where person_id = ${r}.person_id)
    where person_id = ${r}.person_id;`;
}

const WATCHED = "person_id, occurred_at, kind, initiated_by, personal, trust, resistance";

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("contact_totals")
    .addColumn("person_id", "text", (c) => c.primaryKey().references("people.id").onDelete("cascade"))
    .addColumn("interaction_count", "integer", (c) => c.notNull())
    .addColumn("first_at", "text")
    .addColumn("last_at", "text")
    .addColumn("them_count", "integer", (c) => c.notNull())
    .addColumn("personal_count", "integer", (c) => c.notNull())
    .addColumn("f2f_count", "integer", (c) => c.notNull())
    .addColumn("trust_sum", "integer", (c) => c.notNull())
    .addColumn("trust_n", "integer", (c) => c.notNull())
    .addColumn("resistance_sum", "integer", (c) => c.notNull())
    .addColumn("resistance_n", "integer", (c) => c.notNull())
    .execute();
  await rebuildContactTotals(db);

  if (dialectOf(db) === "postgres") {
    await sql
      .raw(`create function contact_totals_follow() returns trigger language plpgsql as $$
      begin
        if tg_op in ('DELETE', 'UPDATE') then ${removeStatement("old")} end if;
        if tg_op in ('INSERT', 'UPDATE') then ${addStatement("new")} end if;
        return null;
      end; $$`)
      .execute(db);
    await sql
      .raw(`create trigger contact_totals_follow after insert or delete or update of ${WATCHED}
        on interaction_participants for each row execute function contact_totals_follow()`)
      .execute(db);
  } else {
    await sql
      .raw(`create trigger contact_totals_insert after insert on interaction_participants
        begin ${addStatement("new")} end`)
      .execute(db);
    await sql
      .raw(`create trigger contact_totals_delete after delete on interaction_participants
        begin ${removeStatement("old")} end`)
      .execute(db);
    await sql
      .raw(`create trigger contact_totals_update after update of ${WATCHED} on interaction_participants
        begin ${removeStatement("old")} ${addStatement("new")} end`)
      .execute(db);
  }
}

/** Recomputes every total from the participant rows (the backfill; also used after bulk loads). */
export async function rebuildContactTotals(db: AnyDb): Promise<void> {
  const c = contributions("ip");
  await sql.raw("delete from contact_totals").execute(db);
  await sql
    .raw(`insert into contact_totals (person_id, interaction_count, first_at, last_at, them_count,
      personal_count, f2f_count, trust_sum, trust_n, resistance_sum, resistance_n)
    select ip.person_id, count(*), min(ip.occurred_at), max(ip.occurred_at), sum(${c.them}),
      sum(${c.personal}), sum(${c.f2f}), sum(${c.trustSum}), sum(${c.trustN}), sum(${c.resistanceSum}),
      sum(${c.resistanceN})
    from interaction_participants ip group by ip.person_id`)
    .execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  if (dialectOf(db) === "postgres") {
    await sql`drop trigger contact_totals_follow on interaction_participants`.execute(db);
    await sql`drop function contact_totals_follow()`.execute(db);
  } else {
    await sql`drop trigger contact_totals_insert`.execute(db);
    await sql`drop trigger contact_totals_delete`.execute(db);
    await sql`drop trigger contact_totals_update`.execute(db);
  }
  await db.schema.dropTable("contact_totals").execute();
}
