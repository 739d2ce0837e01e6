import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../dates.ts";
import { RELATION_KINDS } from "../vocabulary.ts";
import { buildAgenda, planAgenda } from "./agenda.ts";
import type {
  AgendaContact,
  AgendaDateFact,
  AgendaInput,
  AgendaOpenLoop,
  AgendaRelative,
} from "./agenda-types.ts";
import { buildContact, NOW, signalsArbitrary } from "./test-support.ts";

const TODAY = "2026-11-27";
const daysAgo = (n: number) => `${addDays(TODAY, -n)}T10:00:00.000Z`;
const noInput: AgendaInput = { contacts: [], relatives: [], importantDates: [], openLoops: [] };

function salesWeek(): AgendaInput {
  const jan = buildContact({
    personId: "jan",
    firstName: "Jan",
    lastName: "Becker",
    stage: "trust",
    importance: 2,
    lastInteractionAt: daysAgo(94),
    interactionCount: 12,
    countLast365Days: 6,
    personalCount: 5,
    factCount: 6,
  });
  const anna = buildContact({
    personId: "anna",
    firstName: "Anna",
    lastName: "Schulz",
    stage: "friendship",
    importance: 3,
    lastInteractionAt: daysAgo(3),
    birthday: { day: 27, month: 11, year: 1976 },
  });
  const petra = buildContact({
    personId: "petra",
    firstName: "Petra",
    lastName: "Vogel",
    stance: "caution",
    stanceReason: "nutzt Angebote nur als Preishebel",
    stage: "acquaintance",
    importance: 1,
    lastInteractionAt: daysAgo(20),
    birthday: { day: 27, month: 11, year: null },
  });
  const klaus = buildContact({
    personId: "klaus",
    firstName: "Klaus",
    lastName: "Ernst",
    stance: "keep_professional",
    importance: 3,
    lastInteractionAt: daysAgo(120),
    birthday: { day: 1, month: 12, year: null },
  });
  return {
    contacts: [jan, anna, petra, klaus],
    relatives: [
      {
        personId: "mia",
        firstName: "Mia",
        lastName: "",
        birthday: { day: 3, month: 12, year: null },
        contactId: "jan",
        kind: "child",
        gender: "female",
      },
      {
        personId: "tom",
        firstName: "Tom",
        lastName: "Vogel",
        birthday: { day: 28, month: 11, year: null },
        contactId: "petra",
        kind: "partner",
      },
      {
        personId: "lea",
        firstName: "Lea",
        lastName: "Becker",
        birthday: { day: 20, month: 12, year: null },
        contactId: "jan",
        kind: "partner",
      },
    ],
    importantDates: [
      { id: "f-wedding", personId: "anna", text: "Hochzeitstag", refersTo: "2016-12-05" },
      { id: "f-petra", personId: "petra", text: "Firmenjubiläum", refersTo: "2020-11-30" },
    ],
    openLoops: [
      {
        id: "l-marathon",
        personId: "jan",
        text: "Nach dem Marathon fragen",
        dueOn: "2026-11-24",
        closedOn: null,
      },
      { id: "l-offer", personId: "petra", text: "Angebot nachreichen", dueOn: "2026-11-27", closedOn: null },
      {
        id: "l-done",
        personId: "jan",
        text: "Katalog schicken",
        dueOn: "2026-11-01",
        closedOn: "2026-11-02",
      },
      { id: "l-later", personId: "anna", text: "Fotos schicken", dueOn: "2026-12-10", closedOn: null },
      { id: "l-someday", personId: "anna", text: "Weinempfehlung", dueOn: null, closedOn: null },
    ],
  };
}

