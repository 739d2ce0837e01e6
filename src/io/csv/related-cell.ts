import type { Localized } from "../../core/locale.ts";
import type { RelationKind } from "../../core/vocabulary.ts";
import { RELATION_KINDS } from "../../core/vocabulary.ts";
import type { RelatedName } from "../contact-record.ts";
import { relationKindFromWords } from "../labels.ts";

export const RELATION_KIND_LABELS: Record<RelationKind, Localized> = {
  partner: { de: "Partner", en: "partner" },
  child: { de: "Kind", en: "child" },
  parent: { de: "Elternteil", en: "parent" },
  sibling: { de: "Geschwister", en: "sibling" },
  friend: { de: "Freundschaft", en: "friend" },
  colleague: { de: "Kollegium", en: "colleague" },
  reports_to: { de: "Vorgesetzte(r)", en: "manager" },
  assistant: { de: "Assistenz", en: "assistant" },
  other: { de: "Sonstige", en: "other" },
};

/** "Lena (Partner); Mia (Kind)": readable in a spreadsheet, and read back by `parseRelatedCell`. */
export function formatRelatedCell(related: RelatedName[], locale: "de" | "en"): string {
  return related.map((r) => `${r.name} (${RELATION_KIND_LABELS[r.kind][locale]})`).join("; ");
}

export function parseRelatedCell(cell: string): RelatedName[] {
  return splitNames(cell).map((part) => {
    const match = /^(.*?)\s*\(([^()]*)\)$/.exec(part);
    if (!match) return { name: part, kind: "other" };
    return { name: match[1]!.trim(), kind: relationKindFromLabel(match[2]!) };
  });
}

/** Outlook's "Children" column holds "Mia, Ben"; our cells use ";". */
export function splitNames(cell: string): string[] {
  return cell
    .split(/\s*[;\n]\s*|\s*,\s*(?![^()]*\))/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

export function relationKindFromLabel(label: string): RelationKind {
  const lower = label.trim().toLowerCase();
  for (const kind of RELATION_KINDS) {
    const names = RELATION_KIND_LABELS[kind];
    if (names.de.toLowerCase() === lower || names.en === lower || kind === lower) return kind;
  }
  return relationKindFromWords(lower.split(/[^a-zäöüß-]+/));
}
