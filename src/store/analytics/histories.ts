// The raw histories of named contacts for reconstructing warmth as of past days: the person, stage
// and address-form changes, the days facts were learned (only facts the viewer may see: own and
// shared, as everywhere else), and interactions up to a day. Five queries per 900 contacts.
import type { ContactHistory } from "../../core/analytics/index.ts";
import type { IsoDateTime } from "../../core/dates.ts";
import type {
  AddressForm,
  Importance,
  InteractionKind,
  Party,
  Rating,
  Stage,
  Stance,
} from "../../core/vocabulary.ts";
import { fromFlag } from "../booleans.ts";
import { isIn } from "../dialect.ts";
import type { Db } from "../open-store.ts";
import { chunks } from "./scope.ts";

export async function loadContactHistories(
  db: Db,
  params: { workspaceId: string; viewerId: string; personIds: readonly string[]; until: IsoDateTime },
): Promise<Map<string, ContactHistory>> {
  const histories = new Map<string, ContactHistory>();
  for (const ids of chunks([...new Set(params.personIds)])) {
    await loadChunk(db, params, ids, histories);
  }
  return histories;
}

async function loadChunk(
  db: Db,
  params: { workspaceId: string; viewerId: string; until: IsoDateTime },
  ids: string[],
  into: Map<string, ContactHistory>,
): Promise<void> {
  const { workspaceId, viewerId, until } = params;
  const [people, stages, forms, facts, interactions] = await Promise.all([
    db
      .selectFrom("people")
      .select([
        "id",
        "stage",
        "stance",
        "address_form",
        "address_form_since",
        "address_form_offered_by",
        "known_since",
        "importance",
        "cadence_days",
        "created_at",
      ])
      .where("workspace_id", "=", workspaceId)
      .where(isIn(db, "id", ids))
      .execute(),
    db
      .selectFrom("stage_changes")
      .select(["person_id", "stage", "changed_at"])
      .where("workspace_id", "=", workspaceId)
      .where(isIn(db, "person_id", ids))
      .orderBy("changed_at")
      .orderBy("id")
      .execute(),
    db
      .selectFrom("address_form_changes")
      .select(["person_id", "form", "changed_on", "offered_by"])
      .where("workspace_id", "=", workspaceId)
      .where(isIn(db, "person_id", ids))
      .orderBy("changed_on")
      .orderBy("id")
      .execute(),
    // Neither reads people: the person query above is the workspace check, and rows of anyone it
    // did not return are dropped below. Each person's rows are one index range.
    db
      .selectFrom("facts as f")
      .select(["f.person_id", "f.learned_on"])
      .where(isIn(db, "f.person_id", ids))
      .where((eb) => eb.or([eb("f.author_id", "=", viewerId), eb("f.shared", "=", 1)]))
      .execute(),
    // The participant row carries the interaction's signal columns (migration 0800), and ordering by
    // exactly the columns of their index lets the database read the index alone. Rows it cannot
    // tell apart are equal in every field read, so their order changes nothing.
    db
      .selectFrom("interaction_participants as ip")
      .select([
        "ip.person_id",
        "ip.occurred_at",
        "ip.kind",
        "ip.initiated_by",
        "ip.personal",
        "ip.trust",
        "ip.resistance",
      ])
      .where(isIn(db, "ip.person_id", ids))
      .where("ip.occurred_at", "<=", until)
      .orderBy("ip.person_id")
      .orderBy("ip.occurred_at")
      .orderBy("ip.kind")
      .orderBy("ip.initiated_by")
      .orderBy("ip.personal")
      .orderBy("ip.trust")
      .orderBy("ip.resistance")
      .execute(),
  ]);
  for (const row of people) {
    into.set(row.id, {
      person: {
        id: row.id,
        stage: row.stage as Stage,
        stance: row.stance as Stance,
        addressForm: row.address_form as AddressForm,
        addressFormSince: row.address_form_since,
        addressFormOfferedBy: row.address_form_offered_by as Party | null,
        knownSince: row.known_since,
        importance: row.importance as Importance,
        cadenceDays: row.cadence_days,
        createdAt: row.created_at,
      },
      stageChanges: [],
      addressFormChanges: [],
      factDates: [],
      interactions: [],
    });
  }
  // The arrays are created just above and only this loader pushes to them.
  const mutable = (id: string) => into.get(id) as MutableHistory | undefined;
  for (const s of stages)
    mutable(s.person_id)?.stageChanges.push({ stage: s.stage as Stage, changedAt: s.changed_at });
  for (const f of forms) {
    mutable(f.person_id)?.addressFormChanges.push({
      form: f.form as AddressForm,
      changedOn: f.changed_on,
      offeredBy: f.offered_by as Party | null,
    });
  }
  for (const f of facts) mutable(f.person_id)?.factDates.push(f.learned_on);
  for (const i of interactions) {
    mutable(i.person_id)?.interactions.push({
      occurredAt: i.occurred_at,
      kind: i.kind as InteractionKind,
      initiatedBy: i.initiated_by as Party,
      personal: fromFlag(i.personal),
      trust: i.trust as Rating | null,
      resistance: i.resistance as Rating | null,
    });
  }
}

type MutableHistory = {
  [K in keyof ContactHistory]: ContactHistory[K] extends readonly (infer T)[] ? T[] : ContactHistory[K];
};
