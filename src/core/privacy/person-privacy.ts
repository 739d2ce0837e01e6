import type { IsoDate, IsoDateTime } from "../dates.ts";
import type { FieldProblem } from "../errors.ts";
import type { Localized } from "../locale.ts";

/** Art. 6(1) GDPR bases a CRM relies on: (b) contract, (f) legitimate interest, (a) consent. */
export const LEGAL_BASES = ["contract", "legitimate_interest", "consent"] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** Where a person's data came from. Anything but "direct" triggers the Art. 14 information duty. */
export const PERSON_SOURCES = ["direct", "business_card", "import", "colleague", "other"] as const;
export type PersonSource = (typeof PERSON_SOURCES)[number];

export const OPT_OUT_CHANNELS = ["email", "phone", "post", "greetings"] as const;
export type OptOutChannel = (typeof OPT_OUT_CHANNELS)[number];

export interface PersonPrivacy {
  personId: string;
  source: PersonSource;
  legalBasis: LegalBasis | null;
  purpose: string | null;
  /** Required for legitimate interest: why our interest outweighs theirs (Art. 6(1)(f)). */
  balancingNote: string | null;
  consentOn: IsoDate | null;
  consentScope: string | null;
  /** Marketing opt-outs per channel (Art. 21(2)); greetings = birthday and date nudges. */
  optOut: Record<OptOutChannel, boolean>;
  /** A general objection to direct marketing (Art. 21(3)): every channel is closed at once. */
  objectedOn: IsoDate | null;
  /** When the person was told about the processing (Art. 14). */
  informedOn: IsoDate | null;
  /** When they left their company; starts the retention review of personal facts. */
  leftCompanyOn: IsoDate | null;
  /** The last retention review of their personal facts ("still needed"): restarts the clock. */
  factsReviewedOn: IsoDate | null;
  updatedAt: IsoDateTime | null;
}

export function defaultPersonPrivacy(personId: string): PersonPrivacy {
  return {
    personId,
    source: "direct",
    legalBasis: null,
    purpose: null,
    balancingNote: null,
    consentOn: null,
    consentScope: null,
    optOut: { email: false, phone: false, post: false, greetings: false },
    objectedOn: null,
    informedOn: null,
    leftCompanyOn: null,
    factsReviewedOn: null,
    updatedAt: null,
  };
}

export function isThirdPartySource(source: PersonSource): boolean {
  return source !== "direct";
}

/** May this channel be used for marketing or greetings? An objection closes all of them. */
export function channelAllowed(
  privacy: Pick<PersonPrivacy, "optOut" | "objectedOn">,
  channel: OptOutChannel,
) {
  return privacy.objectedOn === null && !privacy.optOut[channel];
}

/** Birthday and important-date nudges are greetings: the person may opt out of them. */
export function greetingsAllowed(privacy: Pick<PersonPrivacy, "optOut" | "objectedOn">): boolean {
  return channelAllowed(privacy, "greetings");
}

const REQUIRED = (de: string, en: string): Localized => ({ de, en });

/**
 * What each legal basis needs before it can be relied on: a balancing of interests for legitimate
 * interest; the day and scope of consent for consent (Art. 7(1): the controller must prove it).
 */
export function legalBasisProblems(
  privacy: Pick<PersonPrivacy, "legalBasis" | "balancingNote" | "consentOn" | "consentScope">,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (privacy.legalBasis === "legitimate_interest" && !privacy.balancingNote) {
    problems.push({
      field: "balancingNote",
      code: "required",
      message: REQUIRED(
        "Bei berechtigtem Interesse ist eine Interessenabwägung nötig (Art. 6 Abs. 1 lit. f DSGVO).",
        "Legitimate interest needs a balancing note (Art. 6(1)(f) GDPR).",
      ),
    });
  }
  if (privacy.legalBasis === "consent") {
    if (!privacy.consentOn) {
      problems.push({
        field: "consentOn",
        code: "required",
        message: REQUIRED(
          "Bei Einwilligung ist das Datum nötig (Art. 7 Abs. 1 DSGVO).",
          "Consent needs the day it was given (Art. 7(1) GDPR).",
        ),
      });
    }
    if (!privacy.consentScope) {
      problems.push({
        field: "consentScope",
        code: "required",
        message: REQUIRED(
          "Bei Einwilligung ist der Umfang nötig: wofür wurde eingewilligt?",
          "Consent needs its scope: what was consented to?",
        ),
      });
    }
  }
  return problems;
}

export const LEGAL_BASIS_LABELS: Record<LegalBasis, Localized> = {
  contract: {
    de: "Vertrag oder vorvertragliche Maßnahmen (Art. 6 Abs. 1 lit. b DSGVO)",
    en: "Contract or pre-contractual steps (Art. 6(1)(b) GDPR)",
  },
  legitimate_interest: {
    de: "Berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO)",
    en: "Legitimate interest (Art. 6(1)(f) GDPR)",
  },
  consent: { de: "Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)", en: "Consent (Art. 6(1)(a) GDPR)" },
};

export const SOURCE_LABELS: Record<PersonSource, Localized> = {
  direct: { de: "direkt von der Person", en: "directly from the person" },
  business_card: { de: "Visitenkarte", en: "business card" },
  import: { de: "Import aus einer anderen Quelle", en: "import from another source" },
  colleague: { de: "Hinweis eines Kollegen", en: "a colleague's referral" },
  other: { de: "sonstige Quelle", en: "another source" },
};
