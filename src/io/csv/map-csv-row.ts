import type { Localized } from "../../core/locale.ts";
import type { Channel } from "../../core/model/person.ts";
import type { ChannelKind, ChannelLabel } from "../../core/vocabulary.ts";
import { CHANNEL_KINDS, CHANNEL_LABELS } from "../../core/vocabulary.ts";
import {
  type ContactRecord,
  createContactRecord,
  type ImportItem,
  isEmptyContactRecord,
} from "../contact-record.ts";
import { formatAddress, splitFullName } from "../format-names.ts";
import { pickChannelLabel, relationKindFromWords } from "../labels.ts";
import { normaliseTags } from "../normalise-tags.ts";
import { type CsvMapping, type FieldTarget, targetOf } from "./field-targets.ts";
import { type DateOrder, parseFlexibleDate } from "./parse-flexible-date.ts";
import { parseRelatedCell, relationKindFromLabel, splitNames } from "./related-cell.ts";
import { unguardCsvCell } from "./write-csv.ts";

/** A CSV row's result: an ImportItem plus the spreadsheet row number. */
export type CsvImportItem = ImportItem & { row: number };

interface Slot {
  kind: ChannelKind | "related" | "event";
  label: string | null;
  values: string[];
  parts: Partial<Record<string, string[]>>;
}

const PART_ORDER = ["pobox", "", "street", "city", "region", "postcode", "country"];

/** A mapped column, worked out once per file: what its cells fill. */
type ColumnPlan = { index: number; header: string } & (
  | { target: FieldTarget; slot: null }
  | {
      target: FieldTarget;
      slot: { key: string; kind: Slot["kind"]; fixedLabel: string | null };
      /** The cell names the slot's label ("email.1.label"). */
      isLabel: boolean;
      /** The address part the cell holds ("street"), or null for a whole value. */
      part: string | null;
    }
);

export type CsvRowMapper = (fields: string[], position: { line: number; row: number }) => CsvImportItem;

/**
 * Applies a mapping to the rows of one file. What each column fills is worked out once from the
 * headers, not again for every row. A value that cannot be read (a date that does not exist, an
 * ambiguous date) rejects the row: the user fixes the cell and imports the row again, instead of
 * finding a contact without its birthday later.
 */
export function csvRowMapper(headers: string[], mapping: CsvMapping, dateOrder: DateOrder): CsvRowMapper {
  const plan = planColumns(headers, mapping);
  return (fields, position) => {
    const record = createContactRecord();
    const errors: Localized[] = [];
    const slots = new Map<string, Slot>();
    let fullName = "";
    for (const column of plan) {
      const cell = fields[column.index];
      if (cell === undefined || cell === "") continue;
      const value = unguardCsvCell(cell).trim();
      if (value === "") continue;
      if (column.slot === null) {
        fullName =
          applySimple(record, column.target, value, column.header, position.row, dateOrder, errors) ??
          fullName;
        continue;
      }
      const { key, kind, fixedLabel } = column.slot;
      let slot = slots.get(key);
      if (!slot) {
        slot = { kind, label: fixedLabel, values: [], parts: {} };
        slots.set(key, slot);
      }
      if (column.isLabel) slot.label = value;
      else if (column.part !== null) slot.parts[column.part] = [...(slot.parts[column.part] ?? []), value];
      else slot.values.push(value);
    }
    for (const slot of slots.values()) readSlot(slot, record, position.row, dateOrder, errors);
    if (record.firstName === "" && record.lastName === "" && fullName !== "") {
      Object.assign(record, splitFullName(fullName));
    }
    const { line, row } = position;
    if (errors.length > 0) return { line, row, warnings: [], error: joinErrors(errors) };
    if (isEmptyContactRecord(record)) return { line, row, warnings: [], error: emptyRow(row) };
    return { line, row, record, warnings: [] };
  };
}

function planColumns(headers: string[], mapping: CsvMapping): ColumnPlan[] {
  const plan: ColumnPlan[] = [];
  headers.forEach((header, index) => {
    const target = targetOf(mapping, header);
    if (!target) return;
    const [head = "", slotName, suffix] = target.split(".") as [
      string,
      string | undefined,
      string | undefined,
    ];
    if (slotName === undefined) {
      plan.push({ index, header, target, slot: null });
      return;
    }
    const isPart = !isChannelKind(head) && head !== "related" && head !== "event";
    const kind = (isPart ? "address" : head) as Slot["kind"];
    const fixedLabel = isLabel(slotName) || isRelationSlot(kind, slotName) ? slotName : null;
    plan.push({
      index,
      header,
      target,
      slot: { key: `${kind}.${slotName}`, kind, fixedLabel },
      isLabel: suffix === "label",
      part: isPart ? head : null,
    });
  });
  return plan;
}