describe("buildAgenda: a salesperson's Monday", () => {
  const agenda = buildAgenda(salesWeek(), NOW);
  const ids = agenda.map((item) => item.id);

  it("lists today's birthday first, then due open loops, then keep-in-touch, then the next two weeks (Lea's in 23 days is not yet)", () => {
    expect(ids).toEqual([
      "birthday:anna:2026-11-27",
      "open_loop:l-marathon",
      "open_loop:l-offer",
      "keep_in_touch:petra",
      "keep_in_touch:jan",
      "keep_in_touch:klaus",
      "birthday:mia:2026-12-03",
      "important_date:f-wedding:2026-12-05",
    ]);
    expect(agenda.map((item) => item.rank)).toEqual(agenda.map((_, index) => index + 1));
  });

  it("shows a family member's birthday via the related contact", () => {
    const mia = agenda.find((item) => item.id === "birthday:mia:2026-12-03");
    expect(mia?.reason).toEqual({
      de: "Mia (Tochter von Jan Becker) hat am 3. Dezember Geburtstag",
      en: "Mia (daughter of Jan Becker) has a birthday on 3 December",
    });
    expect(mia).toMatchObject({ personId: "jan", subjectPersonId: "mia", section: "upcoming" });
  });

  it("says how old someone turns and which anniversary it is", () => {
    expect(agenda[0]?.reason.de).toBe("Anna Schulz hat heute Geburtstag (wird 50)");
    expect(agenda.find((item) => item.kind === "important_date")?.reason).toEqual({
      de: "Anna Schulz: „Hochzeitstag“ jährt sich am 5. Dezember zum 10. Mal",
      en: "Anna Schulz: “Hochzeitstag” – 10th anniversary on 5 December",
    });
  });

  it("gives no birthday or anniversary lines for a caution contact or a keep-professional one, nor for their family", () => {
    const personal = agenda.filter(
      (item) => ["petra", "klaus"].includes(item.personId) && item.nudge === "personal",
    );
    expect(personal).toEqual([]);
    expect(
      ids.some((id) => id.includes("tom") || id.includes("f-petra") || id.startsWith("birthday:klaus")),
    ).toBe(false);
  });

  it("keeps a caution contact's open loop, with the reason for caution beside it", () => {
    const loop = agenda.find((item) => item.id === "open_loop:l-offer");
    expect(loop?.reason.de).toBe("Offener Faden mit Petra Vogel: „Angebot nachreichen“ – heute fällig");
    expect(loop?.caution).toEqual({
      de: "Vorsicht: nutzt Angebote nur als Preishebel",
      en: "Caution: nutzt Angebote nur als Preishebel",
    });
  });

  it("reminds of a keep-professional contact as business, never as 'reach out personally'", () => {
    const klaus = agenda.find((item) => item.id === "keep_in_touch:klaus");
    expect(klaus?.nudge).toBe("business");
    expect(klaus?.reason.de).toBe(
      "Geschäftlich bei Klaus Ernst melden: letzter Kontakt vor 120 Tagen, Kontaktrhythmus alle 90 Tage, seit 30 Tagen überfällig",
    );
  });

  it("explains a personal keep-in-touch line with the cadence, the delay and the warmth lost", () => {
    const jan = agenda.find((item) => item.id === "keep_in_touch:jan");
    expect(jan?.nudge).toBe("personal");
    expect(jan?.reason.de).toMatch(
      /^Persönlich bei Jan Becker melden: letzter Kontakt vor 94 Tagen, Kontaktrhythmus alle 30 Tage, seit 64 Tagen überfällig\. Beziehungswärme \d+ \(−\d+ durch die Pause\)$/,
    );
  });

  it("leaves out closed loops, loops without a due day and loops due later", () => {
    expect(ids.filter((id) => id.startsWith("open_loop:"))).toEqual([
      "open_loop:l-marathon",
      "open_loop:l-offer",
    ]);
  });

  it("is empty for a user without contacts", () => {
    expect(buildAgenda(noInput, NOW)).toEqual([]);
  });
});

