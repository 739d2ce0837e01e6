import { ForbiddenError, NotFoundError } from "../core/errors.ts";
import { type GiftWarning, giftWarnings } from "../core/gifts/index.ts";
import type { Actor } from "../core/model/actor.ts";
import {
  type GiftCreateInput,
  giftCreateInput,
  giftListQuery,
  giftUpdateInput,
} from "../core/schemas/gift.ts";
import { parseInput } from "../core/validation.ts";
import {
  updateGift as changeGift,
  findGift,
  type Gift,
  insertGift,
  listGifts as listGiftRows,
  deleteGift as removeGift,
} from "../store/gifts.ts";
import type { Db } from "../store/open-store.ts";
import { findPerson } from "../store/people.ts";
import { inTransaction, nowIso, requireWrite, type ServiceContext } from "./context.ts";
import { assertReferences } from "./references.ts";
import { contactRestrictions } from "./tender-status.ts";
import { settingsIn } from "./workspace-settings.ts";

async function warningsFor(db: Db, actor: Actor, entry: GiftCreateInput, excludeId?: string) {
  const person = await findPerson(db, actor.workspaceId, entry.personId, actor.userId);
  if (!person) throw new NotFoundError("person", entry.personId);
  const year = entry.date.slice(0, 4);
  const prior = await listGiftRows(
    db,
    actor.workspaceId,
    { personId: entry.personId, year: Number(year), limit: 500, offset: 0 },
    actor.userId,
  );
  const settings = await settingsIn(db, actor.workspaceId);
  return giftWarnings({
    entry,
    priorEntriesForRecipientThisYear: prior.items.filter((g) => g.id !== excludeId),
    companyLimitCents: settings.giftLimitCents,
    recipientIsPublicOfficial: person.isPublicOfficial,
    recipientInRunningTender: (
      await contactRestrictions(db, actor.workspaceId, [entry.personId], entry.date)
    ).has(entry.personId),
  });
}

/** The warnings an entry would get, before anything is saved (the form shows them first). */
export async function checkGift(
  ctx: ServiceContext,
  actor: Actor,
  input: unknown,
): Promise<{ warnings: GiftWarning[] }> {
  const data = parseInput(giftCreateInput, input);
  await assertReferences(ctx.store.db, actor.workspaceId, [
    { field: "personId", table: "people", ids: [data.personId] },
  ]);
  return { warnings: await warningsFor(ctx.store.db, actor, data) };
}

export async function createGift(ctx: ServiceContext, actor: Actor, input: unknown) {
  requireWrite(actor);
  const data = parseInput(giftCreateInput, input);
  const { id, warnings } = await inTransaction(ctx, async (db) => {
    await assertReferences(db, actor.workspaceId, [
      { field: "personId", table: "people", ids: [data.personId] },
    ]);
    const warnings = await warningsFor(db, actor, data);
    const id = await insertGift(db, actor.workspaceId, data, { now: nowIso(ctx), authorId: actor.userId });
    return { id, warnings };
  });
  return { gift: await getGift(ctx, actor, id), warnings };
}

export async function getGift(ctx: ServiceContext, actor: Actor, id: string): Promise<Gift> {
  const gift = await findGift(ctx.store.db, actor.workspaceId, id, actor.userId);
  if (!gift) throw new NotFoundError("gift", id);
  return gift;
}

export async function listGifts(ctx: ServiceContext, actor: Actor, query: unknown) {
  const parsed = parseInput(giftListQuery, query);
  const page = await listGiftRows(ctx.store.db, actor.workspaceId, parsed, actor.userId);
  return { ...page, limit: parsed.limit, offset: parsed.offset };
}

export async function updateGift(ctx: ServiceContext, actor: Actor, id: string, input: unknown) {
  requireWrite(actor);
  const patch = parseInput(giftUpdateInput, input);
  await inTransaction(ctx, async (db) => {
    const current = await findGift(db, actor.workspaceId, id, actor.userId);
    if (!current) throw new NotFoundError("gift", id);
    assertGiftAuthor(current, actor);
    await changeGift(db, current, patch, { now: nowIso(ctx) });
  });
  return getGift(ctx, actor, id);
}

export async function deleteGift(ctx: ServiceContext, actor: Actor, id: string): Promise<void> {
  requireWrite(actor);
  await inTransaction(ctx, async (db) => {
    const current = await findGift(db, actor.workspaceId, id, actor.userId);
    if (!current) throw new NotFoundError("gift", id);
    assertGiftAuthor(current, actor);
    await removeGift(db, actor.workspaceId, id);
  });
}

/** Amounts are team-visible (the yearly limit is per recipient), but an entry and its note belong to who wrote it. */
function assertGiftAuthor(gift: Gift, actor: Actor): void {
  if (gift.authorId !== actor.userId) {
    throw new ForbiddenError({
      de: "Nur wer diesen Eintrag angelegt hat, darf ihn ändern.",
      en: "Only the author of this entry may change it.",
    });
  }
}
