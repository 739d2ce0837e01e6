import { ConflictError } from "../../core/errors.ts";
import type { ImportSource } from "../../io/import-source.ts";
import { BACKUP_TABLES, type BackupValue, countWorkspaces, insertTableRows } from "../../store/backup.ts";
import { MIGRATIONS } from "../../store/migrations/index.ts";
import type { Db } from "../../store/open-store.ts";
import { inTransaction, type ServiceContext } from "../context.ts";
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupSummary } from "./backup.ts";
import { broken, readBackupEvents } from "./backup-reader.ts";

const INSERT_ROWS = 1000;
const COLUMN_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * Brings a backup back into an empty database, in one transaction: the database holds the whole
 * workspace afterwards, or stays empty. Only tables a backup may contain are written, each row must
 * belong to the backed-up workspace, and a backup from a newer Kundenfreund is refused.
 */
export async function restoreBackup(ctx: ServiceContext, source: ImportSource): Promise<BackupSummary> {
  if ((await countWorkspaces(ctx.store.db)) > 0) throw notEmpty();
  return inTransaction(ctx, async (db) => {
    // Checked again inside the transaction: two restores at once must not both pass.
    if ((await countWorkspaces(db)) > 0) throw notEmpty();
    return restoreInto(db, source);
  });
}

async function restoreInto(db: Db, source: ImportSource): Promise<BackupSummary> {
  const order = BACKUP_TABLES.map((t) => t.name);
  const rows: Record<string, number> = {};
  let workspaceId: string | null = null;
  let table: { name: string; columns: string[]; scope: number } | null = null;
  let pending: BackupValue[][] = [];
  let lastTableIndex = -1;
  const flush = async () => {
    if (table && pending.length > 0) await insertTableRows(db, table.name, table.columns, pending);
    pending = [];
  };
  for await (const event of readBackupEvents(source)) {
    if (event.type === "header") {
      const { format, version, schema, workspaceId: id } = event.header;
      if (format !== BACKUP_FORMAT || typeof id !== "string") {
        throw broken(1, { de: "Keine Kundenfreund-Sicherung.", en: "Not a Kundenfreund backup." });
      }
      if (
        typeof version !== "number" ||
        version > BACKUP_VERSION ||
        typeof schema !== "string" ||
        !(schema in MIGRATIONS)
      ) {
        throw broken(1, {
          de: "Diese Sicherung stammt von einer neueren Kundenfreund-Version. Bitte zuerst aktualisieren.",
          en: "This backup comes from a newer version of Kundenfreund. Please update first.",
        });
      }
      workspaceId = id;
      continue;
    }
    if (event.type === "table") {
      await flush();
      const index = order.indexOf(event.name);
      if (index < 0 || index <= lastTableIndex) {
        throw broken(event.line, {
          de: `Unerwartete Tabelle „${event.name}“.`,
          en: `Unexpected table "${event.name}".`,
        });
      }
      if (!event.columns.every((c) => typeof c === "string" && COLUMN_NAME.test(c))) {
        throw broken(event.line, { de: "Ungültige Spaltennamen.", en: "Invalid column names." });
      }
      lastTableIndex = index;
      const scopeColumn = event.name === "workspaces" ? "id" : "workspace_id";
      table = { name: event.name, columns: event.columns, scope: event.columns.indexOf(scopeColumn) };
      rows[event.name] = 0;
      continue;
    }
    if (!table || workspaceId === null)
      throw broken(event.line, { de: "Zeile ohne Tabelle.", en: "Row outside a table." });
    const row = event.row;
    if (
      row.length !== table.columns.length ||
      !row.every((v) => v === null || typeof v === "string" || typeof v === "number") ||
      row[table.scope] !== workspaceId
    ) {
      throw broken(event.line, {
        de: `Die Zeile passt nicht zur Tabelle „${table.name}“ dieses Arbeitsbereichs.`,
        en: `The row does not fit table "${table.name}" of this workspace.`,
      });
    }
    pending.push(row);
    rows[table.name] = (rows[table.name] ?? 0) + 1;
    if (pending.length >= INSERT_ROWS) await flush();
  }
  await flush();
  if (workspaceId === null || rows.workspaces !== 1) {
    throw broken(0, {
      de: "Die Sicherung enthält keinen Arbeitsbereich.",
      en: "The backup holds no workspace.",
    });
  }
  return { workspaceId, rows };
}

function notEmpty(): ConflictError {
  return new ConflictError({
    de: "Wiederherstellen geht nur in eine leere Datenbank. Bitte einen neuen Datenordner oder eine neue Datenbank angeben.",
    en: "A backup can only be restored into an empty database. Please use a new data folder or database.",
  });
}
