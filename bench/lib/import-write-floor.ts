// The import's write floor: the same contacts as the import benchmark, checked and turned into rows
// beforehand (not timed), then written in batches the way `kundenfreund import` writes them: same
// statements, batch size, page cache and checkpoint setting. What it measures is SQLite's share of
// an import, which no change to reading, checking or matching can remove.

import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { IMPORT_PAGE_CACHE_MB } from "../../src/cli/commands/import.ts";
import { DEFAULT_PHONE_COUNTRY } from "../../src/core/duplicates/phone-country.ts";
import { INFORM_LOOP_TEXT } from "../../src/core/privacy/information-letter.ts";
import type { ContactRecord } from "../../src/io/contact-record.ts";
import { inTransaction, nowIso } from "../../src/services/context.ts";
import { IMPORT_BATCH_SIZE } from "../../src/services/io/import-contacts.ts";
import { type CreatedRows, insertCreatedRows, newContactRow } from "../../src/services/io/import-write.ts";
import { checkContactRecord } from "../../src/services/io/record-to-contact.ts";
import { closeContext, openContext } from "../../src/services/open-context.ts";
import { ensureLocalWorkspace } from "../../src/services/workspace-setup.ts";
import { newBulkId } from "../../src/store/bulk-ids.ts";
import { withRareCheckpoints } from "../../src/store/checkpoints.ts";

export interface WriteFloor {
  contacts: number;
  seconds: number;
  cpuSeconds: number;
}

export async function measureWriteFloor(records: Iterable<ContactRecord>): Promise<WriteFloor> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kundenfreund-bench-floor-"));
  const ctx = await openContext(path.join(dir, "kundenfreund.sqlite"), { pageCacheMb: IMPORT_PAGE_CACHE_MB });
  try {
    const { owner } = await ensureLocalWorkspace(ctx, { locale: "en" });
    const batches = prepareBatches(records, owner.id);
    const meta = {
      now: nowIso(ctx),
      authorId: owner.id,
      informLoopText: INFORM_LOOP_TEXT.en,
      importRunId: newBulkId(),
      phoneCountry: DEFAULT_PHONE_COUNTRY,
    };
    const contacts = batches.reduce((sum, batch) => sum + batch.people.length, 0);
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    await withRareCheckpoints(ctx.store.db, async () => {
      for (const batch of batches) {
        await inTransaction(ctx, (db) => insertCreatedRows(db, owner.workspaceId, batch, meta));
      }
    });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    return { contacts, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
  } finally {
    await closeContext(ctx);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every record as a new contact (the benchmark's names are unique), in import-sized batches. */
function prepareBatches(records: Iterable<ContactRecord>, ownerId: string): CreatedRows[] {
  const companies = new Map<string, string>();
  const batches: CreatedRows[] = [];
  let batch: CreatedRows = { companies: [], people: [], relations: [] };
  for (const record of records) {
    const check = checkContactRecord(record);
    if (!check.ok) throw new Error(`benchmark record refused: ${check.reason.en}`);
    const { contact } = check;
    let companyId: string | null = null;
    if (contact.organisation) {
      companyId = companies.get(contact.organisation.sortName) ?? null;
      if (!companyId) {
        companyId = newBulkId();
        companies.set(contact.organisation.sortName, companyId);
        batch.companies.push({ id: companyId, name: contact.organisation.name });
      }
    }
    batch.people.push(newContactRow(contact, companyId, ownerId));
    if (batch.people.length === IMPORT_BATCH_SIZE) {
      batches.push(batch);
      batch = { companies: [], people: [], relations: [] };
    }
  }
  if (batch.people.length > 0) batches.push(batch);
  return batches;
}
