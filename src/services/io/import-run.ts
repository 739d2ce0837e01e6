import { performance } from "node:perf_hooks";
import { dayOf, type IsoDate } from "../../core/dates.ts";
import { channelKey, foldPersonName, mergeContact, type PersonName } from "../../core/duplicates/index.ts";
import type { PhoneCountry } from "../../core/duplicates/phone-country.ts";
import type { Locale, Localized } from "../../core/locale.ts";
import type { Actor } from "../../core/model/actor.ts";
import { ANNIVERSARY_TEXT } from "../../core/model/anniversary.ts";
import { type ImportRunCounts, NO_IMPORT_COUNTS } from "../../core/model/import-run.ts";
import { type Channel, fullName, type Person } from "../../core/model/person.ts";
import { INFORM_LOOP_TEXT } from "../../core/privacy/information-letter.ts";
import { newBulkId as newId } from "../../store/bulk-ids.ts";
import type { BulkPerson, BulkRelation } from "../../store/bulk-people.ts";
import {
  findChannelOwners,
  findCompaniesBySortName,
  listContactNamesOfCompanies,
  listPersonNames,
} from "../../store/import-lookups.ts";
import { recordImportProgress } from "../../store/import-runs.ts";
import { addImportedDates, datesToAdd } from "../../store/imported-dates.ts";
import type { Db } from "../../store/open-store.ts";
import { findPeople, updatePerson } from "../../store/people.ts";
import { markOwnMerges } from "../../store/undo-import.ts";
import { findUser } from "../../store/workspaces.ts";
import { inTransaction, nowIso, type ServiceContext } from "../context.ts";
import { phoneCountryForWrite } from "../workspace-settings.ts";
import { FailedRowsCollector } from "./failed-rows.ts";
import { FailureReasonCounter } from "./failure-reasons.ts";
import {
  channelMatchKeys,
  compactEmailKeys,
  ImportIndex,
  type MatchKeys,
  type MatchTarget,
  matchKeysOf,
  withEmailKeys,
} from "./import-index.ts";
import {
  type DuplicateOutcome,
  type DuplicatePolicy,
  type ImportFormat,
  type ImportReport,
  REPORT_LIST_MAX,
  type RowRef,
} from "./import-types.ts";
import { insertCreatedRows, newContactRow } from "./import-write.ts";
import type { OpenedItem } from "./open-import.ts";
import { checkContactRecord, type ImportContact } from "./record-to-contact.ts";
import type { RowChoices } from "./row-choices.ts";

/** A row's duplicate outcome, with the stored person it resembled (null: none, or only in this file). */
interface Resemblance {
  outcome: DuplicateOutcome;
  resembles: string | null;
}

interface Candidate {
  ref: RowRef;
  contact: ImportContact;
  keys: MatchKeys;
}

interface Batch {
  newCompanies: Array<{ id: string; name: string }>;
  people: BulkPerson[];
  relations: BulkRelation[];
  /** Rows folded into people stored before this batch, by person id, in file order. */
  merges: Map<string, ImportContact[]>;
  pending: Map<string, { person: BulkPerson; target: MatchTarget }>;
  created: number;
  merged: number;
  /** Of `merged`, rows that went into people who were there before this import. */
  mergedIntoExisting: number;
  /** Anniversaries of the batch's rows, by the person they were created as or merged into. */
  anniversaries: Array<{ personId: string; refersTo: IsoDate }>;
  /** Of those, the ones the importer does not have yet: what the batch adds. */
  datesAdded: number;
  skipped: number;
  familyMembers: number;
}

/**
 * One import, batch by batch. Each batch is read, checked and matched against the database and
 * the rows before it, then written in one transaction: a row is stored whole or not at all, and a
 * failure leaves every earlier batch in place (docs/decisions/070-import-batches-and-duplicates.md).
 */
