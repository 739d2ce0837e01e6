import type { AddressFormChange, StageChange } from "../core/model/person.ts";
import type { AddressForm, Party, Stage } from "../core/vocabulary.ts";
import type { Db } from "./open-store.ts";

export async function listStageChanges(
  db: Db,
  workspaceId: string,
  personId: string,
): Promise<StageChange[]> {
  const rows = await db
    .selectFrom("stage_changes")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("person_id", "=", personId)
    .orderBy("changed_at")
    .orderBy("id")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    personId: row.person_id,
    stage: row.stage as Stage,
    changedAt: row.changed_at,
    changedBy: row.changed_by,
    note: row.note,
  }));
}

export async function listAddressFormChanges(
  db: Db,
  workspaceId: string,
  personId: string,
): Promise<AddressFormChange[]> {
  const rows = await db
    .selectFrom("address_form_changes")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("person_id", "=", personId)
    .orderBy("changed_on")
    .orderBy("id")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    personId: row.person_id,
    form: row.form as AddressForm,
    changedOn: row.changed_on,
    offeredBy: row.offered_by as Party | null,
    recordedAt: row.recorded_at,
  }));
}
