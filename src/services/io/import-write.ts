import { dayOf, type IsoDateTime } from "../../core/dates.ts";
import type { PhoneCountry } from "../../core/duplicates/phone-country.ts";
import { informationDueOn } from "../../core/privacy/deadlines.ts";
import { newBulkId } from "../../store/bulk-ids.ts";
import {
  type BulkPerson,
  type BulkRelation,
  insertCompaniesBulk,
  insertPeopleBulk,
  insertRelationsBulk,
} from "../../store/bulk-people.ts";
import { insertThirdPartySourcesBulk } from "../../store/bulk-privacy.ts";
import type { Db } from "../../store/open-store.ts";
import type { ImportContact } from "./record-to-contact.ts";

/** A checked record as a new contact's row, owned by the importing user. */
export function newContactRow(contact: ImportContact, companyId: string | null, ownerId: string): BulkPerson {
  return {
    id: newBulkId(),
    firstName: contact.firstName,
    lastName: contact.lastName,
    companyId,
    jobTitle: contact.jobTitle,
    isContact: true,
    channels: contact.channels,
    birthday: contact.birthday,
    notes: contact.notes,
    knownSince: contact.knownSince,
    howWeMet: contact.howWeMet,
    tags: contact.tags,
    photoUrl: contact.photoUrl,
    ownerId,
  };
}

/** What one import batch creates: new companies, contacts with their family members, relations. */
export interface CreatedRows {
  companies: Array<{ id: string; name: string }>;
  people: BulkPerson[];
  relations: BulkRelation[];
}

/**
 * Writes the rows an import batch creates, inside the caller's transaction. Everyone created here,
 * family members included, came from a third party (the file): the same Art. 14 record and
 * reminder as a person created with source "import" (decision 082). Also what `npm run
 * bench:import` times on its own as the import's write floor.
 */
export async function insertCreatedRows(
  db: Db,
  workspaceId: string,
  rows: CreatedRows,
  meta: {
    now: IsoDateTime;
    authorId: string;
    informLoopText: string;
    importRunId: string | null;
    phoneCountry: PhoneCountry;
  },
): Promise<void> {
  const { now, authorId, importRunId, phoneCountry } = meta;
  await insertCompaniesBulk(db, workspaceId, rows.companies, { now, importRunId });
  await insertPeopleBulk(db, workspaceId, rows.people, { now, authorId, importRunId, phoneCountry });
  await insertRelationsBulk(db, workspaceId, rows.relations, now);
  await insertThirdPartySourcesBulk(
    db,
    workspaceId,
    rows.people.map((p) => p.id),
    {
      source: "import",
      userId: authorId,
      loopText: meta.informLoopText,
      dueOn: informationDueOn(dayOf(now)),
      now,
    },
  );
}