export class ImportRun {
  readonly report: ImportReport;
  private readonly index = new ImportIndex();
  /** Stored people found so far, by id: see storedTarget. */
  private readonly storedTargets = new Map<string, MatchTarget>();
  private readonly choices: RowChoices;
  /** Folded company name → id, of companies found in the database or created by this import. */
  private readonly companies = new Map<string, string>();
  private readonly started = performance.now();
  /** The importing user's language: the Art. 14 reminder and anniversaries are written in it. */
  private importerLocale: Locale | null = null;
  /** Rows of the coming batch that passed their check, in file order. */
  private candidates: Candidate[] = [];
  private rowsInBatch = 0;
  /** The workspace's country for phone numbers, read once when the import starts. */
  private readonly phoneCountry: PhoneCountry;
  private readonly keyOf: (channel: Channel) => string;
  /** CSV only: failed rows as read, handed back in the report as a file to fix. */
  private readonly failedRows: FailedRowsCollector | null;
  private readonly failureReasons = new FailureReasonCounter();
  /** Records whose photo was data in the file, not a link: said once for the whole file. */
  private embeddedPhotos = 0;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly actor: Actor,
    options: {
      format: ImportFormat;
      dryRun: boolean;
      onDuplicate: DuplicatePolicy;
      /** Rows decided otherwise than onDuplicate, by file line. */
      choices: RowChoices;
      runId: string | null;
      phoneCountry: PhoneCountry;
    },
  ) {
    const { phoneCountry, choices, ...reported } = options;
    this.phoneCountry = phoneCountry;
    this.choices = choices;
    this.keyOf = (channel) => channelKey(channel.kind, channel.value, phoneCountry);
    this.failedRows = options.format === "csv" ? new FailedRowsCollector() : null;
    this.report = {
      ...reported,
      ...NO_IMPORT_COUNTS,
      failures: [],
      duplicates: [],
      warnings: [],
      omitted: { failures: 0, duplicates: 0, warnings: 0 },
      aborted: null,
      csv: null,
      failureReasons: { reasons: [], otherRows: 0 },
      importantDatesAdded: 0,
      failedRows: this.failedRows?.collected ?? null,
      elapsedMs: 0,
    };
  }

  elapsedMs(): number {
    return Math.round(performance.now() - this.started);
  }

  /**
   * Checks one row as it is read; it is matched and written with its batch (processBatch). Only
   * the checked contact waits for the batch: the parsed row dies young, so V8 does not copy it
   * into its old generation only to collect it there after the batch.
   */
  accept(item: OpenedItem): void {
    this.report.rowsRead += 1;
    this.rowsInBatch += 1;
    const ref: RowRef = { line: item.line, row: item.row ?? null };
    for (const warning of item.warnings) this.warn({ ...ref, line: warning.line }, warning.message);
    if (item.error) {
      this.fail(ref, item.error, item.cells);
      return;
    }
    if (item.record.embeddedPhoto) this.embeddedPhotos += 1;
    const check = checkContactRecord(item.record);
    if (!check.ok) {
      this.fail(ref, check.reason, item.cells);
      return;
    }
    for (const warning of check.warnings) this.warn(ref, warning);
    this.candidates.push({
      ref,
      contact: check.contact,
      keys: matchKeysOf(check.contact, this.phoneCountry),
    });
  }

  /** Rows accepted since the last batch, failed ones included. */
  get batchRows(): number {
    return this.rowsInBatch;
  }

  /**
   * Matches and writes the rows accepted since the last batch. Returns false when the batch could
   * not be written; the import stops there.
   */
  async processBatch(): Promise<boolean> {
    const candidates = this.candidates;
    this.candidates = [];
    this.rowsInBatch = 0;
    const batch: Batch = {
      newCompanies: [],
      people: [],
      relations: [],
      merges: new Map(),
      pending: new Map(),
      created: 0,
      merged: 0,
      mergedIntoExisting: 0,
      anniversaries: [],
      datesAdded: 0,
      skipped: 0,
      familyMembers: 0,
    };
    const duplicates: Resemblance[] = [];
    try {
      await this.lookUp(this.ctx.store.db, candidates);
      for (const candidate of candidates) {
        const resemblance = this.decide(candidate, batch);
        if (resemblance) duplicates.push(resemblance);
      }
      if (this.report.dryRun) await this.write(this.ctx.store.db, batch);
      else await inTransaction(this.ctx, (db) => this.write(db, batch));
    } catch (error) {
      // Nothing of this batch was stored; all its rows are failures, earlier batches stay.
      const reason = writeFailure(error);
      this.report.aborted = reason;
      for (const { ref } of candidates) this.fail(ref, reason);
      return false;
    }
    for (const { person, target } of batch.pending.values()) {
      target.stored = true;
      // A preview stores nothing, so only its own index can find the rows before.
      if (!this.report.dryRun) {
        this.index.forgetChannels(target, channelMatchKeys(person.channels, this.phoneCountry));
        // Stored, the person is named by their stored name; their row's place would be kept
        // alive for every row of the file (~7 MB of peak memory for 100,000).
        target.from = null;
      }
    }
    // The same counts the batch's transaction wrote to the import's history entry.
    Object.assign(this.report, this.countsWith(batch));
    this.report.importantDatesAdded += batch.datesAdded;
    await this.nameMatches(duplicates);
    for (const { outcome } of duplicates) this.listDuplicate(outcome);
    return true;
  }

  /** The source broke off: rows accepted since the last batch are failures, none is written. */
  abortUnprocessed(reason: Localized): void {
    this.report.aborted = reason;
    for (const { ref } of this.candidates) this.fail(ref, reason);
    this.candidates = [];
    this.rowsInBatch = 0;
  }

  finish(): ImportReport {
    if (this.embeddedPhotos > 0) this.warnAboutFile(embeddedPhotosNotKept(this.embeddedPhotos));
    this.embeddedPhotos = 0;
    this.report.failureReasons = this.failureReasons.result();
    this.report.elapsedMs = this.elapsedMs();
    return this.report;
  }

  /** Fills the index with what the database knows about this batch's emails, phones and companies. */
  private async lookUp(db: Db, candidates: Candidate[]): Promise<void> {
    const ws = this.actor.workspaceId;
    const wanted = { email: new Set<string>(), phone: new Set<string>() };
    const companyNames = new Set<string>();
    for (const { keys } of candidates) {
      for (const channel of keys.channels) {
        if (!this.index.hasChannel(channel)) wanted[channel.kind].add(channel.key);
      }
      const sortName = keys.companySortName;
      if (sortName && !this.index.isCompanyLoaded(sortName)) companyNames.add(sortName);
    }
    for (const kind of ["email", "phone"] as const) {
      if (wanted[kind].size === 0) continue;
      for (const owner of await findChannelOwners(db, ws, kind, [...wanted[kind]])) {
        const { key } = owner;
        const target = this.storedTarget(owner.personId, owner, kind === "email" ? [key] : [], false);
        this.index.addChannelOwner({ kind, key }, target);
      }
    }
    if (companyNames.size === 0) return;
    const names = [...companyNames];
    for (const { id, sortName } of await findCompaniesBySortName(db, ws, names)) {
      if (!this.companies.has(sortName)) this.companies.set(sortName, id);
    }
    for (const person of await listContactNamesOfCompanies(db, ws, names)) {
      const target = this.storedTarget(person.id, person, person.emails, true);
      this.index.addCompanyPerson(person.sortName, target.name, target);
    }
    for (const name of names) this.index.markCompanyLoaded(name);
  }

  /**
   * A stored person as a match, one target per person for the whole import however often the
   * lookups find them (by email, by phone, among a company's staff): the name is folded once, and
   * a file matched against 100,000 stored people kept three targets each. One an earlier batch of
   * this import wrote is still this import's. `complete`: these are all of the person's email keys.
   */
  private storedTarget(
    id: string,
    person: PersonName & { importRunId: string | null },
    emails: readonly string[],
    complete: boolean,
  ): MatchTarget {
    const known = this.storedTargets.get(id);
    if (known) {
      known.emails = complete ? compactEmailKeys(emails) : withEmailKeys(known.emails, emails);
      return known;
    }
    const fromThisImport = person.importRunId !== null && person.importRunId === this.report.runId;
    const target = {
      id,
      stored: true,
      fromThisImport,
      from: null,
      name: foldPersonName(person),
      emails: compactEmailKeys(emails),
    };
    this.storedTargets.set(id, target);
    return target;
  }

  private decide({ ref, contact, keys }: Candidate, batch: Batch): Resemblance | null {
    if (contact.kind === "company" && contact.organisation)
      return this.decideCompany(ref, contact.organisation, batch);
    const policy = this.choices.get(ref.line) ?? this.report.onDuplicate;
    const found = this.index.find(keys);
    // The stored record a target is, if any: a preview's own people have none yet.
    const recordOf = (target: MatchTarget) => (this.unknownToDatabase(target) ? null : target.id);
    /** `personId`: the record the row went into (the one it resembles) or, created, became. */
    const outcome = (
      action: DuplicateOutcome["action"],
      resembled: MatchTarget,
      personId: string | null,
    ): Resemblance => ({
      outcome: {
        ...ref,
        entity: "person",
        action,
        personId,
        matchedBy: found?.matchedBy ?? "name",
        name: fullName(contact),
        // Filled in with the stored name once the batch is written (nameMatches).
        matchedName: null,
        matchedAt: resembled.from,
      },
      resembles: recordOf(resembled),
    });
    if (!found || policy === "create") {
      const target = this.create(contact, keys, ref, batch);
      if (contact.anniversary)
        batch.anniversaries.push({ personId: target.id, refersTo: contact.anniversary });
      // The row's own new record; a preview creates none.
      return found ? outcome("created", found.target, this.report.dryRun ? null : target.id) : null;
    }
    if (policy === "skip") {
      batch.skipped += 1;
      return outcome("skipped", found.target, recordOf(found.target));
    }
    batch.merged += 1;
    if (!found.target.fromThisImport) batch.mergedIntoExisting += 1;
    if (contact.anniversary) {
      batch.anniversaries.push({ personId: found.target.id, refersTo: contact.anniversary });
    }
    const pending = batch.pending.get(found.target.id);
    if (pending) {
      const companyId =
        pending.person.companyId === null && contact.organisation
          ? this.companyId(contact.organisation, batch)
          : null;
      pending.person = {
        ...pending.person,
        ...mergeContact(pending.person, { ...contact, companyId }, this.keyOf).merged,
      };
    } else {
      const list = batch.merges.get(found.target.id);
      if (list) list.push(contact);
      else batch.merges.set(found.target.id, [contact]);
    }
    this.index.register(found.target, keys);
    return outcome("merged", found.target, recordOf(found.target));
  }

  /** A company's own card: the company is created once; a card for a known company changes nothing. */
  private decideCompany(
    ref: RowRef,
    organisation: { name: string; sortName: string },
    batch: Batch,
  ): Resemblance | null {
    if (!this.companies.has(organisation.sortName)) {
      this.companyId(organisation, batch);
      batch.created += 1;
      return null;
    }
    batch.skipped += 1;
    const outcome: DuplicateOutcome = {
      ...ref,
      entity: "company",
      action: "skipped",
      personId: null,
      matchedBy: "name",
      name: organisation.name,
      matchedName: null,
      matchedAt: null,
    };
    return { outcome, resembles: null };
  }

  private create(contact: ImportContact, keys: MatchKeys, ref: RowRef, batch: Batch): MatchTarget {
    const companyId = contact.organisation ? this.companyId(contact.organisation, batch) : null;
    const person = newContactRow(contact, companyId, this.actor.userId);
    // register() below records the row's email keys on it.
    const target: MatchTarget = {
      id: person.id,
      stored: false,
      fromThisImport: true,
      from: ref,
      name: keys.name,
      emails: null,
    };
    batch.pending.set(person.id, { person, target });
    batch.created += 1;
    for (const relative of contact.family) {
      const member: BulkPerson = {
        ...person,
        id: newId(),
        firstName: relative.firstName,
        lastName: relative.lastName,
        companyId: null,
        jobTitle: null,
        isContact: false,
        channels: [],
        birthday: null,
        notes: null,
        knownSince: null,
        howWeMet: null,
        tags: [],
        photoUrl: null,
      };
      batch.people.push(member);
      batch.relations.push({ personId: person.id, relatedPersonId: member.id, kind: relative.kind });
      batch.familyMembers += 1;
    }
    this.index.register(target, keys);
    return target;
  }

  private companyId(organisation: { name: string; sortName: string }, batch: Batch): string {
    const known = this.companies.get(organisation.sortName);
    if (known) return known;
    const id = newId();
    this.companies.set(organisation.sortName, id);
    batch.newCompanies.push({ id, name: organisation.name });
    return id;
  }

  private async write(db: Db, batch: Batch): Promise<void> {
    const ws = this.actor.workspaceId;
    const now = nowIso(this.ctx);
    const meta = { now, authorId: this.actor.userId };
    const merges = await this.planMerges(db, batch);
    const locale = await this.importerLocaleIn(db);
    const dates = await datesToAdd(
      db,
      ws,
      batch.anniversaries.map((a) => ({ ...a, text: ANNIVERSARY_TEXT[locale] })),
      this.actor.userId,
    );
    batch.datesAdded = dates.length;
    if (this.report.dryRun) return;
    // This import matched and keyed its rows with the country it started with. Held from here to
    // the commit, a change of the setting waits for this batch and then rekeys it too.
    if ((await phoneCountryForWrite(db, ws)) !== this.phoneCountry) throw phoneCountryChanged();
    const loopText = INFORM_LOOP_TEXT[locale];
    const contacts = [...batch.pending.values()].map((p) => p.person);
    await insertCreatedRows(
      db,
      ws,
      { companies: batch.newCompanies, people: [...contacts, ...batch.people], relations: batch.relations },
      {
        ...meta,
        informLoopText: loopText,
        importRunId: this.report.runId,
        phoneCountry: this.phoneCountry,
      },
    );
    // Undo removes a person this import created and then merged a later row into, unless a user
    // changed them too (decision 113): the mark must see updated_at before the merge moves it.
    if (this.report.runId && merges.length > 0) {
      await markOwnMerges(
        db,
        this.report.runId,
        merges.map((m) => m.current.id),
        now,
      );
    }
    for (const { current, merged } of merges) {
      await updatePerson(
        db,
        current,
        {
          firstName: merged.firstName,
          lastName: merged.lastName,
          companyId: merged.companyId,
          jobTitle: merged.jobTitle,
          channels: merged.channels,
          birthday: merged.birthday,
          notes: merged.notes,
          knownSince: merged.knownSince,
          howWeMet: merged.howWeMet,
          tags: merged.tags,
          photoUrl: merged.photoUrl,
        },
        { ...meta, phoneCountry: this.phoneCountry },
      );
    }
    await addImportedDates(db, ws, dates, { ...meta, learnedOn: dayOf(now), importRunId: this.report.runId });
    // In the batch's own transaction: the history says what is stored, however the import ends.
    if (this.report.runId) await recordImportProgress(db, this.report.runId, this.countsWith(batch), now);
  }

  /** The report's counts as they stand once this batch is stored (one source for report and history). */
  private countsWith(batch: Batch): ImportRunCounts {
    const r = this.report;
    return {
      rowsRead: r.rowsRead,
      created: r.created + batch.created,
      merged: r.merged + batch.merged,
      mergedIntoExisting: r.mergedIntoExisting + batch.mergedIntoExisting,
      skipped: r.skipped + batch.skipped,
      failed: r.failed,
      companiesCreated: r.companiesCreated + batch.newCompanies.length,
      familyMembersCreated: r.familyMembersCreated + batch.familyMembers,
    };
  }

  /** The importing user's language, read from the database once per import. */
  private async importerLocaleIn(db: Db): Promise<Locale> {
    this.importerLocale ??= (await findUser(db, this.actor.userId))?.locale ?? "de";
    return this.importerLocale;
  }

  /** Folds each batch row into its stored person; only people that gain something are updated. */
  private async planMerges(db: Db, batch: Batch): Promise<Array<{ current: Person; merged: Person }>> {
    if (batch.merges.size === 0) return [];
    const people = await findPeople(db, this.actor.workspaceId, [...batch.merges.keys()], this.actor.userId);
    const plans: Array<{ current: Person; merged: Person }> = [];
    for (const current of people) {
      let merged = current;
      let changed = false;
      for (const contact of batch.merges.get(current.id) ?? []) {
        const companyId =
          merged.companyId === null && contact.organisation
            ? this.companyId(contact.organisation, batch)
            : null;
        const result = mergeContact(merged, { ...contact, companyId }, this.keyOf);
        merged = result.merged;
        changed ||= result.changed;
      }
      if (changed) plans.push({ current, merged });
    }
    return plans;
  }

  /**
   * A failed row. Its cells are known while it is read; a row that fails later, with its batch or
   * when the upload breaks off, is counted in the failed-rows file as not included: it needs no
   * fix, only the import once more.
   */
  private fail(ref: RowRef, reason: Localized, cells?: string[]): void {
    this.failedRows?.add(cells, reason);
    this.failureReasons.add(reason);
    this.report.failed += 1;
    if (this.report.failures.length < REPORT_LIST_MAX) this.report.failures.push({ ...ref, reason });
    else this.report.omitted.failures += 1;
  }

  /** A warning about the file as a whole (its first line), not about one row. */
  warnAboutFile(message: Localized): void {
    this.warn({ line: 1, row: null }, message);
  }

  private warn(ref: RowRef, message: Localized): void {
    if (this.report.warnings.length < REPORT_LIST_MAX) this.report.warnings.push({ ...ref, message });
    else this.report.omitted.warnings += 1;
  }

  /** A person this run's preview would create, so the database has no row for them yet. */
  private unknownToDatabase(target: MatchTarget): boolean {
    return this.report.dryRun && target.fromThisImport;
  }

  /**
   * Names the person each listed duplicate resembled, as stored: one read per batch, and only
   * while the report's list has room (a preview's own rows have no stored name; their place in
   * the file says who they are).
   */
  private async nameMatches(duplicates: Resemblance[]): Promise<void> {
    const room = REPORT_LIST_MAX - this.report.duplicates.length;
    const listed = duplicates.slice(0, Math.max(0, room));
    const ids = listed.flatMap(({ resembles }) => (resembles === null ? [] : [resembles]));
    if (ids.length === 0) return;
    const names = await listPersonNames(this.ctx.store.db, this.actor.workspaceId, ids);
    for (const { outcome, resembles } of listed) {
      const name = resembles === null ? undefined : names.get(resembles);
      if (name) outcome.matchedName = fullName(name);
    }
  }

  private listDuplicate(outcome: DuplicateOutcome): void {
    if (this.report.duplicates.length < REPORT_LIST_MAX) this.report.duplicates.push(outcome);
    else this.report.omitted.duplicates += 1;
  }
}

