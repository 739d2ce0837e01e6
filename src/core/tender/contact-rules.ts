import type { Localized } from "../locale.ts";
import type { TenderPhase } from "./phase.ts";
import { isEuProcedure, isPublicProcedure, type ProcedureType } from "./procedure.ts";

// What a salesperson may do with the buyer's people in each phase. The stricter reading wins where
// the law leaves room: the cost of a missed chat is small, the cost of an exclusion is the tender.

export interface ContactRules {
  personalContactAllowed: boolean;
  giftsAllowed: boolean;
  negotiationAllowed: boolean;
  questionsOnlyOfficialChannel: boolean;
  explanations: {
    personalContact: Localized;
    gifts: Localized;
    negotiation: Localized;
    questions: Localized;
  };
}

interface Rule {
  allowed: boolean;
  why: Localized;
}

const GIFTS_PUBLIC: Rule = {
  allowed: false,
  why: {
    de: "Der Auftraggeber ist öffentlich: Geschenke und Einladungen an Amtsträger nur nach Rücksprache mit der Compliance – für Vorteile an Amtsträger gibt es keine feste Bagatellgrenze (§§ 331, 333 StGB).",
    en: "The buyer is public: gifts and invitations to public officials only after asking compliance – there is no fixed de minimis amount for benefits to public officials (Sections 331, 333 StGB).",
  },
};

const GIFTS_PENDING: Rule = {
  allowed: false,
  why: {
    de: "Solange über den Auftrag entschieden wird, keine Geschenke oder Einladungen: Sie können als Einflussnahme gelten, zum Ausschluss führen (§ 124 Abs. 1 Nr. 9 GWB) und strafbar sein (§§ 299, 333, 334 StGB).",
    en: "While the award is being decided, no gifts or invitations: they can count as undue influence, lead to exclusion (§ 124 Abs. 1 Nr. 9 GWB) and be a criminal offence (Sections 299, 333, 334 StGB).",
  },
};

const NO_OFFICIAL_CHANNEL: Rule = {
  allowed: false,
  why: {
    de: "Fragen dürfen Sie direkt stellen.",
    en: "You may ask questions directly.",
  },
};

function officialChannel(eu: boolean): Rule {
  return {
    allowed: true,
    why: eu
      ? {
          de: "Fragen nur über den offiziellen Kanal (Vergabeplattform, § 9 VgV) – die Antworten gehen an alle Bieter.",
          en: "Questions only through the official channel (the e-procurement platform, § 9 VgV) – the answers go to all bidders.",
        }
      : {
          de: "Fragen nur über den in der Bekanntmachung genannten Weg – die Antworten gehen an alle Bieter.",
          en: "Questions only through the channel named in the notice – the answers go to all bidders.",
        },
  };
}

function negotiationWhileRunning(procedure: ProcedureType): Rule {
  if (procedure === "negotiated" || procedure === "competitive_dialogue") {
    return {
      allowed: true,
      why: {
        de: "Verhandelt wird nur im Verfahren selbst, in den Runden, zu denen die Vergabestelle alle Bieter gleich einlädt (§§ 17, 18 VgV) – nicht am Rande eines Treffens.",
        en: "Negotiation happens only within the procedure, in the rounds to which the buyer invites all bidders alike (§§ 17, 18 VgV) – not on the side of a meeting.",
      },
    };
  }
  if (procedure === "below_threshold_uvgo") {
    return {
      allowed: false,
      why: {
        de: "In der Öffentlichen und Beschränkten Ausschreibung nach UVgO wird nicht verhandelt; nur in einer Verhandlungsvergabe, und dann im Verfahren.",
        en: "Public and restricted tenders under the UVgO allow no negotiation; only a negotiated award does, and then within the procedure.",
      },
    };
  }
  return {
    allowed: false,
    why: {
      de: "Im offenen und nicht offenen Verfahren sind Verhandlungen über Angebote und Preise verboten (§ 15 Abs. 5, § 16 Abs. 9 VgV); nur Aufklärung ist zulässig.",
      en: "Open and restricted procedures forbid negotiating offers and prices (§ 15 Abs. 5, § 16 Abs. 9 VgV); only clarification is allowed.",
    },
  };
}

