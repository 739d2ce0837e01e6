import { formatEuro } from "../gifts/index.ts";
import type { Locale } from "../locale.ts";
import { fullName } from "../model/person.ts";
import type { Briefing } from "./briefing-types.ts";

const LABELS = {
  de: {
    title: "Gesprächsvorbereitung",
    who: "Wer ist das für mich",
    stage: {
      business_contact: "Geschäftskontakt",
      acquaintance: "Bekanntschaft",
      trust: "Vertrauen",
      friendship: "Freundschaft",
    },
    warmth: "Beziehungswärme",
    known: "Wir kennen uns",
    met: "Kennengelernt",
    address: "Anrede",
    life: "Was bei ihr/ihm los ist",
    dates: "Demnächst",
    ask: "Fragen",
    promised: "Zugesagt",
    last: "Letzte Gespräche",
    business: "Geschäftliches",
    gifts: "Geschenke und Bewirtung dieses Jahr",
    warnings: "Hinweise",
    businessOnly: "Nur geschäftlich",
    reason: "Grund",
    none: "–",
    direction: { given: "geschenkt", received: "erhalten" },
  },
  en: {
    title: "Briefing",
    who: "Who this person is to me",
    stage: {
      business_contact: "business contact",
      acquaintance: "acquaintance",
      trust: "trust",
      friendship: "friendship",
    },
    warmth: "Warmth",
    known: "Known",
    met: "How we met",
    address: "Address form",
    life: "What is going on in their life",
    dates: "Coming up",
    ask: "To ask",
    promised: "I promised",
    last: "Last conversations",
    business: "Business",
    gifts: "Gifts and hospitality this year",
    warnings: "Notes",
    businessOnly: "Business only",
    reason: "Reason",
    none: "–",
    direction: { given: "given", received: "received" },
  },
} as const;

/** The briefing as Markdown, for the CLI and for pasting into notes. */
export function briefingMarkdown(briefing: Briefing, locale: Locale): string {
  const l = LABELS[locale];
  const name = fullName(briefing.person);
  const out: string[] = [`# ${l.title}: ${name}${briefing.company ? ` (${briefing.company})` : ""}`, ""];
  out.push(`> ${briefing.mindset[locale]}`, "");
  if (briefing.businessOnly) {
    out.push(
      `**${l.businessOnly}**${briefing.stanceReason ? ` — ${l.reason}: ${briefing.stanceReason}` : ""}`,
      "",
    );
  }
  for (const warning of briefing.warnings) out.push(`⚠ ${warning[locale]}`);
  if (briefing.warnings.length > 0) out.push("");
  out.push(`## ${l.who}`);
  out.push(`- ${l.stage[briefing.who.stage]}, ${l.warmth} ${briefing.who.warmth.score}/100`);
  for (const part of briefing.who.warmth.parts) out.push(`  - ${part.text[locale]}`);
  if (briefing.who.knownFor) out.push(`- ${l.known} ${briefing.who.knownFor[locale]}`);
  if (briefing.who.howWeMet) out.push(`- ${l.met}: ${briefing.who.howWeMet}`);
  out.push(
    `- ${l.address}: ${briefing.who.addressForm === "du" ? "Du" : "Sie"}${briefing.who.addressFormSince ? ` (${briefing.who.addressFormSince})` : ""}`,
  );
  if (!briefing.businessOnly) {
    out.push("", `## ${l.life}`);
    for (const fact of briefing.life.recentFacts)
      out.push(`- ${fact.text}${fact.refersTo ? ` (${fact.refersTo})` : ""}`);
    if (briefing.life.upcomingDates.length > 0) {
      out.push("", `### ${l.dates}`);
      for (const date of briefing.life.upcomingDates) out.push(`- ${date.date}: ${date.text[locale]}`);
    }
    if (briefing.life.recentFacts.length === 0 && briefing.life.upcomingDates.length === 0) out.push(l.none);
  }
  out.push("", `## ${l.ask}`);
  out.push(
    ...(briefing.ask.length
      ? briefing.ask.map((a) => `- [ ] ${a.text}${a.dueOn ? ` (${a.dueOn})` : ""}`)
      : [l.none]),
  );
  out.push("", `## ${l.promised}`);
  out.push(
    ...(briefing.promised.length
      ? briefing.promised.map((p) => `- [ ] ${p.text}${p.dueOn ? ` (${p.dueOn})` : ""}`)
      : [l.none]),
  );
  out.push("", `## ${l.last}`);
  if (briefing.lastConversations.length === 0) out.push(l.none);
  for (const c of briefing.lastConversations) {
    out.push(
      `- ${c.occurredAt.slice(0, 10)} (${c.kind}): ${c.summary || l.none}${c.outcome ? ` → ${c.outcome}` : ""}`,
    );
  }
  if (briefing.business.notes.length > 0) {
    out.push("", `## ${l.business}`);
    for (const note of briefing.business.notes) out.push(`- ${note[locale]}`);
  }
  if (briefing.gifts.entries.length > 0) {
    out.push("", `## ${l.gifts}`);
    for (const entry of briefing.gifts.entries) {
      out.push(
        `- ${entry.date} ${l.direction[entry.direction]} (${entry.kind}): ${formatEuro(entry.valueCents)[locale]}`,
      );
    }
  }
  return `${out.join("\n")}\n`;
}
