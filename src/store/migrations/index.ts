import type { Migration } from "kysely";
import * as initial from "./20261127T0300-initial.ts";
import * as conversationsAndGifts from "./20261127T0400-conversations-and-gifts.ts";
import * as dealsAndTenders from "./20261127T0500-deals-and-tenders.ts";
import * as accountsAndAudit from "./20261127T0600-accounts-and-audit.ts";
import * as privacy from "./20261127T0700-privacy.ts";
import * as signalColumns from "./20261127T0800-signal-columns.ts";
import * as contactTotals from "./20261127T0900-contact-totals.ts";
import * as agendaIndexes from "./20261127T1000-agenda-indexes.ts";
import * as peopleSampleIndex from "./20261127T1100-people-sample-index.ts";
import * as peopleContactsIndex from "./20261127T1200-people-contacts-index.ts";
import * as importRuns from "./20261127T1300-import-runs.ts";
import * as importOrigin from "./20261127T1400-import-origin.ts";
import * as phoneKeys from "./20261127T1500-phone-keys.ts";
import * as savedCsvMappings from "./20261127T1600-saved-csv-mappings.ts";
import * as importMergeMark from "./20261127T1700-import-merge-mark.ts";
import * as phoneTrunkZeros from "./20261127T1800-phone-trunk-zeros.ts";
import * as mergedIntoExisting from "./20261127T1900-merged-into-existing.ts";
import * as importedFacts from "./20261128T0100-imported-facts.ts";

/**
 * Every migration, in order. Append-only: a released migration is never edited; a change is a new
 * file named by its UTC timestamp. Listed statically (not read from the folder) so a bundled or
 * installed copy of Kundenfreund cannot miss one.
 */
export const MIGRATIONS: Record<string, Migration> = {
  "20261127T0300-initial": initial,
  "20261127T0400-conversations-and-gifts": conversationsAndGifts,
  "20261127T0500-deals-and-tenders": dealsAndTenders,
  "20261127T0600-accounts-and-audit": accountsAndAudit,
  "20261127T0700-privacy": privacy,
  "20261127T0800-signal-columns": signalColumns,
  "20261127T0900-contact-totals": contactTotals,
  "20261127T1000-agenda-indexes": agendaIndexes,
  "20261127T1100-people-sample-index": peopleSampleIndex,
  "20261127T1200-people-contacts-index": peopleContactsIndex,
  "20261127T1300-import-runs": importRuns,
  "20261127T1400-import-origin": importOrigin,
  "20261127T1500-phone-keys": phoneKeys,
  "20261127T1600-saved-csv-mappings": savedCsvMappings,
  "20261127T1700-import-merge-mark": importMergeMark,
  "20261127T1800-phone-trunk-zeros": phoneTrunkZeros,
  "20261127T1900-merged-into-existing": mergedIntoExisting,
  "20261128T0100-imported-facts": importedFacts,
};
