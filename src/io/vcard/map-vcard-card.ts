import type { Localized } from "../../core/locale.ts";
import type { Channel } from "../../core/model/person.ts";
import type { ChannelKind } from "../../core/vocabulary.ts";
import {
  type ContactRecord,
  createContactRecord,
  type ImportItem,
  isEmptyContactRecord,
  type RecordProblem,
  type YearlyDate,
} from "../contact-record.ts";
import { formatAddress, splitFullName } from "../format-names.ts";
import { pickChannelLabel, relationKindFromWords, unwrapAppleLabel } from "../labels.ts";
import { normaliseTags } from "../normalise-tags.ts";
import { decodePropertyText, splitEscaped, unescapeText } from "./decode-value.ts";
import { HOW_WE_MET_PROPERTY, KNOWN_SINCE_PROPERTY } from "./kundenfreund-properties.ts";
import type { VcardProperty } from "./parse-content-line.ts";
import { parseVcardDate } from "./parse-vcard-date.ts";

const BINARY_PROPERTIES = new Set(["PHOTO", "LOGO", "SOUND", "KEY"]);
const CHANNEL_PROPERTIES: Record<string, ChannelKind> = {
  EMAIL: "email",
  TEL: "phone",
  ADR: "address",
  URL: "website",
  IMPP: "social",
  "X-SOCIALPROFILE": "social",
};
const ANNIVERSARY_PROPERTIES = new Set([
  "ANNIVERSARY",
  "X-ANNIVERSARY",
  "X-EVOLUTION-ANNIVERSARY",
  "X-MS-ANNIVERSARY",
]);
const RELATED_NAME_PROPERTIES: Record<string, string> = {
  "X-ABRELATEDNAMES": "",
  "X-SPOUSE": "spouse",
  "X-MS-SPOUSE": "spouse",
  "X-EVOLUTION-SPOUSE": "spouse",
  "X-MANAGER": "manager",
  "X-MS-MANAGER": "manager",
  "X-EVOLUTION-MANAGER": "manager",
  "X-ASSISTANT": "assistant",
  "X-MS-ASSISTANT": "assistant",
  "X-EVOLUTION-ASSISTANT": "assistant",
};
const URI = /^[a-z][a-z0-9+.-]*:/i;

