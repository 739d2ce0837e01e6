import type { Localized } from "../locale.ts";
import type { Stage, Stance } from "../vocabulary.ts";

/**
 * One line that puts the salesperson in the right frame before the conversation. The seed text:
 * "the idea that you are friends with a person changes your behaviour" — for the people you want
 * to befriend. For the others, a calm, professional frame, never a friendship prompt.
 */
export function mindsetLine(stance: Stance, stage: Stage, reason: string | null): Localized {
  if (stance === "caution") {
    const because = reason ? { de: ` Grund: ${reason}`, en: ` Reason: ${reason}` } : { de: "", en: "" };
    return {
      de: `Vorsicht: sachlich bleiben, Zusagen schriftlich festhalten, keine Vorleistungen.${because.de}`,
      en: `Caution: stay factual, confirm commitments in writing, no advance concessions.${because.en}`,
    };
  }
  if (stance === "keep_professional") {
    return {
      de: "Professionell und freundlich: gute Arbeit, klare Absprachen, pünktlich – persönliche Nähe ist hier kein Ziel.",
      en: "Professional and friendly: good work, clear agreements, on time — personal closeness is not the goal here.",
    };
  }
  const lines: Record<Stage, Localized> = {
    business_contact: {
      de: "Stellen Sie sich vor, Sie treffen einen künftigen Freund: entspannt, lächeln, zuhören – und etwas Persönliches fragen.",
      en: "Imagine you are meeting a future friend: relaxed, smiling, listening — and ask one personal question.",
    },
    acquaintance: {
      de: "Sie kennen sich schon: knüpfen Sie an das Persönliche vom letzten Mal an, bevor es ums Geschäft geht.",
      en: "You already know each other: pick up the personal thread from last time before turning to business.",
    },
    trust: {
      de: "Hier ist Vertrauen gewachsen: offen sprechen, Wort halten, ehrlich sagen, was geht und was nicht.",
      en: "Trust has grown here: speak openly, keep your word, say honestly what works and what does not.",
    },
    friendship: {
      de: "Sie treffen einen Freund. Erst der Mensch, dann das Geschäft – und genießen Sie das Gespräch.",
      en: "You are meeting a friend. The person first, then business — and enjoy the conversation.",
    },
  };
  return lines[stage];
}