function applySimple(
  record: ContactRecord,
  target: FieldTarget,
  value: string,
  header: string,
  row: number,
  dateOrder: DateOrder,
  errors: Localized[],
): string | null {
  switch (target) {
    case "fullName":
      return value;
    case "firstName":
    case "lastName":
      record[target] ||= value;
      return null;
    case "organisation":
    case "jobTitle":
    case "photoUrl":
    case "uid":
      record[target] ??= value;
      return null;
    case "notes":
    case "howWeMet": {
      const text = value.replace(/\r\n?/g, "\n");
      const before = record[target];
      record[target] = before ? `${before}\n\n${text}` : text;
      return null;
    }
    case "tags":
      record.tags = normaliseTags([...record.tags, ...value.split(/\s*(?::::|;|,|\n)\s*/)]);
      return null;
    case "birthday":
    case "anniversary":
    case "knownSince": {
      const parsed = parseFlexibleDate(value, dateOrder);
      if (parsed.ok) record[target] ??= parsed.date;
      else errors.push(dateError(row, target, header, value, parsed.reason));
      return null;
    }
    case "related":
      record.related.push(...parseRelatedCell(value));
      return null;
    default:
      return null;
  }
}

function readSlot(
  slot: Slot,
  record: ContactRecord,
  row: number,
  dateOrder: DateOrder,
  errors: Localized[],
): void {
  if (slot.kind === "event") {
    // Google's "Event n": only anniversaries have a place in a contact record.
    if (!/anniversary|jahrestag|hochzeitstag/i.test(slot.label ?? "")) return;
    for (const value of slot.values) {
      const parsed = parseFlexibleDate(value, dateOrder);
      if (parsed.ok) record.anniversary ??= parsed.date;
      else errors.push(dateError(row, "anniversary", slot.label ?? "", value, parsed.reason));
    }
    return;
  }
  if (slot.kind === "related") {
    const kind = slot.label ? relationKindFromLabel(slot.label) : relationKindFromWords([]);
    for (const name of slot.values.flatMap(splitNames)) record.related.push({ name, kind });
    return;
  }
  // Google writes several values of one kind into one cell, " ::: " between them, and their labels
  // the same way into the type cell ("* Work ::: Home"): the n-th label belongs to the n-th value.
  const kind = slot.kind;
  const labels = (slot.label ?? "")
    .split(GOOGLE_SEPARATOR)
    .map((label) => toChannelLabel(kind, label || null));
  const labelAt = (i: number) => labels[Math.min(i, labels.length - 1)] ?? "other";
  const values =
    kind === "address"
      ? addressValues(slot)
      : slot.values.flatMap((cell) => cell.split(GOOGLE_SEPARATOR).map((part) => part.split("\n")));
  values.forEach((lines, i) => {
    for (const line of lines) {
      const value = line.trim();
      if (value !== "") record.channels.push({ kind, label: labelAt(i), value } satisfies Channel);
    }
  });
}

const GOOGLE_SEPARATOR = /\s*:::\s*/;

/** A slot's addresses, each as the lines of one value (one line: an address is one value). */
function addressValues(slot: Slot): string[][] {
  if (slot.values.length > 0) {
    return slot.values
      .flatMap((v) => v.split(GOOGLE_SEPARATOR))
      .map((v) => [v.replace(/\s*\r?\n\s*/g, ", ")]);
  }
  return [[formatAddress(PART_ORDER.map((part) => (slot.parts[part] ?? []).join(", ")))]];
}

function toChannelLabel(kind: ChannelKind, label: string | null): ChannelLabel {
  if (label === null) return "other";
  if (isLabel(label)) return label;
  return pickChannelLabel(kind, label.toLowerCase().split(/[^a-zäöüß]+/), null);
}

function isChannelKind(value: string): value is ChannelKind {
  return (CHANNEL_KINDS as readonly string[]).includes(value);
}

function isLabel(value: string): value is ChannelLabel {
  return (CHANNEL_LABELS as readonly string[]).includes(value);
}

function isRelationSlot(kind: Slot["kind"], slotName: string): boolean {
  return kind === "related" && !/^\d+$/.test(slotName);
}

const FIELD_NAMES: Record<DateField, Localized> = {
  birthday: { de: "Geburtstag", en: "birthday" },
  anniversary: { de: "Jahrestag", en: "anniversary" },
  knownSince: { de: "Bekannt seit", en: "known since" },
};

type DateField = "birthday" | "anniversary" | "knownSince";

function dateError(
  row: number,
  field: DateField,
  header: string,
  value: string,
  reason: "invalid" | "ambiguous",
): Localized {
  const name = FIELD_NAMES[field];
  const column = header ? { de: ` (Spalte „${header}“)`, en: ` (column '${header}')` } : { de: "", en: "" };
  if (reason === "ambiguous") {
    return {
      de: `Zeile ${row}: ${name.de}${column.de} „${value}“ ist mehrdeutig (Tag/Monat oder Monat/Tag?) – bitte die Datumsreihenfolge wählen`,
      en: `row ${row}: ${name.en}${column.en} '${value}' is ambiguous (day/month or month/day?) – choose the date order`,
    };
  }
  return {
    de: `Zeile ${row}: ${name.de}${column.de} „${value}“ ist kein gültiges Datum`,
    en: `row ${row}: ${name.en}${column.en} '${value}' is not a date`,
  };
}

function emptyRow(row: number): Localized {
  return {
    de: `Zeile ${row}: weder Name noch Firma noch Kontaktdaten`,
    en: `row ${row}: no name, company or contact details`,
  };
}

function joinErrors(errors: Localized[]): Localized {
  if (errors.length === 1) return errors[0]!;
  return { de: errors.map((e) => e.de).join("; "), en: errors.map((e) => e.en).join("; ") };
}
