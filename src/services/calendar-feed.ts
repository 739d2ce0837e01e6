import type { Actor } from "../core/model/actor.ts";
import { agendaInputWithoutGreetings } from "../core/privacy/greetings.ts";
import { calendarEvents } from "../core/relationship/calendar-events.ts";
import { serialiseIcsCalendar } from "../io/ics/write-ics-calendar.ts";
import { loadAgendaRows } from "../store/agenda-inputs.ts";
import {
  findCredentialByHash,
  insertCredential,
  listCredentials,
  revokeCredential,
} from "../store/credentials.ts";
import { listGreetingOptOuts } from "../store/privacy/person-privacy.ts";
import { findUser } from "../store/workspaces.ts";
import { inTransaction, nowIso, type ServiceContext } from "./context.ts";
import { hashSecret, newSecret } from "./secrets.ts";

/**
 * A personal calendar feed (ICS) behind a secret URL, as calendar apps cannot sign in. Creating a
 * new feed URL revokes the previous one, so a leaked URL is closed by making a new one.
 */
export async function createCalendarFeed(ctx: ServiceContext, actor: Actor): Promise<{ secret: string }> {
  const secret = newSecret("kfc");
  await inTransaction(ctx, async (db) => {
    for (const feed of await listCredentials(db, actor.workspaceId, actor.userId, "calendar_feed")) {
      if (!feed.revoked_at) await revokeCredential(db, actor.workspaceId, feed.id, nowIso(ctx));
    }
    await insertCredential(db, {
      workspaceId: actor.workspaceId,
      userId: actor.userId,
      kind: "calendar_feed",
      name: "calendar feed",
      scope: "read",
      tokenHash: hashSecret(secret),
      createdAt: nowIso(ctx),
      expiresAt: null,
    });
  });
  return { secret };
}

export async function revokeCalendarFeeds(ctx: ServiceContext, actor: Actor): Promise<number> {
  let revoked = 0;
  for (const feed of await listCredentials(ctx.store.db, actor.workspaceId, actor.userId, "calendar_feed")) {
    if (!feed.revoked_at && (await revokeCredential(ctx.store.db, actor.workspaceId, feed.id, nowIso(ctx))))
      revoked += 1;
  }
  return revoked;
}

/** The feed for a secret, or null for an unknown or revoked one (the route answers 404 either way). */
export async function renderCalendarFeed(ctx: ServiceContext, secret: string): Promise<string | null> {
  const credential = await findCredentialByHash(ctx.store.db, hashSecret(secret));
  if (credential?.kind !== "calendar_feed" || credential.revokedAt) return null;
  const user = await findUser(ctx.store.db, credential.userId);
  if (!user) return null;
  const now = nowIso(ctx);
  const rows = await loadAgendaRows(ctx.store.db, {
    workspaceId: user.workspaceId,
    viewerId: user.id,
    scope: { ownerId: user.id },
    now,
  });
  // Opted-out people (greetings or a marketing objection) get no birthday or date events.
  const optedOut = await listGreetingOptOuts(ctx.store.db, user.workspaceId);
  const events = calendarEvents(
    agendaInputWithoutGreetings(rows, optedOut),
    user.locale,
    Number(now.slice(0, 4)) - 1,
  );
  return serialiseIcsCalendar(
    { name: user.locale === "de" ? "Kundenfreund" : "Kundenfreund", now, refreshInterval: "PT6H" },
    events,
  );
}
