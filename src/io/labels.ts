import type { ChannelKind, ChannelLabel, RelationKind } from "../core/vocabulary.ts";

/** Apple wraps its built-in labels as `_$!<Mobile>!$_`; custom labels are plain text. */
export function unwrapAppleLabel(label: string): string {
  const match = /^_\$!<(.*)>!\$_$/.exec(label.trim());
  return (match ? match[1]! : label).trim();
}

/** Picks one channel label from TYPE parameters and an Apple group label. */
export function pickChannelLabel(
  kind: ChannelKind,
  types: string[],
  groupLabel: string | null,
): ChannelLabel {
  const words = [...types, ...(groupLabel ? [unwrapAppleLabel(groupLabel).toLowerCase()] : [])];
  // A work mobile is still reached as a mobile: for phones, mobility matters most.
  if (kind === "phone" && words.some((w) => MOBILE_WORDS.has(w))) return "mobile";
  if (words.some((w) => WORK_WORDS.has(w))) return "work";
  if (words.some((w) => HOME_WORDS.has(w))) return "home";
  if (words.some((w) => MOBILE_WORDS.has(w))) return "mobile";
  return "other";
}

const MOBILE_WORDS = new Set(["cell", "mobile", "iphone", "handy", "mobil"]);
const WORK_WORDS = new Set(["work", "arbeit", "geschäftlich", "büro", "business"]);
const HOME_WORDS = new Set(["home", "privat", "zuhause"]);

/** The TYPE value written for a channel label; `null` writes no TYPE. */
export function typeForChannelLabel(label: ChannelLabel): string | null {
  if (label === "mobile") return "cell";
  return label === "other" ? null : label;
}

/**
 * RELATED;TYPE (RFC 6350 §6.6.6) and Apple's related-name labels, both directions. The x- types
 * cover our kinds that RFC 6350 has no word for, so exports read back unchanged.
 */
const RELATED_TYPE_TO_KIND: Record<string, RelationKind> = {
  spouse: "partner",
  partner: "partner",
  sweetheart: "partner",
  husband: "partner",
  wife: "partner",
  ehepartner: "partner",
  child: "child",
  son: "child",
  daughter: "child",
  kind: "child",
  parent: "parent",
  mother: "parent",
  father: "parent",
  mutter: "parent",
  vater: "parent",
  sibling: "sibling",
  brother: "sibling",
  sister: "sibling",
  bruder: "sibling",
  schwester: "sibling",
  friend: "friend",
  acquaintance: "friend",
  freund: "friend",
  freundin: "friend",
  "co-worker": "colleague",
  colleague: "colleague",
  kollege: "colleague",
  kollegin: "colleague",
  manager: "reports_to",
  "x-manager": "reports_to",
  vorgesetzter: "reports_to",
  assistant: "assistant",
  "x-assistant": "assistant",
  agent: "assistant",
};

export function relationKindFromWords(words: string[]): RelationKind {
  for (const word of words) {
    // A label is the file's word: "constructor" must not find what every object inherits.
    const key = unwrapAppleLabel(word).toLowerCase();
    if (Object.hasOwn(RELATED_TYPE_TO_KIND, key)) return RELATED_TYPE_TO_KIND[key] as RelationKind;
  }
  return "other";
}

const KIND_TO_RELATED_TYPE: Record<RelationKind, string> = {
  partner: "spouse",
  child: "child",
  parent: "parent",
  sibling: "sibling",
  friend: "friend",
  colleague: "co-worker",
  reports_to: "x-manager",
  assistant: "x-assistant",
  other: "contact",
};

const KIND_TO_APPLE_LABEL: Record<RelationKind, string> = {
  partner: "_$!<Spouse>!$_",
  child: "_$!<Child>!$_",
  parent: "_$!<Parent>!$_",
  sibling: "_$!<Sibling>!$_",
  friend: "_$!<Friend>!$_",
  colleague: "Colleague",
  reports_to: "_$!<Manager>!$_",
  assistant: "_$!<Assistant>!$_",
  other: "_$!<Other>!$_",
};

export function relatedTypeFor(kind: RelationKind): string {
  return KIND_TO_RELATED_TYPE[kind];
}

export function appleLabelFor(kind: RelationKind): string {
  return KIND_TO_APPLE_LABEL[kind];
}
