import { ForbiddenError } from "../../core/errors.ts";
import type { Actor } from "../../core/model/actor.ts";
import { BACKUP_TABLES, readTableRows } from "../../store/backup.ts";
import { MIGRATIONS } from "../../store/migrations/index.ts";
import { auditAs } from "../audit.ts";
import { inTransaction, nowIso, type ServiceContext } from "../context.ts";

export const BACKUP_FORMAT = "kundenfreund-backup";
/** Raised when the layout or meaning of the file changes; see docs/BACKUP-FORMAT.md. */
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** The newest migration of the database that wrote it: a restore needs to know it. */
  schema: string;
  createdAt: string;
  workspaceId: string;
}

export interface BackupSummary {
  workspaceId: string;
  rows: Record<string, number>;
}

/** Collected before a write so that a file or socket sees a few large chunks, not a million lines. */
const CHUNK_CHARS = 256 * 1024;

/** A full backup holds every colleague's private notes: only owners and admins may take one. */
export function requireBackupRole(actor: Actor): void {
  if (actor.role !== "owner" && actor.role !== "admin") {
    throw new ForbiddenError({
      de: "Eine vollständige Sicherung dürfen nur Inhaber und Administratoren erstellen.",
      en: "Only owners and admins may create a full backup.",
    });
  }
}

export interface BackupProgress {
  table: string;
  /** 0-based place of the table in the backup's order. */
  tableIndex: number;
  tables: number;
  rows: number;
}

/**
 * Writes the actor's workspace as a JSON backup (docs/BACKUP-FORMAT.md): every table with a
 * workspace_id, rows in key order, columns in name order, one row per line. Read in one
 * transaction, so the file is a consistent snapshot whose foreign keys all resolve on restore.
 */
export async function writeBackup(
  ctx: ServiceContext,
  actor: Actor,
  write: (chunk: string) => unknown,
  options: {
    complete?: boolean;
    /** After each page of rows: the table being written, its place among all, its rows so far. */
    onProgress?: (progress: BackupProgress) => void;
  } = {},
): Promise<BackupSummary> {
  // In the app, even an owner's backup leaves out colleagues' private rows; the operator's CLI
  // backup (database credentials already give everything) is complete.
  const viewerId = options.complete ? null : actor.userId;
  requireBackupRole(actor);
  const workspaceId = actor.workspaceId;
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schema: Object.keys(MIGRATIONS).sort().at(-1) ?? "",
    createdAt: nowIso(ctx),
    workspaceId,
  };
  const rows: Record<string, number> = {};
  let buffer = "";
  const emit = async (text: string) => {
    buffer += text;
    if (buffer.length >= CHUNK_CHARS) {
      const chunk = buffer;
      buffer = "";
      await write(chunk);
    }
  };
  await inTransaction(ctx, async (db) => {
    const head = JSON.stringify(header);
    await emit(`${head.slice(0, -1)},"tables":[\n`);
    for (const [index, table] of BACKUP_TABLES.entries()) {
      let columns: string[] | null = null;
      let count = 0;
      for await (const page of readTableRows(db, table, workspaceId, viewerId)) {
        if (!columns) {
          columns = page.columns;
          await emit(`{"name":${JSON.stringify(table.name)},"columns":${JSON.stringify(columns)},"rows":[\n`);
        }
        for (const row of page.rows) {
          await emit(`${count > 0 ? ",\n" : ""}${JSON.stringify(row)}`);
          count += 1;
        }
        options.onProgress?.({
          table: table.name,
          tableIndex: index,
          tables: BACKUP_TABLES.length,
          rows: count,
        });
      }
      if (!columns) await emit(`{"name":${JSON.stringify(table.name)},"columns":[],"rows":[\n`);
      await emit(`${count > 0 ? "\n" : ""}]}${index < BACKUP_TABLES.length - 1 ? "," : ""}\n`);
      rows[table.name] = count;
    }
    await emit("]}\n");
  });
  if (buffer) await write(buffer);
  await auditAs(ctx, actor, "backup", { detail: { complete: viewerId === null, rows } });
  return { workspaceId, rows };
}
