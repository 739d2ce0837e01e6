import type { TFunction } from "i18next";
import { RELATION_KINDS } from "../../api/vocabulary.ts";

// What a CSV column can fill, as the mapping editor offers it. The server accepts more (numbered
// slots that pair a value column with its label column, as Google writes them); a column the
// detection gave such a target keeps it as "as detected".

export const IGNORE = "ignore";

const PERSON_TARGETS = [
  "firstName",
  "lastName",
  "fullName",
  "organisation",
  "jobTitle",
  "birthday",
  "anniversary",
  "knownSince",
  "howWeMet",
  "notes",
  "tags",
  "photoUrl",
  "related",
] as const;
const CHANNEL_KINDS = ["email", "phone", "website", "social"] as const;
const LABELS = ["work", "home", "mobile", "other"] as const;
const ADDRESS_PARTS = ["street", "postcode", "city", "region", "country", "pobox"] as const;

export interface TargetGroup {
  label: string;
  options: Array<{ value: string; label: string }>;
}

/** The choices for one column, grouped; `current` is added when the catalogue lacks it. */
export function targetGroups(t: TFunction, current: string): TargetGroup[] {
  const groups: TargetGroup[] = [
    { label: t("io.mapping.groups.none"), options: [{ value: IGNORE, label: t("io.mapping.ignore") }] },
    {
      label: t("io.mapping.groups.person"),
      options: PERSON_TARGETS.map((value) => ({ value, label: describeTarget(t, value) })),
    },
    {
      label: t("io.mapping.groups.channels"),
      options: CHANNEL_KINDS.flatMap((kind) =>
        LABELS.map((label) => ({ value: `${kind}.${label}`, label: describeTarget(t, `${kind}.${label}`) })),
      ),
    },
    {
      label: t("io.mapping.groups.address"),
      options: LABELS.flatMap((label) =>
        ["address", ...ADDRESS_PARTS].map((part) => ({
          value: `${part}.${label}`,
          label: describeTarget(t, `${part}.${label}`),
        })),
      ),
    },
  ];
  const known = groups.some((group) => group.options.some((option) => option.value === current));
  if (!known) {
    groups.splice(1, 0, {
      label: t("io.mapping.groups.detected"),
      options: [{ value: current, label: describeTarget(t, current) }],
    });
  }
  return groups;
}

/** "E-Mail · privat", "Straße · geschäftlich", "E-Mail Nr. 2 (Bezeichnung)", "Vorname". */
export function describeTarget(t: TFunction, target: string): string {
  if (target === IGNORE) return t("io.mapping.ignore");
  const [head = "", slot, suffix] = target.split(".");
  const field = fieldName(t, head);
  if (slot === undefined) return field;
  const where = /^\d+$/.test(slot) ? t("io.mapping.numbered", { n: slot }) : slotName(t, slot);
  const text = `${field} · ${where}`;
  return suffix === "label" ? `${text} (${t("io.mapping.labelColumn")})` : text;
}

function fieldName(t: TFunction, head: string): string {
  if (head === "address" || isOneOf(CHANNEL_KINDS, head)) return t(`channel.${head}`);
  if (isOneOf(ADDRESS_PARTS, head)) return t(`io.mapping.parts.${head}`);
  if (head === "uid" || head === "event" || isOneOf(PERSON_TARGETS, head))
    return t(`io.mapping.targets.${head}`);
  return head;
}

function slotName(t: TFunction, slot: string): string {
  if (isOneOf(LABELS, slot)) return t(`io.mapping.labels.${slot}`);
  // related.partner, related.child …: the relation's own word.
  if (isOneOf(RELATION_KINDS, slot)) return t(`relation.${slot}`);
  return slot;
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}
