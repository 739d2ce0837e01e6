import { once } from "node:events";
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import type { FastifyReply } from "fastify";
import type { Actor } from "../../core/model/actor.ts";
import { parseInput } from "../../core/validation.ts";
import { auditAs } from "../../services/audit.ts";
import type { ServiceContext } from "../../services/context.ts";
import { requireBackupRole, writeBackup } from "../../services/io/backup.ts";
import {
  contactCardQuery,
  exportContactCard,
  exportContacts,
  exportQuery,
} from "../../services/io/export-contacts.ts";
import { attachment } from "../attachment.ts";
import { idParam } from "../crud-routes.ts";
import { defineRoute } from "../route.ts";

// Exports stream: a vCard or CSV file is written as it is read; a backup goes through a temporary
// file, so a slow download never holds the database.

export const exportRoutes = [
  defineRoute({
    method: "GET",
    path: "/api/export",
    summary:
      "Download all contacts as vCard (3.0/4.0) or CSV (separated for Excel in the request's language: ; in German, , in English; delimiter= picks); json is the full backup (owner/admin)",
    tag: "Import and export",
    access: "read",
    query: exportQuery,
    response: { status: 200, description: "The file, streamed", contentType: "text/vcard" },
    handler: async (r) => {
      const query = parseInput(exportQuery, r.query);
      if (query.format === "json") return sendBackup(r.ctx, r.actor, r.reply);
      const file = exportContacts(r.ctx, r.actor, query, r.locale);
      await auditAs(r.ctx, r.actor, "export", { detail: { format: query.format } });
      r.reply.type(file.contentType).header("content-disposition", attachment(file.filename));
      return Readable.from(file.body);
    },
  }),
  defineRoute({
    method: "GET",
    path: "/api/people/:id/vcard",
    summary:
      "One contact as a vCard file named after them, for a phone's address book (3.0 unless version=4.0)",
    tag: "Import and export",
    access: "read",
    query: contactCardQuery,
    response: { status: 200, description: "The contact card", contentType: "text/vcard" },
    handler: async (r) => {
      const personId = idParam(r.params, "person");
      const card = await exportContactCard(r.ctx, r.actor, personId, r.query);
      await auditAs(r.ctx, r.actor, "export", { detail: { format: "vcard", personId } });
      r.reply.type(card.contentType).header("content-disposition", attachment(card.filename));
      return card.body;
    },
  }),
  defineRoute({
    method: "GET",
    path: "/api/backup",
    summary: "Download a full JSON backup of the workspace (owners and admins; docs/BACKUP-FORMAT.md)",
    tag: "Import and export",
    access: "read",
    response: { status: 200, description: "The backup, streamed", contentType: "application/json" },
    handler: (r) => sendBackup(r.ctx, r.actor, r.reply),
  }),
];

/**
 * A backup is read in one transaction (a consistent snapshot) into a temporary file, then sent:
 * a slow download never holds the database.
 */
async function sendBackup(ctx: ServiceContext, actor: Actor, reply: FastifyReply) {
  requireBackupRole(actor);
  const dir = mkdtempSync(path.join(os.tmpdir(), "kundenfreund-backup-"));
  const file = path.join(dir, "backup.json");
  try {
    const out = createWriteStream(file);
    await writeBackup(ctx, actor, async (chunk) => {
      if (!out.write(chunk)) await once(out, "drain");
    });
    out.end();
    await once(out, "finish");
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const day = ctx.clock().toISOString().slice(0, 10);
  const stream = createReadStream(file);
  stream.once("close", () => rmSync(dir, { recursive: true, force: true }));
  reply
    .type("application/json; charset=utf-8")
    .header("content-disposition", attachment(`kundenfreund-backup-${day}.json`));
  return stream;
}
