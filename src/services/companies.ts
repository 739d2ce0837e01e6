import { NotFoundError } from "../core/errors.ts";
import type { Actor } from "../core/model/actor.ts";
import type { Company } from "../core/model/company.ts";
import { companyCreateInput, companyListQuery, companyUpdateInput } from "../core/schemas/company.ts";
import { parseInput } from "../core/validation.ts";
import * as companies from "../store/companies.ts";
import { inTransaction, nowIso, requireWrite, type ServiceContext } from "./context.ts";

export async function createCompany(ctx: ServiceContext, actor: Actor, input: unknown): Promise<Company> {
  requireWrite(actor);
  const data = parseInput(companyCreateInput, input);
  const id = await inTransaction(ctx, (db) =>
    companies.insertCompany(db, actor.workspaceId, data, { now: nowIso(ctx) }),
  );
  return getCompany(ctx, actor, id);
}

export async function getCompany(ctx: ServiceContext, actor: Actor, id: string): Promise<Company> {
  const company = await companies.findCompany(ctx.store.db, actor.workspaceId, id);
  if (!company) throw new NotFoundError("company", id);
  return company;
}

export async function listCompanies(ctx: ServiceContext, actor: Actor, query: unknown) {
  const parsed = parseInput(companyListQuery, query);
  const page = await companies.listCompanies(ctx.store.db, actor.workspaceId, parsed);
  return { ...page, limit: parsed.limit, offset: parsed.offset };
}

export async function updateCompany(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<Company> {
  requireWrite(actor);
  const patch = parseInput(companyUpdateInput, input);
  await inTransaction(ctx, async (db) => {
    const current = await companies.findCompany(db, actor.workspaceId, id);
    if (!current) throw new NotFoundError("company", id);
    await companies.updateCompany(db, current, patch, { now: nowIso(ctx) });
  });
  return getCompany(ctx, actor, id);
}

/** Deleting a company keeps its people; they lose the link (ON DELETE SET NULL). */
export async function deleteCompany(ctx: ServiceContext, actor: Actor, id: string): Promise<void> {
  requireWrite(actor);
  const deleted = await inTransaction(ctx, (db) => companies.deleteCompany(db, actor.workspaceId, id));
  if (!deleted) throw new NotFoundError("company", id);
}
