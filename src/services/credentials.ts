import type { Actor } from "../core/model/actor.ts";
import {
  type CredentialKind,
  type CredentialScope,
  findCredentialByHash,
  insertCredential,
  listCredentials,
  revokeCredential,
  spendCredential,
  touchCredential,
} from "../store/credentials.ts";
import { findUser } from "../store/workspaces.ts";
import { nowIso, type ServiceContext } from "./context.ts";
import { hashSecret, newSecret } from "./secrets.ts";

const HOUR_MS = 3_600_000;
export const SIGN_IN_LINK_LIFETIME_MS = 12 * HOUR_MS;
export const SESSION_LIFETIME_MS = 30 * 24 * HOUR_MS;
/** last_used_at is refreshed at most this often, so reads do not turn into writes. */
const TOUCH_INTERVAL_MS = 60_000;

const PREFIX: Record<CredentialKind, string> = {
  sign_in_link: "kfl",
  session: "kfs",
  api_token: "kf",
  calendar_feed: "kfc",
};

async function issue(
  ctx: ServiceContext,
  user: { workspaceId: string; userId: string },
  kind: CredentialKind,
  options: { name: string; scope: CredentialScope; lifetimeMs: number | null },
) {
  const secret = newSecret(PREFIX[kind]);
  const now = ctx.clock();
  const credential = await insertCredential(ctx.store.db, {
    workspaceId: user.workspaceId,
    userId: user.userId,
    kind,
    name: options.name,
    scope: options.scope,
    tokenHash: hashSecret(secret),
    createdAt: now.toISOString(),
    expiresAt:
      options.lifetimeMs === null ? null : new Date(now.getTime() + options.lifetimeMs).toISOString(),
  });
  return { secret, credential };
}

export function createSignInLink(ctx: ServiceContext, user: { workspaceId: string; userId: string }) {
  return issue(ctx, user, "sign_in_link", {
    name: "sign-in link",
    scope: "write",
    lifetimeMs: SIGN_IN_LINK_LIFETIME_MS,
  });
}

/** Trades a one-time sign-in link for a browser session; the link is spent either way. */
export async function exchangeSignInLink(ctx: ServiceContext, secret: string) {
  const link = await findCredentialByHash(ctx.store.db, hashSecret(secret));
  if (link?.kind !== "sign_in_link" || !isLive(link, ctx.clock())) return null;
  if (!(await spendCredential(ctx.store.db, link.id, nowIso(ctx)))) return null;
  return issue(ctx, link, "session", {
    name: "browser session",
    scope: "write",
    lifetimeMs: SESSION_LIFETIME_MS,
  });
}

export function createApiToken(
  ctx: ServiceContext,
  user: { workspaceId: string; userId: string },
  options: { name: string; scope: CredentialScope; expiresInDays: number | null },
) {
  return issue(ctx, user, "api_token", {
    name: options.name,
    scope: options.scope,
    lifetimeMs: options.expiresInDays === null ? null : options.expiresInDays * 24 * HOUR_MS,
  });
}

export function listApiTokens(ctx: ServiceContext, actor: Actor) {
  return listCredentials(ctx.store.db, actor.workspaceId, actor.userId, "api_token");
}

export function revokeApiToken(ctx: ServiceContext, actor: Actor, id: string) {
  return revokeCredential(ctx.store.db, actor.workspaceId, id, nowIso(ctx));
}

/** Resolves a session or API token to the acting user, or null when it is unknown, spent or expired. */
export async function authenticate(
  ctx: ServiceContext,
  secret: string,
  accept: CredentialKind[],
): Promise<{ actor: Actor; kind: CredentialKind } | null> {
  const credential = await findCredentialByHash(ctx.store.db, hashSecret(secret));
  const now = ctx.clock();
  if (!credential || !accept.includes(credential.kind) || !isLive(credential, now)) return null;
  const user = await findUser(ctx.store.db, credential.userId);
  if (!user) return null;
  const lastUsed = credential.lastUsedAt ? Date.parse(credential.lastUsedAt) : 0;
  if (now.getTime() - lastUsed > TOUCH_INTERVAL_MS)
    await touchCredential(ctx.store.db, credential.id, now.toISOString());
  return {
    kind: credential.kind,
    actor: {
      workspaceId: user.workspaceId,
      userId: user.id,
      role: user.role,
      canWrite: credential.scope === "write" && user.role !== "read_only",
    },
  };
}

function isLive(credential: { revokedAt: string | null; expiresAt: string | null }, now: Date): boolean {
  if (credential.revokedAt) return false;
  return credential.expiresAt === null || Date.parse(credential.expiresAt) > now.getTime();
}
