import { NotFoundError } from "../../core/errors.ts";
import type { Locale } from "../../core/locale.ts";
import type { Actor } from "../../core/model/actor.ts";
import {
  ACCESS_EXPORT_FORMAT,
  type AccessExport,
  accessExportHtml,
} from "../../core/privacy/access-export.ts";
import { accessExportQuery } from "../../core/privacy/privacy-schemas.ts";
import { parseInput } from "../../core/validation.ts";
import { completeAccessRequests } from "../../store/privacy/access-requests.ts";
import { loadPersonData } from "../../store/privacy/person-data.ts";
import { inTransaction, nowIso, requireRole, type ServiceContext, todayIso } from "../context.ts";
import { auditPrivacy } from "./privacy-audit.ts";

/**
 * Right of access (Art. 15): everything about one person, for owners and admins only — and for
 * them INCLUDING every colleague's private facts, stance reasons, self-check and gift notes,
 * because answering is the controller's duty, not one user's (docs/PRIVACY.md). Each export is
 * audited; open access requests of the person are completed by it.
 */
export async function buildAccessExport(
  ctx: ServiceContext,
  actor: Actor,
  personId: string,
): Promise<AccessExport> {
  requireRole(actor, ["owner", "admin"]);
  const data = await loadPersonData(ctx.store.db, actor.workspaceId, personId);
  if (!data.person) throw new NotFoundError("person", personId);
  const name = [data.person.firstName, data.person.lastName]
    .filter((p) => typeof p === "string" && p)
    .join(" ");
  const result: AccessExport = {
    format: ACCESS_EXPORT_FORMAT,
    generatedAt: nowIso(ctx),
    personId,
    name,
    person: data.person,
    privacy: data.privacy ?? { personId, source: "direct" },
    company: data.company,
    channels: data.channels,
    tags: data.tags,
    facts: data.facts,
    interactions: data.interactions,
    selfChecks: data.selfChecks,
    openLoops: data.openLoops,
    relations: data.relations,
    stageChanges: data.stageChanges,
    addressFormChanges: data.addressFormChanges,
    gifts: data.gifts,
    deals: data.deals,
    accessRequests: data.accessRequests,
    auditEntries: data.auditEntries,
    records: data.records,
  };
  await inTransaction(ctx, async (db) => {
    const completed = actor.canWrite
      ? await completeAccessRequests(
          db,
          actor.workspaceId,
          personId,
          ["access", "portability"],
          todayIso(ctx),
        )
      : 0;
    await auditPrivacy(
      ctx,
      actor,
      "access_export",
      {
        target: { type: "person", id: personId },
        detail: {
          includesPrivateRows: true,
          tables: Object.fromEntries(Object.entries(result.records).map(([t, rows]) => [t, rows.length])),
          requestsCompleted: completed,
        },
      },
      db,
    );
  });
  return result;
}

/** The route's answer: the JSON document, or the same as a readable page. */
export async function exportPersonData(
  ctx: ServiceContext,
  actor: Actor,
  personId: string,
  query: unknown,
  locale: Locale,
): Promise<{ format: "json"; body: AccessExport } | { format: "html"; body: string }> {
  const { format } = parseInput(accessExportQuery, query);
  const data = await buildAccessExport(ctx, actor, personId);
  return format === "html" ? { format, body: accessExportHtml(data, locale) } : { format, body: data };
}
