import type { Selectable } from "kysely";
import type { Influence, StakeholderRole } from "../core/coverage/index.ts";
import type { IsoDate, IsoDateTime } from "../core/dates.ts";
import type { Deal, DealStakeholder, TenderDetails } from "../core/model/deal.ts";
import type { DealListQuery, StakeholderInput, TenderInput } from "../core/schemas/deal.ts";
import type { ProcedureType, ThresholdKind } from "../core/tender/index.ts";
import type { DealKind, DealStatus, OutcomeReason } from "../core/vocabulary.ts";
import { fromFlag, toFlag } from "./booleans.ts";
import { newId } from "./ids.ts";
import type { Db } from "./open-store.ts";
import { groupBy } from "./people.ts";
import type { DealsTable, TendersTable } from "./schema.ts";

export interface DealRow {
  kind: DealKind;
  companyId: string | null;
  title: string;
  valueCents: number;
  probability: number;
  stage: string;
  expectedCloseOn: IsoDate | null;
  ownerId: string | null;
}

export async function insertDeal(
  db: Db,
  workspaceId: string,
  deal: DealRow,
  meta: { now: IsoDateTime; authorId: string | null; id?: string },
): Promise<string> {
  const id = meta.id ?? newId();
  await db
    .insertInto("deals")
    .values({
      id,
      workspace_id: workspaceId,
      kind: deal.kind,
      company_id: deal.companyId,
      title: deal.title,
      value_cents: deal.valueCents,
      probability: deal.probability,
      stage: deal.stage,
      expected_close_on: deal.expectedCloseOn,
      owner_id: deal.ownerId,
      status: "open",
      outcome_reason: null,
      outcome_note: null,
      closed_on: null,
      created_at: meta.now,
      updated_at: meta.now,
    })
    .execute();
  await recordDealStage(db, workspaceId, id, deal.stage, "open", meta.now, meta.authorId);
  return id;
}

export async function updateDealRow(
  db: Db,
  workspaceId: string,
  id: string,
  patch: Partial<DealRow> & {
    status?: DealStatus;
    outcomeReason?: OutcomeReason | null;
    outcomeNote?: string | null;
    closedOn?: IsoDate | null;
  },
  now: IsoDateTime,
): Promise<void> {
  const columns: Partial<Selectable<DealsTable>> = { updated_at: now };
  if (patch.kind !== undefined) columns.kind = patch.kind;
  if (patch.companyId !== undefined) columns.company_id = patch.companyId;
  if (patch.title !== undefined) columns.title = patch.title;
  if (patch.valueCents !== undefined) columns.value_cents = patch.valueCents;
  if (patch.probability !== undefined) columns.probability = patch.probability;
  if (patch.stage !== undefined) columns.stage = patch.stage;
  if (patch.expectedCloseOn !== undefined) columns.expected_close_on = patch.expectedCloseOn;
  if (patch.ownerId !== undefined) columns.owner_id = patch.ownerId;
  if (patch.status !== undefined) columns.status = patch.status;
  if (patch.outcomeReason !== undefined) columns.outcome_reason = patch.outcomeReason;
  if (patch.outcomeNote !== undefined) columns.outcome_note = patch.outcomeNote;
  if (patch.closedOn !== undefined) columns.closed_on = patch.closedOn;
  await db
    .updateTable("deals")
    .set(columns)
    .where("id", "=", id)
    .where("workspace_id", "=", workspaceId)
    .execute();
}

export async function recordDealStage(
  db: Db,
  workspaceId: string,
  dealId: string,
  stage: string,
  status: DealStatus,
  now: IsoDateTime,
  by: string | null,
): Promise<void> {
  await db
    .insertInto("deal_stage_changes")
    .values({
      id: newId(),
      workspace_id: workspaceId,
      deal_id: dealId,
      stage,
      status,
      changed_at: now,
      changed_by: by,
    })
    .execute();
}

