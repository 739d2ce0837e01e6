import { addDays, type IsoDate } from "../dates.ts";
import type { Localized } from "../locale.ts";
import type { OpenLoopKind, Stance } from "../vocabulary.ts";
import { earlierDay } from "./day-order.ts";
import type { InteractionDraft } from "./interactions.ts";
import type { PlacedFact } from "./place-facts.ts";
import type { DemoOpenLoop } from "./plan.ts";
import type { Rng } from "./random.ts";

// Open loops: follow-ups of personal facts (only for contacts one befriends) and business promises.
// Most old ones are closed; some are overdue, some due today or in the next two weeks, a few undated —
// the mix a real list has and the agenda must sort.

const BUSINESS_LOOPS: ReadonlyArray<{ kind: OpenLoopKind; text: Localized }> = [
  { kind: "do", text: { de: "Überarbeitetes Angebot nachreichen", en: "Send the revised offer" } },
  { kind: "do", text: { de: "Referenzliste Pumpwerke schicken", en: "Send the reference list" } },
  {
    kind: "do",
    text: { de: "Termin für die Werksbesichtigung vorschlagen", en: "Propose a date for the plant tour" },
  },
  { kind: "do", text: { de: "Rückruf wegen Liefertermin", en: "Call back about the delivery date" } },
  {
    kind: "do",
    text: {
      de: "Datenblatt der Hocheffizienzpumpen schicken",
      en: "Send the data sheet of the high-efficiency pumps",
    },
  },
  {
    kind: "ask",
    text: {
      de: "Nach den Unterlagen der nächsten Ausschreibung fragen",
      en: "Ask for the documents of the next tender",
    },
  },
  {
    kind: "ask",
    text: {
      de: "Fragen, wer nach der Umstrukturierung das Budget verantwortet",
      en: "Ask who owns the budget after the reorganisation",
    },
  },
  {
    kind: "do",
    text: {
      de: "Muster der Wartungsvereinbarung zur Prüfung schicken",
      en: "Send the draft service agreement for review",
    },
  },
];

type Due = "closed" | "overdue" | "today" | "soon" | "undated";

export function draftOpenLoops(
  rng: Rng,
  options: {
    personKey: string;
    stance: Stance;
    facts: readonly PlacedFact[];
    interactions: readonly InteractionDraft[];
    today: IsoDate;
    german: boolean;
  },
): DemoOpenLoop[] {
  const { personKey, today, interactions } = options;
  const loops: DemoOpenLoop[] = [];
  const add = (loop: Omit<DemoOpenLoop, "key" | "personKey">) =>
    loops.push({ key: `${personKey}-o${loops.length + 1}`, personKey, ...loop });

  if (options.stance === "befriend") {
    for (const { seed, fact } of options.facts) {
      if (!seed.loop) continue;
      const due = seed.loop.dueOn;
      const closed =
        due < addDays(today, -3) && rng.chance(0.75)
          ? earlierDay(addDays(due, rng.int(0, 3)), addDays(today, -1))
          : null;
      add({
        kind: seed.loop.kind,
        text: seed.loop.text,
        dueOn: due,
        closedOn: closed,
        interactionKey: fact.interactionKey,
      });
    }
  }

  const count = rng.int(0, options.stance === "befriend" ? 2 : 1);
  for (let i = 0; i < count; i++) {
    const template = rng.pick(BUSINESS_LOOPS);
    const due = rng.weighted<Due>([
      ["closed", 45],
      ["overdue", 15],
      ["today", 5],
      ["soon", 20],
      ["undated", 15],
    ]);
    const dueOn =
      due === "closed"
        ? addDays(today, -rng.int(15, 300))
        : due === "overdue"
          ? addDays(today, -rng.int(1, 12))
          : due === "today"
            ? today
            : due === "soon"
              ? addDays(today, rng.int(1, 14))
              : null;
    const closedOn = due === "closed" && dueOn ? addDays(dueOn, -rng.int(0, 5)) : null;
    const raisedBy = dueOn ? addDays(dueOn, -rng.int(3, 21)) : today;
    const source = [...interactions].reverse().find((d) => d.day <= raisedBy) ?? null;
    const text = template.text[options.german ? "de" : "en"];
    add({ kind: template.kind, text, dueOn, closedOn, interactionKey: source?.key ?? null });
  }
  return loops;
}
