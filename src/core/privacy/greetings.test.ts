import { describe, expect, it } from "vitest";
import type { AgendaInput } from "../relationship/agenda-types.ts";
import {
  agendaInputWithoutGreetings,
  briefingWithoutGreetings,
  withoutOptedOutGreetings,
} from "./greetings.ts";

const line = (kind: string, nudge: string, personId: string, subjectPersonId = personId) => ({
  kind,
  nudge,
  personId,
  subjectPersonId,
});

describe("greeting opt-outs", () => {
  it("drops birthdays and important dates about opted-out people, keeps business lines and open loops", () => {
    const items = [
      line("birthday", "personal", "jan"),
      line("birthday", "personal", "jan", "mia"),
      line("important_date", "personal", "jan"),
      line("keep_in_touch", "business", "jan"),
      line("open_loop", "follow_up", "jan"),
      line("birthday", "personal", "eva"),
    ];
    expect(withoutOptedOutGreetings(items, new Set(["jan"]))).toEqual([
      line("keep_in_touch", "business", "jan"),
      line("open_loop", "follow_up", "jan"),
      line("birthday", "personal", "eva"),
    ]);
    expect(withoutOptedOutGreetings(items, new Set(["mia"]))).toHaveLength(5);
  });

  it("removes the calendar's birthday, family birthdays and dates of opted-out people", () => {
    const birthday = { day: 1, month: 12, year: null };
    const input = {
      contacts: [
        { personId: "jan", birthday },
        { personId: "eva", birthday },
      ],
      relatives: [{ personId: "mia", contactId: "jan", birthday }],
      importantDates: [
        { id: "f1", personId: "jan", text: "Hochzeitstag", refersTo: "2020-05-01" },
        { id: "f2", personId: "mia", text: "Einschulung", refersTo: "2027-09-01" },
        { id: "f3", personId: "eva", text: "Jubiläum", refersTo: "2020-06-01" },
      ],
      openLoops: [{ id: "l1", personId: "jan", text: "Katalog", dueOn: "2026-12-01", closedOn: null }],
    } as unknown as AgendaInput;
    const filtered = agendaInputWithoutGreetings(input, new Set(["jan"]));
    expect(filtered.contacts.map((c) => [c.personId, c.birthday])).toEqual([
      ["jan", null],
      ["eva", birthday],
    ]);
    expect(filtered.relatives).toEqual([]);
    expect(filtered.importantDates.map((f) => f.id)).toEqual(["f3"]);
    expect(filtered.openLoops).toHaveLength(1);
    expect(agendaInputWithoutGreetings(input, new Set())).toBe(input);
  });

  it("empties the briefing's upcoming dates of an opted-out person only", () => {
    const briefing = {
      person: { id: "jan" },
      life: { recentFacts: ["f"], upcomingDates: [{ date: "2026-12-01" }] },
    };
    expect(briefingWithoutGreetings(briefing, new Set(["jan"])).life).toEqual({
      recentFacts: ["f"],
      upcomingDates: [],
    });
    expect(briefingWithoutGreetings(briefing, new Set(["eva"]))).toBe(briefing);
  });
});
