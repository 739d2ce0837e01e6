import type { ChannelKind, ChannelLabel, RelationKind } from "../../core/vocabulary.ts";
import { CHANNEL_KINDS, CHANNEL_LABELS, RELATION_KINDS } from "../../core/vocabulary.ts";

export const SIMPLE_TARGETS = [
  "firstName",
  "lastName",
  "fullName",
  "organisation",
  "jobTitle",
  "notes",
  "tags",
  "birthday",
  "anniversary",
  "knownSince",
  "howWeMet",
  "photoUrl",
  "uid",
  "related",
] as const;
export type SimpleTarget = (typeof SIMPLE_TARGETS)[number];

export const ADDRESS_PARTS = ["street", "pobox", "postcode", "city", "region", "country"] as const;
export type AddressPart = (typeof ADDRESS_PARTS)[number];

/**
 * Where a CSV column goes. A slot is a fixed label ("email.work") or a number that pairs a value
 * column with the column holding its label, as Google writes them ("email.1" + "email.1.label",
 * from "E-mail 1 - Value" and "E-mail 1 - Label"). "related" reads "Lena (Partner); Mia (Kind)".
 */
export type FieldTarget =
  | SimpleTarget
  | `${ChannelKind}.${ChannelLabel}`
  | `${ChannelKind}.${number}`
  | `${ChannelKind}.${number}.label`
  | `${AddressPart}.${ChannelLabel}`
  | `${AddressPart}.${number}`
  | `related.${RelationKind}`
  | `related.${number}`
  | `related.${number}.label`
  | `event.${number}`
  | `event.${number}.label`;

/** Column header → target. Columns that are not in the mapping are ignored. */
export type CsvMapping = Record<string, FieldTarget>;

/**
 * A mapping to fill. Its keys are the file's headers, and a file may well have a column called
 * "constructor" or "toString": without a prototype, such a header is a key like any other.
 */
export function emptyMapping(): CsvMapping {
  return Object.create(null) as CsvMapping;
}

/** The target of a header, never a property every object inherits. */
export function targetOf(mapping: CsvMapping, header: string): FieldTarget | undefined {
  return Object.hasOwn(mapping, header) ? mapping[header] : undefined;
}

const SLOT_KINDS = [...CHANNEL_KINDS, ...ADDRESS_PARTS].join("|");
const LABELS = CHANNEL_LABELS.join("|");
const PATTERN = new RegExp(
  [
    `^(?:${SIMPLE_TARGETS.join("|")})$`,
    `^(?:${SLOT_KINDS})\\.(?:${LABELS}|[1-9]\\d?)$`,
    `^(?:${CHANNEL_KINDS.join("|")}|related|event)\\.[1-9]\\d?\\.label$`,
    `^related\\.(?:${RELATION_KINDS.join("|")}|[1-9]\\d?)$`,
    "^event\\.[1-9]\\d?$",
  ].join("|"),
);

/** Validates a target coming from a user-edited mapping (API, CLI). */
export function isFieldTarget(value: string): value is FieldTarget {
  return PATTERN.test(value);
}