describe("buildAgenda: ranking keep-in-touch", () => {
  it("puts the inner-circle customer who lost more warmth before a wide-network contact", () => {
    const shared = {
      stage: "acquaintance" as const,
      interactionCount: 10,
      personalCount: 4,
      factCount: 4,
      lastInteractionAt: daysAgo(400),
    };
    const key = buildContact({ ...shared, personId: "z-key", importance: 1 });
    const wide = buildContact({ ...shared, personId: "a-wide", importance: 4 });
    const agenda = buildAgenda({ ...noInput, contacts: [wide, key] }, NOW);
    expect(agenda.map((item) => item.personId)).toEqual(["z-key", "a-wide"]);
    expect(agenda[0]?.priority).toBeGreaterThan(agenda[1]?.priority ?? 0);
  });

  it("breaks exact ties on the contact id", () => {
    const twin = { lastInteractionAt: daysAgo(100), importance: 3 as const };
    const agenda = buildAgenda(
      {
        ...noInput,
        contacts: [buildContact({ ...twin, personId: "b" }), buildContact({ ...twin, personId: "a" })],
      },
      NOW,
    );
    expect(agenda.map((item) => item.personId)).toEqual(["a", "b"]);
  });
});

// Random agendas around `now`, with dangling references on purpose (a relative of a contact the
// user does not own, a loop of a stranger): the rules must hold for them too.
const nearDay = fc.integer({ min: -30, max: 40 }).map((n) => addDays(TODAY, n));
const birthdayArb = fc.option(
  fc
    .record({ date: nearDay, year: fc.option(fc.integer({ min: 1940, max: 2020 }), { nil: null }) })
    .map(({ date, year }) => ({
      day: Number(date.slice(8, 10)),
      month: Number(date.slice(5, 7)),
      year,
    })),
  { nil: null },
);
const contactRef = fc.nat({ max: 14 }).map((n) => `p-${n}`);

const agendaInputArbitrary: fc.Arbitrary<AgendaInput> = fc.record({
  contacts: fc
    .array(fc.tuple(signalsArbitrary, birthdayArb, fc.option(fc.string({ maxLength: 20 }), { nil: null })), {
      maxLength: 12,
    })
    .map((rows) =>
      rows.map(
        ([signals, birthday, stanceReason], i): AgendaContact => ({
          ...signals,
          personId: `p-${i}`,
          firstName: `Vorname${i}`,
          lastName: "Muster",
          stanceReason,
          birthday,
        }),
      ),
    ),
  relatives: fc
    .array(fc.tuple(contactRef, fc.constantFrom(...RELATION_KINDS), birthdayArb, fc.nat({ max: 14 })), {
      maxLength: 10,
    })
    .map((rows) =>
      rows.map(
        ([contactId, kind, birthday, n]): AgendaRelative => ({
          personId: n % 3 === 0 ? `p-${n}` : `r-${n}`,
          firstName: `Kind${n}`,
          lastName: "",
          birthday,
          contactId,
          kind,
        }),
      ),
    ),
  importantDates: fc
    .array(
      fc.tuple(
        fc.oneof(
          contactRef,
          fc.nat({ max: 14 }).map((n) => `r-${n}`),
        ),
        fc.option(
          nearDay.map((d) => `${Number(d.slice(0, 4)) - 3}${d.slice(4)}`),
          { nil: null },
        ),
      ),
      { maxLength: 8 },
    )
    .map((rows) =>
      rows.map(
        ([personId, refersTo], i): AgendaDateFact => ({
          id: `f-${i}`,
          personId,
          text: `Datum ${i}`,
          refersTo,
        }),
      ),
    ),
  openLoops: fc
    .array(fc.tuple(contactRef, fc.option(nearDay, { nil: null }), fc.boolean()), { maxLength: 10 })
    .map((rows) =>
      rows.map(
        ([personId, dueOn, closed], i): AgendaOpenLoop => ({
          id: `l-${i}`,
          personId,
          text: `Faden ${i}`,
          dueOn,
          closedOn: closed ? TODAY : null,
        }),
      ),
    ),
});

