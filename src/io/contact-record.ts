import type { Localized } from "../core/locale.ts";
import type { Birthday, Channel } from "../core/model/person.ts";
import type { RelationKind } from "../core/vocabulary.ts";

/** A day and month that recur every year; the year is often unknown (vCard `--0412`). */
export type YearlyDate = Birthday;

export interface RelatedName {
  name: string;
  /** What the named person is to the contact: `{ name: "Lena", kind: "partner" }`. */
  kind: RelationKind;
}

/**
 * One contact as a file format carries it, before the import service decides what it becomes
 * (a new Person, a merge, a Company link). Format-neutral: vCard, CSV and exports all speak it.
 */
export interface ContactRecord {
  firstName: string;
  lastName: string;
  /** Company name as written in the file; the service resolves it to a Company. */
  organisation: string | null;
  jobTitle: string | null;
  channels: Channel[];
  birthday: YearlyDate | null;
  anniversary: YearlyDate | null;
  notes: string | null;
  /** Since when the user knows the person (a full date in Kundenfreund; LinkedIn's "Connected On"). */
  knownSince: YearlyDate | null;
  /** How they met ("Hannover Messe 2019, Stand von Müller"). */
  howWeMet: string | null;
  tags: string[];
  photoUrl: string | null;
  /** The card carried its photo as data (base64 or a data: URI), which is not kept: only links are. */
  embeddedPhoto?: true;
  related: RelatedName[];
  /** The file's own identifier (vCard UID, CRM record id), to recognise the contact on re-import. */
  uid: string | null;
}

/** Something the import noticed but could work around; reported per record, never fatal. */
export interface RecordProblem {
  /** 1-based line in the source file the problem was found on. */
  line: number;
  message: Localized;
}

/**
 * What an import yields for each record: either a record (maybe with warnings) or an error with
 * the reason the record was rejected. `line` is where the record starts in the file.
 */
export type ImportItem =
  | { line: number; record: ContactRecord; warnings: RecordProblem[]; error?: undefined }
  | { line: number; record?: undefined; warnings: RecordProblem[]; error: Localized };

export function createContactRecord(fields: Partial<ContactRecord> = {}): ContactRecord {
  return {
    firstName: "",
    lastName: "",
    organisation: null,
    jobTitle: null,
    channels: [],
    birthday: null,
    anniversary: null,
    notes: null,
    knownSince: null,
    howWeMet: null,
    tags: [],
    photoUrl: null,
    related: [],
    uid: null,
    ...fields,
  };
}

/** A record that carries nothing to identify a person cannot be imported. */
export function isEmptyContactRecord(record: ContactRecord): boolean {
  return (
    record.firstName === "" &&
    record.lastName === "" &&
    record.organisation === null &&
    record.channels.length === 0
  );
}