export async function listDealStageChanges(db: Db, workspaceId: string, dealId: string) {
  return db
    .selectFrom("deal_stage_changes")
    .select(["stage", "status", "changed_at as changedAt", "changed_by as changedBy"])
    .where("workspace_id", "=", workspaceId)
    .where("deal_id", "=", dealId)
    .orderBy("changed_at")
    .orderBy("id")
    .execute();
}

/** Writes (or replaces) the procedure facts of a tender. */
export async function upsertTender(
  db: Db,
  workspaceId: string,
  dealId: string,
  tender: TenderInput,
): Promise<void> {
  await db.deleteFrom("tenders").where("deal_id", "=", dealId).execute();
  await db
    .insertInto("tenders")
    .values({
      deal_id: dealId,
      workspace_id: workspaceId,
      procedure: tender.procedure,
      threshold_kind: tender.thresholdKind,
      estimated_value_cents: tender.estimatedValueCents,
      expected_publication_on: tender.expectedPublicationOn,
      published_on: tender.publishedOn,
      participation_deadline: tender.participationDeadline,
      invitation_sent_on: tender.invitationSentOn,
      question_deadline: tender.questionDeadline,
      submission_deadline: tender.submissionDeadline,
      award_notice_sent_on: tender.awardNoticeSentOn,
      awarded_on: tender.awardedOn,
      cancelled_on: tender.cancelledOn,
      electronic: toFlag(tender.electronic),
      prior_information_notice: toFlag(tender.priorInformationNotice),
      urgency: toFlag(tender.urgency),
      award_notice_electronic: toFlag(tender.awardNoticeElectronic),
      helps_write_specification: toFlag(tender.helpsWriteSpecification),
    })
    .execute();
}

export async function deleteDeal(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom("deals")
    .where("id", "=", id)
    .where("workspace_id", "=", workspaceId)
    .execute();
  return Number(result[0]?.numDeletedRows ?? 0) > 0;
}

export async function addStakeholder(db: Db, workspaceId: string, dealId: string, input: StakeholderInput) {
  await db
    .deleteFrom("deal_stakeholders")
    .where("deal_id", "=", dealId)
    .where("person_id", "=", input.personId)
    .execute();
  const id = newId();
  await db
    .insertInto("deal_stakeholders")
    .values({
      id,
      workspace_id: workspaceId,
      deal_id: dealId,
      person_id: input.personId,
      role: input.role,
      influence: input.influence,
      warmth_at_close: null,
    })
    .execute();
  return id;
}

export async function removeStakeholder(db: Db, workspaceId: string, dealId: string, personId: string) {
  const result = await db
    .deleteFrom("deal_stakeholders")
    .where("workspace_id", "=", workspaceId)
    .where("deal_id", "=", dealId)
    .where("person_id", "=", personId)
    .execute();
  return Number(result[0]?.numDeletedRows ?? 0) > 0;
}

export async function snapshotStakeholderWarmth(db: Db, dealId: string, warmthByPerson: Map<string, number>) {
  for (const [personId, warmth] of warmthByPerson) {
    await db
      .updateTable("deal_stakeholders")
      .set({ warmth_at_close: warmth })
      .where("deal_id", "=", dealId)
      .where("person_id", "=", personId)
      .execute();
  }
}