function permutation<T>(list: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...list], { minLength: list.length, maxLength: list.length });
}

describe("buildAgenda: rules", () => {
  it("is stable and deterministic for a given now: shuffling the input gives the same agenda", () => {
    fc.assert(
      fc.property(
        agendaInputArbitrary.chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.record({
              contacts: permutation(input.contacts),
              relatives: permutation(input.relatives),
              importantDates: permutation(input.importantDates),
              openLoops: permutation(input.openLoops),
            }),
          ),
        ),
        ([input, shuffled]) => {
          expect(buildAgenda(shuffled, NOW)).toEqual(buildAgenda(input, NOW));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never gives a keep_professional or caution contact a friendship nudge", () => {
    fc.assert(
      fc.property(agendaInputArbitrary, (input) => {
        const stanceOf = new Map(input.contacts.map((c) => [c.personId, c.stance]));
        for (const item of buildAgenda(input, NOW)) {
          const stance = stanceOf.get(item.personId);
          if (stance === "befriend") continue;
          expect(item.nudge).not.toBe("personal");
          expect(["birthday", "important_date"]).not.toContain(item.kind);
          expect(item.reason.de).not.toContain("Persönlich");
          expect(item.reason.en).not.toContain("personally");
          if (stance === "caution") expect(item.caution?.de.startsWith("Vorsicht")).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("with limits, shows the first keep-in-touch and open-loop lines of the whole agenda and counts every due one", () => {
    fc.assert(
      fc.property(
        agendaInputArbitrary,
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 3 }),
        (input, keepInTouchLimit, openLoopLimit) => {
          const whole = buildAgenda(input, NOW);
          const plan = planAgenda(input, NOW, { keepInTouchLimit, openLoopLimit });
          const linesOf = (items: typeof whole, kind: string) =>
            items.filter((i) => i.kind === kind).map(({ rank: _, ...rest }) => rest);
          expect(plan.keepInTouchDue).toBe(linesOf(whole, "keep_in_touch").length);
          expect(linesOf(plan.items, "keep_in_touch")).toEqual(
            linesOf(whole, "keep_in_touch").slice(0, keepInTouchLimit),
          );
          expect(plan.openLoopsDue).toBe(linesOf(whole, "open_loop").length);
          expect(linesOf(plan.items, "open_loop")).toEqual(
            linesOf(whole, "open_loop").slice(0, openLoopLimit),
          );
          const dated = (items: typeof whole) =>
            items.filter((i) => i.kind === "birthday" || i.kind === "important_date");
          expect(dated(plan.items).map((i) => i.id)).toEqual(dated(whole).map((i) => i.id));
          expect(plan.items.map((i) => i.rank)).toEqual(plan.items.map((_, index) => index + 1));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("withholds every personal nudge for the contacts named, and nothing else", () => {
    fc.assert(
      fc.property(agendaInputArbitrary, fc.subarray(["p-0", "p-1", "p-2", "p-3", "p-4"]), (input, held) => {
        const withheld = new Set(held);
        const whole = buildAgenda(input, NOW);
        const items = buildAgenda(input, NOW, { withheldPersonalNudges: withheld });
        const expected = whole.filter((i) => !(i.nudge === "personal" && withheld.has(i.personId)));
        expect(items.map((i) => i.id)).toEqual(expected.map((i) => i.id));
      }),
      { numRuns: 200 },
    );
  });

  it("shows only due or overdue loops and keep-in-touch, and dates within 14 days, each with a reason in both languages", () => {
    fc.assert(
      fc.property(agendaInputArbitrary, (input) => {
        for (const item of buildAgenda(input, NOW)) {
          expect(item.reason.de.length).toBeGreaterThan(0);
          expect(item.reason.en.length).toBeGreaterThan(0);
          if (item.kind === "open_loop" || item.kind === "keep_in_touch")
            expect(item.date <= TODAY).toBe(true);
          else expect(item.date >= TODAY && item.date <= addDays(TODAY, 14)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
