import type { ContactRecord, YearlyDate } from "../contact-record.ts";
import { appleLabelFor, relatedTypeFor, typeForChannelLabel } from "../labels.ts";
import { foldLine } from "../text/fold-line.ts";
import { HOW_WE_MET_PROPERTY, KNOWN_SINCE_PROPERTY } from "./kundenfreund-properties.ts";
import { formatVcardDate } from "./parse-vcard-date.ts";

export type VcardVersion = "3.0" | "4.0";

const PROPERTY_FOR_KIND = {
  email: "EMAIL",
  phone: "TEL",
  address: "ADR",
  website: "URL",
  social: "X-SOCIALPROFILE",
} as const;

/**
 * One contact as a vCard, folded at 75 octets, CRLF line ends. 4.0 follows RFC 6350; 3.0 uses
 * Apple's conventions (X-APPLE-OMIT-YEAR, grouped X-ABLabel) because Apple Contacts and iOS are
 * the 3.0 readers our users have, and Google and Android read them as well.
 */
export function serialiseVcard(record: ContactRecord, version: VcardVersion): string {
  const lines: string[] = ["BEGIN:VCARD", `VERSION:${version}`];
  const v4 = version === "4.0";
  const type = (value: string): string => (v4 ? value : value.toUpperCase());
  let group = 0;
  const nextGroup = (): string => `item${++group}.`;

  if (record.uid) lines.push(`UID:${escapeText(record.uid)}`);
  lines.push(`FN:${escapeText(displayName(record))}`);
  lines.push(`N:${escapeText(record.lastName)};${escapeText(record.firstName)};;;`);
  if (record.organisation) lines.push(`ORG:${escapeText(record.organisation)}`);
  if (record.jobTitle) lines.push(`TITLE:${escapeText(record.jobTitle)}`);
  for (const channel of record.channels) {
    const name = PROPERTY_FOR_KIND[channel.kind];
    const types = [
      ...(channel.kind === "email" && !v4 ? ["internet"] : []),
      ...[typeForChannelLabel(channel.label)].filter((t) => t !== null),
    ];
    const params = types.length > 0 ? `;TYPE=${types.map(type).join(",")}` : "";
    // The whole one-line address goes into the street component, so it reads back unchanged.
    const value =
      channel.kind === "address" ? `;;${escapeText(channel.value)};;;;` : escapeText(channel.value);
    lines.push(`${name}${params}:${value}`);
  }
  if (record.birthday) lines.push(dateLine("BDAY", record.birthday, version));
  if (record.anniversary) {
    if (v4) lines.push(dateLine("ANNIVERSARY", record.anniversary, version));
    else {
      const g = nextGroup();
      lines.push(dateLine(`${g}X-ABDATE`, record.anniversary, version));
      lines.push(`${g}X-ABLabel:_$!<Anniversary>!$_`);
    }
  }
  if (record.notes) lines.push(`NOTE:${escapeText(record.notes)}`);
  // vCard has no words for these; other programs keep or ignore X- properties, ours reads them back.
  if (record.knownSince) lines.push(dateLine(KNOWN_SINCE_PROPERTY, record.knownSince, version));
  if (record.howWeMet) lines.push(`${HOW_WE_MET_PROPERTY}:${escapeText(record.howWeMet)}`);
  if (record.tags.length > 0) lines.push(`CATEGORIES:${record.tags.map(escapeText).join(",")}`);
  if (record.photoUrl) lines.push(v4 ? `PHOTO:${record.photoUrl}` : `PHOTO;VALUE=uri:${record.photoUrl}`);
  for (const related of record.related) {
    if (v4) lines.push(`RELATED;TYPE=${relatedTypeFor(related.kind)};VALUE=text:${escapeText(related.name)}`);
    else {
      const g = nextGroup();
      lines.push(`${g}X-ABRELATEDNAMES:${escapeText(related.name)}`);
      lines.push(`${g}X-ABLabel:${appleLabelFor(related.kind)}`);
    }
  }
  lines.push("END:VCARD");
  return lines.map((line) => `${foldLine(line)}\r\n`).join("");
}

function displayName(record: ContactRecord): string {
  const name = [record.firstName, record.lastName].filter((part) => part !== "").join(" ");
  return name || record.organisation || record.channels[0]?.value || "";
}

function dateLine(name: string, date: YearlyDate, version: VcardVersion): string {
  const omit = version === "3.0" && date.year === null ? ";X-APPLE-OMIT-YEAR=1604" : "";
  return `${name}${omit}:${formatVcardDate(date, version)}`;
}

/** RFC 6350 §3.4 / RFC 2426 §5.8.4: backslash, semicolon, comma and line breaks are escaped. */
export function escapeText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/[\\;,\n]/g, (char) => (char === "\n" ? "\\n" : `\\${char}`));
}
