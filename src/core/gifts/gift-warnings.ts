import type { Localized } from "../locale.ts";
import { formatEuro } from "./format-euro.ts";
import type { GiftEntry } from "./gift-entry.ts";
import {
  countsTowardGiftLimit,
  GIFT_LIMIT_SOURCE,
  giftLimitFor,
  isHospitality,
  KINDS_COUNTING_AS_GIFTS,
} from "./tax-rules.ts";

export const GIFT_WARNING_SEVERITIES = ["hard", "warning", "info"] as const;
export type GiftWarningSeverity = (typeof GIFT_WARNING_SEVERITIES)[number];

export type GiftWarningCode =
  | "public_official"
  | "running_tender"
  | "tax_limit_exceeded"
  | "company_limit_exceeded"
  | "company_limit_received"
  | "tax_limit_status"
  | "hospitality_deductible_70";

export interface GiftWarning {
  code: GiftWarningCode;
  severity: GiftWarningSeverity;
  text: Localized;
}

export interface GiftWarningInput {
  entry: GiftEntry;
  /** Earlier ledger entries for the same person; other years and other people are ignored. */
  priorEntriesForRecipientThisYear: readonly GiftEntry[];
  /** The workspace's limit per gift, or null when it sets none. */
  companyLimitCents: number | null;
  recipientIsPublicOfficial: boolean;
  recipientInRunningTender: boolean;
}

export const PUBLIC_OFFICIAL_WARNING: Localized = {
  de: "Amtsträger: Vor jedem Geschenk und jeder Einladung die Compliance fragen. Für Vorteile an Amtsträger gibt es keine feste Bagatellgrenze (§§ 331, 333 StGB) – auch Kleinigkeiten können strafbar sein.",
  en: "Public official: ask compliance before any gift or invitation. There is no fixed de minimis amount for benefits to public officials (Sections 331, 333 StGB) – even small items can be a criminal offence.",
};

export const RUNNING_TENDER_WARNING: Localized = {
  de: "Laufende Ausschreibung: Diese Person ist an einem laufenden Vergabeverfahren beteiligt. Vor jedem Geschenk und jeder Einladung die Compliance fragen – Zuwendungen können zum Ausschluss führen (§ 124 Abs. 1 Nr. 9 GWB) und strafbar sein (§§ 299, 333, 334 StGB).",
  en: "Running tender: this person is involved in a running procurement procedure. Ask compliance before any gift or invitation – benefits can lead to exclusion (§ 124 Abs. 1 Nr. 9 GWB) and be a criminal offence (Sections 299, 333, 334 StGB).",
};

export const HOSPITALITY_INFO: Localized = {
  de: "Bewirtung zählt nicht zur Geschenkgrenze; sie ist zu 70 % als Betriebsausgabe abziehbar (§ 4 Abs. 5 Satz 1 Nr. 2 EStG). Beleg mit Anlass und Teilnehmern aufbewahren.",
  en: "Hospitality does not count toward the gift limit; 70 % of it is tax-deductible (§ 4 Abs. 5 Satz 1 Nr. 2 EStG). Keep the receipt with occasion and participants.",
};

const SEVERITY_ORDER: Record<GiftWarningSeverity, number> = { hard: 0, warning: 1, info: 2 };

/** Warnings for one ledger entry, the most severe first. */
export function giftWarnings(input: GiftWarningInput): GiftWarning[] {
  const { entry } = input;
  const out: GiftWarning[] = [];
  const given = entry.direction === "given";

  if (given && input.recipientIsPublicOfficial) {
    out.push({ code: "public_official", severity: "hard", text: PUBLIC_OFFICIAL_WARNING });
  }
  if (given && input.recipientInRunningTender) {
    out.push({ code: "running_tender", severity: "hard", text: RUNNING_TENDER_WARNING });
  }

  const gift = countsTowardGiftLimit(entry);
  if (gift) {
    const limit = giftLimitFor(entry.date);
    if (limit !== null) out.push(taxLimitWarning(entry, input.priorEntriesForRecipientThisYear, limit));
  }
  if (isHospitality(entry)) {
    out.push({ code: "hospitality_deductible_70", severity: "info", text: HOSPITALITY_INFO });
  }

  const companyLimit = input.companyLimitCents;
  // Company policies cap gifts both ways; ordinary business meals are left to their own rules.
  if (
    companyLimit !== null &&
    KINDS_COUNTING_AS_GIFTS.includes(entry.kind) &&
    entry.valueCents > companyLimit
  ) {
    const value = formatEuro(entry.valueCents);
    const limit = formatEuro(companyLimit);
    out.push(
      given
        ? {
            code: "company_limit_exceeded",
            severity: "warning",
            text: {
              de: `${value.de} liegt über der Grenze Ihres Unternehmens von ${limit.de} je Geschenk.`,
              en: `${value.en} is above your company's limit of ${limit.en} per gift.`,
            },
          }
        : {
            code: "company_limit_received",
            severity: "warning",
            text: {
              de: `Dieses Geschenk (${value.de}) liegt über der Grenze Ihres Unternehmens von ${limit.de} – nach Ihrer Richtlinie melden oder zurückgeben.`,
              en: `This gift (${value.en}) is above your company's limit of ${limit.en} – report or return it as your policy requires.`,
            },
          },
    );
  }

  return out
    .map((warning, index) => ({ warning, index }))
    .sort(
      (a, b) => SEVERITY_ORDER[a.warning.severity] - SEVERITY_ORDER[b.warning.severity] || a.index - b.index,
    )
    .map(({ warning }) => warning);
}

function taxLimitWarning(entry: GiftEntry, prior: readonly GiftEntry[], limitCents: number): GiftWarning {
  const year = entry.date.slice(0, 4);
  const priorCents = prior
    .filter((p) => p.personId === entry.personId && p.date.slice(0, 4) === year && countsTowardGiftLimit(p))
    .reduce((sum, p) => sum + p.valueCents, 0);
  const totalCents = priorCents + entry.valueCents;
  const total = formatEuro(totalCents);
  const limit = formatEuro(limitCents);
  if (totalCents > limitCents) {
    return {
      code: "tax_limit_exceeded",
      severity: "warning",
      text: {
        de: `Geschenke an diese Person ${year}: zusammen ${total.de} – mehr als die Freigrenze von ${limit.de} (${GIFT_LIMIT_SOURCE}). Weil es eine Freigrenze ist, ist jetzt der gesamte Betrag von ${total.de} nicht als Betriebsausgabe abziehbar, nicht nur der Teil darüber.`,
        en: `Gifts to this person in ${year}: ${total.en} in total – more than the ${limit.en} exemption limit (${GIFT_LIMIT_SOURCE}). Because it is an exemption limit, the whole ${total.en} is now not tax-deductible, not only the part above it.`,
      },
    };
  }
  const remaining = formatEuro(limitCents - totalCents);
  return {
    code: "tax_limit_status",
    severity: "info",
    text: {
      de: `Geschenke an diese Person ${year}: zusammen ${total.de} – innerhalb der Freigrenze von ${limit.de} (${GIFT_LIMIT_SOURCE}), noch ${remaining.de} frei.`,
      en: `Gifts to this person in ${year}: ${total.en} in total – within the ${limit.en} exemption limit (${GIFT_LIMIT_SOURCE}), ${remaining.en} left.`,
    },
  };
}