function publicRules(phase: TenderPhase, procedure: ProcedureType): [Rule, Rule, Rule, Rule] {
  const eu = isEuProcedure(procedure);
  switch (phase) {
    case "before_publication":
      return [
        {
          allowed: true,
          why: {
            de: "Vor der Bekanntmachung sind Gespräche erlaubt – die beste Zeit, Beziehungen zu pflegen. Sprechen Sie über Bedarf und Lösungen; wer an der Leistungsbeschreibung mitschreibt, muss das offenlegen (§ 7 VgV).",
            en: "Before the notice, conversations are allowed – the best time to build relationships. Talk about needs and solutions; whoever helps write the specification must disclose it (§ 7 VgV).",
          },
        },
        GIFTS_PUBLIC,
        {
          allowed: false,
          why: {
            de: "Vor der Bekanntmachung gibt es nichts zu verhandeln: Preise und Konditionen entstehen im Verfahren. Eine Markterkundung durch den Auftraggeber ist erlaubt (§ 28 VgV).",
            en: "Before the notice there is nothing to negotiate: prices and terms arise in the procedure. Market consultation by the buyer is allowed (§ 28 VgV).",
          },
        },
        NO_OFFICIAL_CHANNEL,
      ];
    case "procedure_running":
      return [
        {
          allowed: false,
          why: {
            de: "Das Verfahren läuft: kein persönlicher Kontakt zur Vergabestelle oder zu Beteiligten über die Ausschreibung – alle Bieter werden gleich behandelt (§ 97 Abs. 2 GWB). Bei zufälligen Begegnungen nicht über das Verfahren sprechen.",
            en: "The procedure is running: no personal contact with the buyer or its people about the tender – all bidders are treated equally (§ 97 Abs. 2 GWB). If you meet by chance, do not talk about the procedure.",
          },
        },
        GIFTS_PENDING,
        negotiationWhileRunning(procedure),
        officialChannel(eu),
      ];
    case "standstill_award":
      return [
        {
          allowed: false,
          why: {
            de: "Zuschlagsentscheidung und Wartefrist: kein persönlicher Kontakt zum Verfahren. Einwände nur als Rüge auf dem offiziellen Weg.",
            en: "Award decision and standstill: no personal contact about the procedure. Objections only as a formal complaint through the official channel.",
          },
        },
        GIFTS_PENDING,
        {
          allowed: false,
          why: {
            de: "Die Angebote sind gewertet; bis zum Zuschlag wird nichts mehr verhandelt.",
            en: "The offers have been evaluated; nothing is negotiated until the award.",
          },
        },
        officialChannel(eu),
      ];
    case "closed":
      return [
        {
          allowed: true,
          why: {
            de: "Das Verfahren ist abgeschlossen: Kontakt ist wieder frei – der richtige Moment für ein Dankeschön oder eine offene Nachbesprechung.",
            en: "The procedure is closed: contact is free again – the right moment for a thank-you or an open debrief.",
          },
        },
        GIFTS_PUBLIC,
        {
          allowed: false,
          why: {
            de: "Der Vertrag steht; wesentliche Änderungen bräuchten ein neues Vergabeverfahren (§ 132 GWB).",
            en: "The contract is set; substantial changes would need a new procurement procedure (§ 132 GWB).",
          },
        },
        NO_OFFICIAL_CHANNEL,
      ];
  }
}

function privateRules(phase: TenderPhase): [Rule, Rule, Rule, Rule] {
  const contact: Rule = {
    allowed: true,
    why: {
      de: "Ein privater Auftraggeber spricht, mit wem er will – halten Sie sich an seine Spielregeln, etwa einen benannten Ansprechpartner.",
      en: "A private buyer talks to whomever it likes – keep to its rules, such as a named contact person.",
    },
  };
  const negotiation: Rule = {
    allowed: true,
    why: {
      de: "Ein privater Auftraggeber darf bis zur Unterschrift verhandeln.",
      en: "A private buyer may negotiate until the contract is signed.",
    },
  };
  const pending = phase === "procedure_running" || phase === "standstill_award";
  const gifts: Rule = pending
    ? {
        allowed: false,
        why: {
          de: "Solange über den Auftrag entschieden wird, keine Geschenke oder Einladungen – auch im privaten Geschäftsverkehr kann das Bestechung sein (§ 299 StGB).",
          en: "While the award is being decided, no gifts or invitations – in private business this can be bribery too (Section 299 StGB).",
        },
      }
    : {
        allowed: true,
        why: {
          de: "Kleine Aufmerksamkeiten sind möglich – im Rahmen Ihrer Unternehmensrichtlinie und der steuerlichen 50-€-Grenze.",
          en: "Small tokens are possible – within your company policy and the €50 tax limit.",
        },
      };
  return [contact, gifts, negotiation, NO_OFFICIAL_CHANNEL];
}

export function contactRules(phase: TenderPhase, procedure: ProcedureType): ContactRules {
  const [personalContact, gifts, negotiation, questions] = isPublicProcedure(procedure)
    ? publicRules(phase, procedure)
    : privateRules(phase);
  return {
    personalContactAllowed: personalContact.allowed,
    giftsAllowed: gifts.allowed,
    negotiationAllowed: negotiation.allowed,
    questionsOnlyOfficialChannel: questions.allowed,
    explanations: {
      personalContact: personalContact.why,
      gifts: gifts.why,
      negotiation: negotiation.why,
      questions: questions.why,
    },
  };
}

/**
 * The warning shown when the user marks that they help write the specification. Null when they
 * don't. For public buyers this is prior involvement under § 7 VgV.
 */
export function projectInvolvementWarning(
  helpsWriteSpecification: boolean,
  procedure: ProcedureType,
): Localized | null {
  if (!helpsWriteSpecification) return null;
  if (!isPublicProcedure(procedure)) {
    return {
      de: "Sie helfen bei der Leistungsbeschreibung mit: Bei einem privaten Auftraggeber ist das erlaubt – klären Sie offen, ob Sie danach noch mitbieten dürfen.",
      en: "You are helping to write the specification: a private buyer may allow this – agree openly whether you may still bid afterwards.",
    };
  }
  return {
    de: "Sie helfen bei der Leistungsbeschreibung mit: Das ist eine Projektantenstellung (§ 7 VgV). Der Auftraggeber muss Ihren Wissensvorsprung ausgleichen – was Sie geliefert oder erfahren haben, erhalten alle Bieter – und kann Sie ausschließen, wenn sich der Vorteil nicht anders ausgleichen lässt (§ 124 Abs. 1 Nr. 6 GWB). Legen Sie die Mitwirkung offen und dokumentieren Sie Ihren Beitrag.",
    en: "You are helping to write the specification: that is prior involvement (§ 7 VgV). The buyer must offset your head start – whatever you supplied or learned goes to all bidders – and may exclude you if the advantage cannot be offset otherwise (§ 124 Abs. 1 Nr. 6 GWB). Disclose the involvement and document your contribution.",
  };
}
