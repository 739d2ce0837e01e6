import type { Actor } from "../core/model/actor.ts";
import type { Company } from "../core/model/company.ts";
import type { Person } from "../core/model/person.ts";
import type { UserRole } from "../core/vocabulary.ts";
import { createCompany } from "../services/companies.ts";
import type { ServiceContext } from "../services/context.ts";
import { createFact } from "../services/facts.ts";
import { createInteraction } from "../services/interactions.ts";
import { createPerson } from "../services/people.ts";
import type { Store } from "../store/open-store.ts";
import { insertUser, insertWorkspace } from "../store/workspaces.ts";

// Factories write real rows through the real services: a test that uses them exercises the same
// path as the product. Each returns what it made, with sensible defaults that any field overrides.

export const FIXED_NOW = new Date("2026-11-27T09:00:00.000Z");

export function testContext(store: Store, now: Date = FIXED_NOW): ServiceContext {
  return { store, clock: () => now };
}

let counter = 0;
const nextNumber = () => {
  counter += 1;
  return counter;
};

/** A new workspace with its owner, so every test lives in its own world. */
export async function buildWorkspace(ctx: ServiceContext, name = "Testvertrieb") {
  const now = ctx.clock().toISOString();
  const workspace = await insertWorkspace(ctx.store.db, `${name} ${nextNumber()}`, now);
  const owner = await buildUser(ctx, workspace.id, "owner");
  return { workspace, owner, actor: actorOf(owner) };
}

export async function buildUser(ctx: ServiceContext, workspaceId: string, role: UserRole = "member") {
  const n = nextNumber();
  return insertUser(
    ctx.store.db,
    { workspaceId, displayName: `Nutzer ${n}`, email: `nutzer${n}@example.test`, role, locale: "de" },
    ctx.clock().toISOString(),
  );
}

export function actorOf(user: { id: string; workspaceId: string; role: UserRole }, canWrite = true): Actor {
  return { workspaceId: user.workspaceId, userId: user.id, role: user.role, canWrite };
}

export function buildCompany(
  ctx: ServiceContext,
  actor: Actor,
  overrides: Record<string, unknown> = {},
): Promise<Company> {
  return createCompany(ctx, actor, { name: `Firma ${nextNumber()} GmbH`, ...overrides });
}

export function buildPerson(
  ctx: ServiceContext,
  actor: Actor,
  overrides: Record<string, unknown> = {},
): Promise<Person> {
  return createPerson(ctx, actor, { firstName: "Anna", lastName: `Becker${nextNumber()}`, ...overrides });
}

export function buildFact(
  ctx: ServiceContext,
  actor: Actor,
  personId: string,
  overrides: Record<string, unknown> = {},
) {
  return createFact(ctx, actor, { personId, category: "hobby", text: "Läuft Marathon", ...overrides });
}

export function buildInteraction(
  ctx: ServiceContext,
  actor: Actor,
  participantIds: string[],
  overrides: Record<string, unknown> = {},
) {
  return createInteraction(ctx, actor, {
    occurredAt: "2026-11-20T10:00:00Z",
    kind: "meeting",
    participantIds,
    summary: "Jahresgespräch",
    ...overrides,
  });
}