export async function findDeals(db: Db, workspaceId: string, ids: string[]): Promise<Deal[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("deals")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "in", ids)
    .execute();
  const byId = new Map((await hydrate(db, rows)).map((d) => [d.id, d]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function findDeal(db: Db, workspaceId: string, id: string): Promise<Deal | undefined> {
  return (await findDeals(db, workspaceId, [id]))[0];
}

export async function listDeals(db: Db, workspaceId: string, query: DealListQuery) {
  let base = db.selectFrom("deals").where("deals.workspace_id", "=", workspaceId);
  if (query.kind) base = base.where("deals.kind", "=", query.kind);
  if (query.status) base = base.where("deals.status", "=", query.status);
  if (query.stage) base = base.where("deals.stage", "=", query.stage);
  if (query.companyId) base = base.where("deals.company_id", "=", query.companyId);
  const personId = query.personId;
  if (personId) {
    base = base.where((eb) =>
      eb(
        "deals.id",
        "in",
        eb.selectFrom("deal_stakeholders").select("deal_id").where("person_id", "=", personId),
      ),
    );
  }
  const [rows, count] = await Promise.all([
    base
      .selectAll("deals")
      .orderBy("deals.expected_close_on")
      .orderBy("deals.id")
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow(),
  ]);
  return { items: await hydrate(db, rows), total: Number(count.total) };
}

/** Open tenders whose stakeholders include any of the given people, with those people. */
export async function openTendersWithStakeholders(db: Db, workspaceId: string, personIds: string[] | "all") {
  let query = db
    .selectFrom("deal_stakeholders as s")
    .innerJoin("deals as d", "d.id", "s.deal_id")
    .innerJoin("tenders as t", "t.deal_id", "d.id")
    .select(["s.person_id", "d.id as deal_id", "d.title"])
    .selectAll("t")
    .where("d.workspace_id", "=", workspaceId)
    .where("d.kind", "=", "tender");
  if (personIds !== "all") query = query.where("s.person_id", "in", personIds.length ? personIds : [""]);
  const rows = await query.execute();
  return rows.map((r) => ({ personId: r.person_id, dealId: r.deal_id, title: r.title, tender: toTender(r) }));
}

async function hydrate(db: Db, rows: Selectable<DealsTable>[]): Promise<Deal[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [tenders, stakeholders] = await Promise.all([
    db.selectFrom("tenders").selectAll().where("deal_id", "in", ids).execute(),
    db.selectFrom("deal_stakeholders").selectAll().where("deal_id", "in", ids).orderBy("id").execute(),
  ]);
  const tenderOf = new Map(tenders.map((t) => [t.deal_id, toTender(t)]));
  const stakeholdersOf = groupBy(stakeholders, (s) => s.deal_id);
  return rows.map((row) => ({
    id: row.id,
    workspaceId: row.workspace_id,
    kind: row.kind as DealKind,
    companyId: row.company_id,
    title: row.title,
    valueCents: Number(row.value_cents),
    probability: row.probability,
    stage: row.stage,
    expectedCloseOn: row.expected_close_on,
    ownerId: row.owner_id,
    status: row.status as DealStatus,
    outcomeReason: row.outcome_reason as OutcomeReason | null,
    outcomeNote: row.outcome_note,
    closedOn: row.closed_on,
    tender: tenderOf.get(row.id) ?? null,
    stakeholders: (stakeholdersOf.get(row.id) ?? []).map(
      (s): DealStakeholder => ({
        id: s.id,
        personId: s.person_id,
        role: s.role as StakeholderRole,
        influence: s.influence as Influence,
        warmthAtClose: s.warmth_at_close,
      }),
    ),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

function toTender(t: Omit<Selectable<TendersTable>, "deal_id" | "workspace_id">): TenderDetails {
  return {
    procedure: t.procedure as ProcedureType,
    thresholdKind: t.threshold_kind as ThresholdKind,
    estimatedValueCents: t.estimated_value_cents === null ? null : Number(t.estimated_value_cents),
    expectedPublicationOn: t.expected_publication_on,
    publishedOn: t.published_on,
    participationDeadline: t.participation_deadline,
    invitationSentOn: t.invitation_sent_on,
    questionDeadline: t.question_deadline,
    submissionDeadline: t.submission_deadline,
    awardNoticeSentOn: t.award_notice_sent_on,
    awardedOn: t.awarded_on,
    cancelledOn: t.cancelled_on,
    electronic: fromFlag(t.electronic),
    priorInformationNotice: fromFlag(t.prior_information_notice),
    urgency: fromFlag(t.urgency),
    awardNoticeElectronic: fromFlag(t.award_notice_electronic),
    helpsWriteSpecification: fromFlag(t.helps_write_specification),
  };
}
