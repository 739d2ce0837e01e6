import type { IsoDate, IsoDateTime } from "../core/dates.ts";
import type { PersonSource } from "../core/privacy/person-privacy.ts";
import { newBulkId as newId } from "./bulk-ids.ts";
import { insertRows } from "./insert-rows.ts";
import type { Db } from "./open-store.ts";

/**
 * The Art. 14 record for people created in bulk (contact import), in two statements per batch:
 * the same `person_privacy` row and open loop that `recordThirdPartySource` writes for one newly
 * created person (source set, everything else at its default), so an imported contact is treated
 * like one typed in with a third-party source. Only for people created in this transaction: an
 * existing privacy record would be overwritten, not merged.
 */
export async function insertThirdPartySourcesBulk(
  db: Db,
  workspaceId: string,
  personIds: string[],
  record: {
    source: PersonSource;
    /** The user the reminder goes to; also recorded as the one who set the source. */
    userId: string;
    loopText: string;
    dueOn: IsoDate;
    now: IsoDateTime;
  },
): Promise<void> {
  if (personIds.length === 0) return;
  const { source, userId, loopText, dueOn, now } = record;
  await insertRows(
    db,
    "person_privacy",
    [
      "person_id",
      "workspace_id",
      "source",
      "opt_out_email",
      "opt_out_phone",
      "opt_out_post",
      "opt_out_greetings",
      "updated_at",
      "updated_by",
    ],
    personIds.map((id) => [id, workspaceId, source, 0, 0, 0, 0, now, userId]),
  );
  await insertRows(
    db,
    "open_loops",
    [
      "id",
      "workspace_id",
      "person_id",
      "author_id",
      "kind",
      "text",
      "due_on",
      "closed_on",
      "interaction_id",
      "created_at",
      "updated_at",
    ],
    personIds.map((id) => [newId(), workspaceId, id, userId, "do", loopText, dueOn, null, null, now, now]),
  );
}