/** A batch that must not be written as it was matched; the import stops with this reason. */
class BatchRefused extends Error {
  constructor(readonly reason: Localized) {
    super(reason.en);
  }
}

function phoneCountryChanged(): BatchRefused {
  return new BatchRefused({
    de: "Import abgebrochen: Das Land für Telefonnummern wurde während des Imports geändert. Zeilen davor sind gespeichert; importieren Sie die Datei noch einmal, bereits Gespeichertes wird als Dublette erkannt.",
    en: "Import stopped: the country for phone numbers was changed during the import. Rows before it are stored; import the file again, and what is stored already is recognised as duplicates.",
  });
}

function writeFailure(error: unknown): Localized {
  if (error instanceof BatchRefused) return error.reason;
  const detail = error instanceof Error ? error.message : String(error);
  return {
    de: `Import abgebrochen: Die Datenbank hat das Schreiben abgelehnt (${detail}). Zeilen davor sind gespeichert.`,
    en: `Import stopped: the database refused the write (${detail}). Rows before it are stored.`,
  };
}

/** Photos kept in the file itself (a phone's export) are not imported; only photo links are. */
function embeddedPhotosNotKept(cards: number): Localized {
  const de = new Intl.NumberFormat("de-DE").format(cards);
  const en = new Intl.NumberFormat("en-GB").format(cards);
  return cards === 1
    ? {
        de: "Eine Karte enthält ihr Foto als Bild in der Datei. Fotos werden nur als Link (https://…) übernommen; dieses Foto ist nicht importiert.",
        en: "One card holds its photo as an image inside the file. Photos are kept only as links (https://…); this photo was not imported.",
      }
    : {
        de: `${de} Karten enthalten ihr Foto als Bild in der Datei. Fotos werden nur als Link (https://…) übernommen; diese Fotos sind nicht importiert.`,
        en: `${en} cards hold their photo as an image inside the file. Photos are kept only as links (https://…); these photos were not imported.`,
      };
}
