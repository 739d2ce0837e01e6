import { NotFoundError } from "../core/errors.ts";
import type { Actor } from "../core/model/actor.ts";
import type { Person } from "../core/model/person.ts";
import { personCreateInput, personListQuery, personUpdateInput } from "../core/schemas/person.ts";
import { encodePersonCursor } from "../core/schemas/person-cursor.ts";
import { parseInput } from "../core/validation.ts";
import { listAddressFormChanges, listStageChanges } from "../store/histories.ts";
import * as people from "../store/people.ts";
import { inTransaction, nowIso, requireWrite, type ServiceContext } from "./context.ts";
import { afterPersonCreated, afterPersonUpdated } from "./privacy/person-hooks.ts";
import { guardSensitive, recordSensitive } from "./privacy/sensitive-guard.ts";
import { assertReferences } from "./references.ts";
import { phoneCountryForWrite } from "./workspace-settings.ts";

export async function createPerson(ctx: ServiceContext, actor: Actor, input: unknown): Promise<Person> {
  requireWrite(actor);
  const data = parseInput(personCreateInput, input);
  const findings = guardSensitive(personNoteTexts(data), data.sensitive);
  const id = await inTransaction(ctx, async (db) => {
    await assertReferences(db, actor.workspaceId, [
      { field: "companyId", table: "companies", ids: [data.companyId] },
      { field: "ownerId", table: "users", ids: [data.ownerId] },
    ]);
    // A new contact is looked after by whoever adds it, unless they name someone else.
    const withOwner = { ...data, ownerId: data.ownerId ?? actor.userId };
    const personId = await people.insertPerson(db, actor.workspaceId, withOwner, {
      now: nowIso(ctx),
      authorId: actor.userId,
      phoneCountry: await phoneCountryForWrite(db, actor.workspaceId),
    });
    await recordSensitive(ctx, actor, db, personNoteTarget(personId, data), findings, data.sensitive);
    await afterPersonCreated(ctx, actor, db, personId, data.source ?? "direct");
    return personId;
  });
  return getPerson(ctx, actor, id);
}

export async function getPerson(ctx: ServiceContext, actor: Actor, id: string): Promise<Person> {
  const person = await people.findPerson(ctx.store.db, actor.workspaceId, id, actor.userId);
  if (!person) throw new NotFoundError("person", id);
  return person;
}

/**
 * A page of people. `cursor` continues the list after this page (send it as `after`); `total`
 * and `offset` come only with the pages they describe: the total with the first page, the
 * offset with offset pages (decision 093).
 */
export async function listPeople(ctx: ServiceContext, actor: Actor, query: unknown) {
  const parsed = parseInput(personListQuery, query);
  const page = await people.listPeople(ctx.store.db, actor.workspaceId, parsed, actor.userId);
  return {
    items: page.items,
    ...(page.total === undefined ? {} : { total: page.total }),
    limit: parsed.limit,
    ...(parsed.after ? {} : { offset: parsed.offset }),
    cursor: page.next ? encodePersonCursor(page.next) : null,
  };
}

export async function updatePerson(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<Person> {
  requireWrite(actor);
  const patch = parseInput(personUpdateInput, input);
  const findings = guardSensitive(personNoteTexts(patch), patch.sensitive);
  await inTransaction(ctx, async (db) => {
    const current = await people.findPerson(db, actor.workspaceId, id, actor.userId);
    if (!current) throw new NotFoundError("person", id);
    await assertReferences(db, actor.workspaceId, [
      { field: "companyId", table: "companies", ids: [patch.companyId] },
      { field: "ownerId", table: "users", ids: [patch.ownerId] },
    ]);
    await people.updatePerson(db, current, patch, {
      now: nowIso(ctx),
      authorId: actor.userId,
      phoneCountry: await phoneCountryForWrite(db, actor.workspaceId),
    });
    await recordSensitive(ctx, actor, db, personNoteTarget(id, patch), findings, patch.sensitive);
    await afterPersonUpdated(ctx, actor, db, current, patch);
  });
  return getPerson(ctx, actor, id);
}

export async function deletePerson(ctx: ServiceContext, actor: Actor, id: string): Promise<void> {
  requireWrite(actor);
  const deleted = await inTransaction(ctx, (db) => people.deletePerson(db, actor.workspaceId, id));
  if (!deleted) throw new NotFoundError("person", id);
}

/** The relationship journey of a person: stage changes and Sie/Du milestones, oldest first. */
export async function getPersonHistory(ctx: ServiceContext, actor: Actor, id: string) {
  await getPerson(ctx, actor, id);
  const [stages, addressForms] = await Promise.all([
    listStageChanges(ctx.store.db, actor.workspaceId, id),
    listAddressFormChanges(ctx.store.db, actor.workspaceId, id),
  ]);
  return { stages, addressForms };
}

/** The free texts of a person that are checked for sensitive content (decision 080). */
function personNoteTexts(data: { notes?: string | null; stanceReason?: string | null }) {
  return [
    { field: "notes", kind: "person_note" as const, text: data.notes },
    { field: "stanceReason", kind: "stance_reason" as const, text: data.stanceReason },
  ];
}

/** Only the fields present in the request are re-marked; the marks of the others stay. */
function personNoteTarget(personId: string, data: { notes?: string | null; stanceReason?: string | null }) {
  return {
    table: "people" as const,
    id: personId,
    personId,
    fields: (["notes", "stanceReason"] as const)
      .filter((field) => data[field] !== undefined)
      .map((field) => ({ requestField: field, rowField: field })),
  };
}
