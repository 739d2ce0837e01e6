import { NotFoundError, ValidationError } from "../../core/errors.ts";
import type { Actor } from "../../core/model/actor.ts";
import { fullName } from "../../core/model/person.ts";
import { erasureInput } from "../../core/privacy/privacy-schemas.ts";
import { foldText } from "../../core/search-terms.ts";
import { parseInput } from "../../core/validation.ts";
import { findPerson } from "../../store/people.ts";
import { completeAccessRequest, completeAccessRequests } from "../../store/privacy/access-requests.ts";
import { erasePersonEverywhere } from "../../store/privacy/erasure.ts";
import {
  inTransaction,
  nowIso,
  requireRole,
  requireWrite,
  type ServiceContext,
  todayIso,
} from "../context.ts";
import { auditPrivacy } from "./privacy-audit.ts";

const normalised = (name: string) => foldText(name).replace(/\s+/g, " ").trim();

/**
 * Right to erasure (Art. 17): erases the person everywhere, or anonymises them where business
 * records must stay (deal amounts, shared conversations). Owners and admins only; the full name
 * must be typed to confirm. The audit entry records that and how much was erased — counts, mode
 * and the person's id — never the erased data. Open erasure requests of the person are completed.
 */
export async function erasePerson(ctx: ServiceContext, actor: Actor, personId: string, input: unknown) {
  requireWrite(actor);
  const data = parseInput(erasureInput, input);
  requireRole(actor, ["owner", "admin"]);
  const now = nowIso(ctx);
  return inTransaction(ctx, async (db) => {
    const person = await findPerson(db, actor.workspaceId, personId, actor.userId);
    if (!person) throw new NotFoundError("person", personId);
    if (normalised(data.confirmName) !== normalised(fullName(person))) {
      throw new ValidationError([
        {
          field: "confirmName",
          code: "mismatch",
          message: {
            de: "Der Name stimmt nicht mit dem Kontakt überein. Bitte den vollen Namen eingeben.",
            en: "The name does not match the contact. Please type the full name.",
          },
        },
      ]);
    }
    // Before the person goes: their requests keep their dates, with person_id then set null.
    const today = todayIso(ctx);
    let requestsCompleted = await completeAccessRequests(db, actor.workspaceId, personId, ["erasure"], today);
    if (data.requestId && (await completeAccessRequest(db, actor.workspaceId, data.requestId, today))) {
      requestsCompleted += 1;
    }
    const counts = await erasePersonEverywhere(db, actor.workspaceId, personId, data.mode, now);
    if (!counts) throw new NotFoundError("person", personId);
    await auditPrivacy(
      ctx,
      actor,
      "erasure",
      {
        target: { type: "person", id: personId },
        detail: { mode: data.mode, requestId: data.requestId, requestsCompleted, ...counts },
      },
      db,
    );
    return { personId, mode: data.mode, erasedAt: now, ...counts };
  });
}
