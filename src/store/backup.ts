import { type Kysely, sql } from "kysely";
import { byteOrderCollation, dialectOf } from "./dialect.ts";
import { insertRows } from "./insert-rows.ts";
import type { Db } from "./open-store.ts";

// Whole tables of one workspace, read and written generically: a backup must carry every column,
// including ones added by later migrations, without this file changing.

export interface BackupTable {
  name: string;
  /** Primary key (or, without one, a unique column list): the canonical row order. */
  key: string[];
  /** Secrets that never leave the database, even in a backup. */
  omit?: string[];
}

/** Every table with a workspace_id, in an order that satisfies foreign keys on restore. */
export const BACKUP_TABLES: BackupTable[] = [
  { name: "workspaces", key: ["id"] },
  { name: "users", key: ["id"], omit: ["password_hash"] },
  { name: "companies", key: ["id"] },
  { name: "people", key: ["id"] },
  { name: "person_privacy", key: ["person_id"] },
  { name: "access_requests", key: ["id"] },
  { name: "person_channels", key: ["id"] },
  { name: "person_tags", key: ["person_id", "tag"] },
  { name: "interactions", key: ["id"] },
  { name: "interaction_participants", key: ["interaction_id", "person_id"] },
  { name: "facts", key: ["id"] },
  { name: "relations", key: ["id"] },
  { name: "open_loops", key: ["id"] },
  { name: "stage_changes", key: ["id"] },
  { name: "address_form_changes", key: ["id"] },
  { name: "reflections", key: ["id"] },
  { name: "gifts", key: ["id"] },
  { name: "deals", key: ["id"] },
  { name: "tenders", key: ["deal_id"] },
  { name: "deal_stakeholders", key: ["id"] },
  { name: "deal_stage_changes", key: ["id"] },
  { name: "search_terms", key: ["entity_id", "entity_type", "term"] },
  { name: "audit_log", key: ["id"] },
  { name: "import_runs", key: ["id"] },
  { name: "csv_mappings", key: ["user_id", "headers_hash"] },
];

/** Tables with a workspace_id that a backup leaves out, and why (docs/BACKUP-FORMAT.md). */
export const EXCLUDED_TABLES: Record<string, string> = {
  credentials: "sign-in links, sessions and API tokens are secrets; users sign in again after a restore",
  invitations: "invitation tokens are secrets; open invitations are sent again",
};

export type BackupValue = string | number | null;

const PAGE_ROWS = 1000;

// biome-ignore lint/suspicious/noExplicitAny: tables are named at run time, checked against BACKUP_TABLES
type AnyDb = Kysely<any>;

/** The rows of one table of a workspace, in key order, as sorted-column arrays, page by page. */
/**
 * What a backup taken inside the app may carry of private rows: the viewer's own, never a
 * colleague's (personal facts unless shared, self-check notes, gift notes, stance reasons, private
 * search terms). A complete backup (viewer null) is for the operator, who holds the database anyway.
 */
type Row = Record<string, BackupValue>;
const PRIVATE_ROWS: Record<string, (row: Row, viewerId: string) => Row | null> = {
  facts: (row, viewer) => (row.author_id === viewer || Number(row.shared) === 1 ? row : null),
  reflections: (row, viewer) => (row.author_id === viewer ? row : null),
  gifts: (row, viewer) => (row.author_id === viewer ? row : { ...row, note: null }),
  people: (row, viewer) =>
    row.stance_reason_author_id && row.stance_reason_author_id !== viewer
      ? { ...row, stance_reason: null }
      : row,
  search_terms: (row, viewer) => (row.visible_to === null || row.visible_to === viewer ? row : null),
};

export async function* readTableRows(
  db: Db,
  table: BackupTable,
  workspaceId: string,
  viewerId: string | null = null,
): AsyncGenerator<{ columns: string[]; rows: BackupValue[][] }> {
  const privacy = viewerId ? PRIVATE_ROWS[table.name] : undefined;
  const anyDb = db as unknown as AnyDb;
  const collate = byteOrderCollation(db);
  const scope = table.name === "workspaces" ? "id" : "workspace_id";
  const order = table.key.map((k) => sql`${sql.ref(k)} ${collate}`);
  let after: BackupValue[] | null = null;
  for (;;) {
    let query = anyDb.selectFrom(table.name).selectAll().where(scope, "=", workspaceId);
    if (after) {
      // The explicit collation on the column side decides the comparison of each pair.
      query = query.where(sql<boolean>`(${sql.join(order)}) > (${sql.join(after)})`);
    }
    query = query.orderBy(sql.join(order)).limit(PAGE_ROWS);
    const records = (await query.execute()) as Array<Record<string, BackupValue>>;
    if (records.length === 0) return;
    const columns = Object.keys(records[0] ?? {})
      .filter((c) => !table.omit?.includes(c))
      .sort();
    const visible: Row[] = privacy
      ? records.flatMap((r): Row[] => {
          const kept = privacy(r, viewerId as string);
          return kept ? [kept] : [];
        })
      : records;
    yield { columns, rows: visible.map((r) => columns.map((c) => normalise(r[c]))) };
    const last = records[records.length - 1] ?? {};
    after = table.key.map((k) => normalise(last[k]));
    if (records.length < PAGE_ROWS) return;
  }
}

/** Inserts restored rows; the table name has been checked against BACKUP_TABLES by the caller. */
export async function insertTableRows(db: Db, table: string, columns: string[], rows: BackupValue[][]) {
  await insertRows(db, table, columns, rows);
}

export async function countWorkspaces(db: Db): Promise<number> {
  const row = await db
    .selectFrom("workspaces")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Tables of the live schema that have a workspace_id column, for the test that keeps the list complete. */
export async function listWorkspaceTables(db: Db): Promise<string[]> {
  const result =
    dialectOf(db) === "postgres"
      ? await sql<{ table_name: string }>`
          select table_name from information_schema.columns
          where column_name = 'workspace_id' and table_schema = current_schema()`.execute(db)
      : await sql<{ table_name: string }>`
          select m.name as table_name from sqlite_master m, pragma_table_info(m.name) p
          where m.type = 'table' and p.name = 'workspace_id'`.execute(db);
  return result.rows.map((r) => r.table_name).sort();
}

function normalise(value: unknown): BackupValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  return String(value);
}
