import type { IsoDate } from "../dates.ts";
import type { Localized } from "../locale.ts";
import type { AddressForm } from "../vocabulary.ts";
import { LEGAL_BASIS_LABELS, type LegalBasis, type PersonSource, SOURCE_LABELS } from "./person-privacy.ts";

/** Who is responsible for the processing, as the workspace states it (privacy settings). */
export interface ControllerDetails {
  controllerName: string | null;
  controllerAddress: string | null;
  controllerContact: string | null;
  dpoContact: string | null;
}

export interface InformationLetterInput {
  person: { firstName: string; lastName: string; addressForm: AddressForm };
  controller: ControllerDetails;
  source: PersonSource;
  legalBasis: LegalBasis | null;
  purpose: string | null;
  balancingNote: string | null;
  retentionMonths: number;
  today: IsoDate;
}

const MISSING: Localized = {
  de: "[bitte in den Datenschutz-Einstellungen ergänzen]",
  en: "[please complete in the privacy settings]",
};

/**
 * The Art. 14 GDPR letter to a person whose data did not come from them: who we are, what we keep
 * and why, where it came from, how long, and their rights — the right to object (Art. 21) stated
 * separately and first, as Art. 21(4) requires. German follows the person's Anrede (Sie/Du).
 */
export function informationLetter(input: InformationLetterInput): { subject: Localized; body: Localized } {
  const { person, controller } = input;
  const du = person.addressForm === "du";
  const name = [person.firstName, person.lastName].filter(Boolean).join(" ");
  const who = controller.controllerName ?? null;
  const basis = LEGAL_BASIS_LABELS[input.legalBasis ?? "legitimate_interest"];
  const purpose: Localized = input.purpose
    ? { de: input.purpose, en: input.purpose }
    : {
        de: "Pflege der Geschäftsbeziehung, Vorbereitung von Gesprächen und Angeboten",
        en: "maintaining our business relationship, preparing conversations and offers",
      };
  const controllerLines = (l: keyof Localized) =>
    [who ?? MISSING[l], controller.controllerAddress, controller.controllerContact]
      .filter(Boolean)
      .join(", ");
  const dpo = (l: keyof Localized) =>
    controller.dpoContact ??
    (l === "de"
      ? "Es ist kein Datenschutzbeauftragter benannt."
      : "No data protection officer is appointed.");
  const interest =
    input.legalBasis === "legitimate_interest" || input.legalBasis === null
      ? {
          de: `Unser berechtigtes Interesse: ${input.balancingNote ?? "die Pflege unserer Geschäftsbeziehung."}`,
          en: `Our legitimate interest: ${input.balancingNote ?? "maintaining our business relationship."}`,
        }
      : null;
  const consent =
    input.legalBasis === "consent"
      ? {
          de: du
            ? "Du kannst deine Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen."
            : "Sie können Ihre Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen.",
          en: "You may withdraw your consent at any time with effect for the future.",
        }
      : null;

  const de = [
    du ? `Hallo ${person.firstName || name},` : `Guten Tag ${name},`,
    "",
    du
      ? `wir haben deine Kontaktdaten nicht von dir selbst erhalten, sondern über: ${SOURCE_LABELS[input.source].de}. Nach Art. 14 DSGVO informieren wir dich darüber.`
      : `wir haben Ihre Kontaktdaten nicht von Ihnen selbst erhalten, sondern über: ${SOURCE_LABELS[input.source].de}. Nach Art. 14 DSGVO informieren wir Sie darüber.`,
    "",
    du ? "DEIN WIDERSPRUCHSRECHT (Art. 21 DSGVO)" : "IHR WIDERSPRUCHSRECHT (Art. 21 DSGVO)",
    du
      ? "Du kannst der Verarbeitung deiner Daten jederzeit widersprechen – insbesondere der Nutzung für Werbung und Glückwünsche. Eine kurze Nachricht genügt; wir beenden die Verarbeitung dann sofort."
      : "Sie können der Verarbeitung Ihrer Daten jederzeit widersprechen – insbesondere der Nutzung für Werbung und Glückwünsche. Eine kurze Nachricht genügt; wir beenden die Verarbeitung dann sofort.",
    "",
    `Verantwortlich: ${controllerLines("de")}`,
    `Datenschutzbeauftragte(r): ${dpo("de")}`,
    `Zweck: ${purpose.de}`,
    `Rechtsgrundlage: ${basis.de}`,
    ...(interest ? [interest.de] : []),
    "Kategorien: Name, Firma, Funktion, Kontaktdaten und Notizen zu unseren Gesprächen.",
    "Empfänger: nur unser Vertriebsteam; keine Übermittlung in Drittländer.",
    `Speicherdauer: solange die Geschäftsbeziehung besteht; persönliche Details prüfen wir spätestens ${input.retentionMonths} Monate nach dem letzten Kontakt.`,
    du
      ? "Deine Rechte: Auskunft (Art. 15), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung (Art. 18), Datenübertragbarkeit (Art. 20) und Beschwerde bei einer Datenschutz-Aufsichtsbehörde (Art. 77)."
      : "Ihre Rechte: Auskunft (Art. 15), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung (Art. 18), Datenübertragbarkeit (Art. 20) und Beschwerde bei einer Datenschutz-Aufsichtsbehörde (Art. 77).",
    ...(consent ? [consent.de] : []),
    "",
    du ? "Viele Grüße" : "Mit freundlichen Grüßen",
    who ?? MISSING.de,
    input.today,
  ].join("\n");

  const en = [
    `Dear ${name},`,
    "",
    `we did not receive your contact details from you but through: ${SOURCE_LABELS[input.source].en}. Article 14 GDPR asks us to tell you about it.`,
    "",
    "YOUR RIGHT TO OBJECT (Art. 21 GDPR)",
    "You may object to the processing of your data at any time — in particular to its use for marketing and greetings. A short message is enough; we then stop at once.",
    "",
    `Controller: ${controllerLines("en")}`,
    `Data protection officer: ${dpo("en")}`,
    `Purpose: ${purpose.en}`,
    `Legal basis: ${basis.en}`,
    ...(interest ? [interest.en] : []),
    "Categories: name, company, role, contact details and notes about our conversations.",
    "Recipients: our sales team only; no transfer to third countries.",
    `Storage period: as long as our business relationship lasts; we review personal details at the latest ${input.retentionMonths} months after our last contact.`,
    "Your rights: access (Art. 15), rectification (Art. 16), erasure (Art. 17), restriction (Art. 18), data portability (Art. 20) and a complaint to a data protection supervisory authority (Art. 77).",
    ...(consent ? [consent.en] : []),
    "",
    "Kind regards",
    who ?? MISSING.en,
    input.today,
  ].join("\n");

  return {
    subject: {
      de: `Information über die Verarbeitung ${du ? "deiner" : "Ihrer"} Daten (Art. 14 DSGVO)`,
      en: "Information about the processing of your data (Art. 14 GDPR)",
    },
    body: { de, en },
  };
}

/** The open loop that reminds the user of the information duty. */
export const INFORM_LOOP_TEXT: Localized = {
  de: "Über die Datenverarbeitung informieren (Art. 14 DSGVO) – spätestens beim ersten Kontakt; Vorlage: Datenschutz › Informationsschreiben",
  en: "Inform about the processing (Art. 14 GDPR) – at the latest at first contact; template: Privacy › information letter",
};