/** Turns the properties between BEGIN:VCARD and END:VCARD into a record and its warnings. */
export function mapVcardCard(line: number, properties: VcardProperty[]): ImportItem {
  const record = createContactRecord();
  const warnings: RecordProblem[] = [];
  const groupLabels = new Map<string, string>();
  for (const p of properties) {
    if (p.name === "X-ABLABEL" && p.group) groupLabels.set(p.group, textOf(p) ?? "");
  }
  let formattedName = "";
  let hasN = false;
  let role: string | null = null;
  const notes: string[] = [];

  for (const p of properties) {
    if (p.cut) {
      if (p.name === "PHOTO") record.embeddedPhoto = true;
      else if (!BINARY_PROPERTIES.has(p.name)) warnings.push({ line: p.line, message: lineTooLong(p.line) });
      continue;
    }
    const groupLabel = p.group ? (groupLabels.get(p.group) ?? null) : null;
    const types = p.params.get("TYPE") ?? [];
    const text = decodePropertyText(p);
    if (text === null) {
      // Inline binary: not stored, not an error. A photo is counted for the import's report.
      if (p.name === "PHOTO") record.embeddedPhoto = true;
      continue;
    }
    const kind = CHANNEL_PROPERTIES[p.name];
    if (kind) {
      const value = kind === "address" ? formatAddress(splitEscaped(text, ";")) : channelValue(kind, text);
      if (value !== "") record.channels.push(channel(kind, pickChannelLabel(kind, types, groupLabel), value));
      continue;
    }
    switch (p.name) {
      case "N": {
        if (hasN) break;
        const [family = "", given = ""] = splitEscaped(text, ";");
        record.lastName = family.trim();
        record.firstName = given.trim();
        hasN = record.lastName !== "" || record.firstName !== "";
        break;
      }
      case "FN":
        formattedName ||= unescapeText(text).trim();
        break;
      case "ORG":
        record.organisation ??= nonEmpty(splitEscaped(text, ";")[0]);
        break;
      case "TITLE":
        record.jobTitle ??= nonEmpty(unescapeText(text));
        break;
      case "ROLE":
        role ??= nonEmpty(unescapeText(text));
        break;
      case "NOTE": {
        const note = nonEmpty(unescapeText(text).replace(/\r\n?/g, "\n"));
        if (note) notes.push(note);
        break;
      }
      case "CATEGORIES":
        record.tags = normaliseTags([...record.tags, ...splitEscaped(text, ",")]);
        break;
      case "UID":
        record.uid ??= nonEmpty(unescapeText(text));
        break;
      case "PHOTO": {
        const url = unescapeText(text).trim();
        if (/^https?:\/\//i.test(url)) record.photoUrl ??= url;
        else if (url !== "") record.embeddedPhoto = true;
        break;
      }
      case "BDAY":
        record.birthday ??= readDate(p, text, warnings);
        break;
      case "RELATED":
        readRelated(p, text, types, record, warnings);
        break;
      case KNOWN_SINCE_PROPERTY:
        record.knownSince ??= readDate(p, text, warnings);
        break;
      case HOW_WE_MET_PROPERTY:
        record.howWeMet ??= nonEmpty(unescapeText(text).replace(/\r\n?/g, "\n"));
        break;
      default:
        if (ANNIVERSARY_PROPERTIES.has(p.name)) record.anniversary ??= readDate(p, text, warnings);
        else if (p.name === "X-ABDATE" && groupLabel && /anniversary/i.test(unwrapAppleLabel(groupLabel))) {
          record.anniversary ??= readDate(p, text, warnings);
        } else if (p.name in RELATED_NAME_PROPERTIES) {
          const name = unescapeText(text).trim();
          const word = RELATED_NAME_PROPERTIES[p.name] || (groupLabel ?? "");
          if (name !== "") record.related.push({ name, kind: relationKindFromWords([word, ...types]) });
        }
    }
  }

  record.jobTitle ??= role;
  if (notes.length > 0) record.notes = notes.join("\n\n");
  // FN is a display name; when it only repeats the company or a channel it names nobody.
  const fnNamesNobody =
    formattedName === record.organisation || record.channels.some((c) => c.value === formattedName);
  if (!hasN && formattedName !== "" && !fnNamesNobody) {
    Object.assign(record, splitFullName(formattedName));
  }
  if (isEmptyContactRecord(record)) return { line, warnings, error: emptyCard(line) };
  // A card with a photo link as well keeps its photo: nothing to report.
  if (record.photoUrl) delete record.embeddedPhoto;
  return { line, record, warnings };
}

function textOf(p: VcardProperty): string | null {
  const text = decodePropertyText(p);
  return text === null ? null : unescapeText(text);
}

function channel(kind: ChannelKind, label: Channel["label"], value: string): Channel {
  return { kind, label, value };
}

/** vCard 4.0 writes phones and mails as URIs (`tel:+49…`); a channel holds the bare value. */
function channelValue(kind: ChannelKind, text: string): string {
  const value = unescapeText(text).trim();
  if (kind === "phone") return value.replace(/^tel:/i, "");
  if (kind === "email") return value.replace(/^mailto:/i, "");
  return value;
}

function nonEmpty(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
}

function readDate(p: VcardProperty, text: string, warnings: RecordProblem[]): YearlyDate | null {
  const omitYear = p.params.get("X-APPLE-OMIT-YEAR")?.[0] ?? null;
  const value = unescapeText(text).trim();
  const date = parseVcardDate(value, omitYear);
  if (!date) {
    warnings.push({
      line: p.line,
      message: {
        de: `Zeile ${p.line}: ${p.name} „${value.slice(0, 40)}“ ist kein gültiges Datum und wurde übersprungen`,
        en: `line ${p.line}: ${p.name} '${value.slice(0, 40)}' is not a date and was skipped`,
      },
    });
  }
  return date;
}

function readRelated(
  p: VcardProperty,
  text: string,
  types: string[],
  record: ContactRecord,
  warnings: RecordProblem[],
): void {
  const value = unescapeText(text).trim();
  if (value === "") return;
  const isText = (p.params.get("VALUE")?.[0] ?? "").toLowerCase() === "text";
  if (!isText && URI.test(value)) {
    warnings.push({
      line: p.line,
      message: {
        de: `Zeile ${p.line}: Beziehung verweist nur auf „${value.slice(0, 60)}“ ohne Namen und wurde übersprungen`,
        en: `line ${p.line}: relation refers only to '${value.slice(0, 60)}' without a name and was skipped`,
      },
    });
    return;
  }
  record.related.push({ name: value, kind: relationKindFromWords(types) });
}

function lineTooLong(line: number): Localized {
  return {
    de: `Zeile ${line} ist zu lang und wurde übersprungen`,
    en: `line ${line} is too long and was skipped`,
  };
}

function emptyCard(line: number): Localized {
  return {
    de: `Kontakt ab Zeile ${line} hat weder Namen noch Firma noch Kontaktdaten`,
    en: `contact starting on line ${line} has no name, company or contact details`,
  };
}
