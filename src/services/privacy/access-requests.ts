import { NotFoundError } from "../../core/errors.ts";
import type { Actor } from "../../core/model/actor.ts";
import { fullName } from "../../core/model/person.ts";
import { accessRequestDueOn, requestStatus } from "../../core/privacy/deadlines.ts";
import { accessRequestInput, accessRequestListQuery } from "../../core/privacy/privacy-schemas.ts";
import { parseInput } from "../../core/validation.ts";
import { findPeople, findPerson } from "../../store/people.ts";
import {
  type AccessRequest,
  findAccessRequest,
  insertAccessRequest,
  listAccessRequests,
} from "../../store/privacy/access-requests.ts";
import {
  inTransaction,
  nowIso,
  requireRole,
  requireWrite,
  type ServiceContext,
  todayIso,
} from "../context.ts";
import { auditPrivacy } from "./privacy-audit.ts";

function withStatus(request: AccessRequest, today: string, personName: string | null) {
  return { ...request, personName, ...requestStatus(request, today) };
}

/**
 * Registers a data-subject request (access, erasure …) the day it arrived; it is due 30 days
 * later at most (Art. 12(3): one month). The export or erasure completes it.
 */
export async function registerAccessRequest(
  ctx: ServiceContext,
  actor: Actor,
  personId: string,
  input: unknown,
) {
  requireWrite(actor);
  const data = parseInput(accessRequestInput, input);
  requireRole(actor, ["owner", "admin"]);
  const id = await inTransaction(ctx, async (db) => {
    const person = await findPerson(db, actor.workspaceId, personId, actor.userId);
    if (!person) throw new NotFoundError("person", personId);
    const requestId = await insertAccessRequest(db, actor.workspaceId, {
      personId,
      kind: data.kind,
      receivedOn: data.receivedOn,
      dueOn: accessRequestDueOn(data.receivedOn),
      note: data.note,
      createdBy: actor.userId,
      createdAt: nowIso(ctx),
    });
    await auditPrivacy(
      ctx,
      actor,
      "access_request",
      {
        target: { type: "person", id: personId },
        detail: { requestId, kind: data.kind, receivedOn: data.receivedOn },
      },
      db,
    );
    return requestId;
  });
  const request = (await findAccessRequest(ctx.store.db, actor.workspaceId, id)) as AccessRequest;
  const person = await findPerson(ctx.store.db, actor.workspaceId, personId, actor.userId);
  return withStatus(request, todayIso(ctx), person ? fullName(person) : null);
}

/** The deadline tracker: open requests by due day, each with its status and days left. */
export async function listDataSubjectRequests(ctx: ServiceContext, actor: Actor, query: unknown) {
  const parsed = parseInput(accessRequestListQuery, query);
  requireRole(actor, ["owner", "admin"]);
  const requests = await listAccessRequests(ctx.store.db, actor.workspaceId, { status: parsed.status });
  const ids = [...new Set(requests.flatMap((r) => (r.personId ? [r.personId] : [])))];
  const names = new Map(
    (await findPeople(ctx.store.db, actor.workspaceId, ids, actor.userId)).map((p) => [p.id, fullName(p)]),
  );
  const today = todayIso(ctx);
  return {
    today,
    items: requests.map((r) => withStatus(r, today, r.personId ? (names.get(r.personId) ?? null) : null)),
  };
}
