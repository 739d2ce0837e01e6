import type { Selectable } from "kysely";
import type { IsoDateTime } from "../core/dates.ts";
import type { Company } from "../core/model/company.ts";
import type { CompanyCreateInput, CompanyListQuery, CompanyUpdateInput } from "../core/schemas/company.ts";
import { sortKey } from "../core/search-terms.ts";
import { newId } from "./ids.ts";
import type { Db } from "./open-store.ts";
import type { CompaniesTable } from "./schema.ts";
import { reindexEntity, removeFromIndex } from "./search-index.ts";

export async function insertCompany(
  db: Db,
  workspaceId: string,
  input: CompanyCreateInput,
  meta: { now: IsoDateTime; id?: string },
): Promise<string> {
  const id = meta.id ?? newId();
  await db
    .insertInto("companies")
    .values({
      id,
      workspace_id: workspaceId,
      name: input.name,
      sort_name: sortKey(input.name),
      website: input.website,
      industry: input.industry,
      city: input.city,
      notes: input.notes,
      created_at: meta.now,
      updated_at: meta.now,
    })
    .execute();
  await indexCompany(db, workspaceId, id, input);
  return id;
}

export async function updateCompany(
  db: Db,
  current: Company,
  patch: CompanyUpdateInput,
  meta: { now: IsoDateTime },
): Promise<void> {
  await db
    .updateTable("companies")
    .set({
      ...patch,
      ...(patch.name !== undefined ? { sort_name: sortKey(patch.name) } : {}),
      updated_at: meta.now,
    })
    .where("id", "=", current.id)
    .where("workspace_id", "=", current.workspaceId)
    .execute();
  await indexCompany(db, current.workspaceId, current.id, { ...current, ...patch });
}

async function indexCompany(
  db: Db,
  workspaceId: string,
  id: string,
  company: Pick<Company, "name" | "city" | "industry">,
): Promise<void> {
  await reindexEntity(db, {
    workspaceId,
    entityType: "company",
    entityId: id,
    texts: [company.name, company.city, company.industry],
    visibleTo: null,
  });
}

export async function deleteCompany(db: Db, workspaceId: string, id: string): Promise<boolean> {
  await removeFromIndex(db, [id]);
  const result = await db
    .deleteFrom("companies")
    .where("id", "=", id)
    .where("workspace_id", "=", workspaceId)
    .execute();
  return Number(result[0]?.numDeletedRows ?? 0) > 0;
}

export async function findCompanies(db: Db, workspaceId: string, ids: string[]): Promise<Company[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("companies")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "in", ids)
    .execute();
  return rows.map(toCompany);
}

export async function findCompany(db: Db, workspaceId: string, id: string): Promise<Company | undefined> {
  return (await findCompanies(db, workspaceId, [id]))[0];
}

export async function listCompanies(
  db: Db,
  workspaceId: string,
  query: CompanyListQuery,
): Promise<{ items: Company[]; total: number }> {
  const base = db.selectFrom("companies").where("workspace_id", "=", workspaceId);
  const descending = query.sort.startsWith("-");
  const sortColumn = query.sort.endsWith("name") ? "sort_name" : "created_at";
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy(sortColumn, descending ? "desc" : "asc")
      .orderBy("id", descending ? "desc" : "asc")
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toCompany), total: Number(count.total) };
}

function toCompany(row: Selectable<CompaniesTable>): Company {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    website: row.website,
    industry: row.industry,
    city: row.city,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
