import { Buffer } from "node:buffer";
import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { type IcsAllDayEvent, serialiseIcsCalendar } from "./write-ics-calendar.ts";

const calendar = { name: "Kundenfreund: Geburtstage, Jahrestage", now: "2026-03-01T08:05:09.123Z" };

function parse(text: string) {
  return new ICAL.Component(ICAL.parse(text));
}

describe("serialiseIcsCalendar", () => {
  const events: IcsAllDayEvent[] = [
    {
      uid: "birthday-p1@kundenfreund",
      date: "1980-04-12",
      summary: "Geburtstag: Jörg Müller",
      description: "Firma: Müller; Söhne, KG\nFragen: Wie war der Marathon?",
      yearly: true,
    },
    { uid: "loop-7@kundenfreund", date: "2026-05-12", summary: "Anna fragen, wie der Marathon lief" },
  ];

  it("writes a calendar that ical.js reads with the same events", () => {
    const text = serialiseIcsCalendar(calendar, events);
    // X-WR-CALNAME is TEXT by convention (Apple, Google); ical.js keeps unknown properties raw.
    expect(text).toContain("\r\nX-WR-CALNAME:Kundenfreund: Geburtstage\\, Jahrestage\r\n");
    const root = parse(text);
    expect(root.getFirstPropertyValue("version")).toBe("2.0");
    expect(root.getFirstPropertyValue("method")).toBe("PUBLISH");
    const [birthday, loop] = root.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
    expect(birthday?.uid).toBe("birthday-p1@kundenfreund");
    expect(birthday?.summary).toBe("Geburtstag: Jörg Müller");
    expect(birthday?.description).toBe("Firma: Müller; Söhne, KG\nFragen: Wie war der Marathon?");
    expect(birthday?.startDate.isDate).toBe(true);
    expect(birthday?.startDate.toString()).toBe("1980-04-12");
    expect(birthday?.endDate.toString()).toBe("1980-04-13");
    expect(birthday?.isRecurring()).toBe(true);
    const iterator = birthday!.iterator();
    iterator.next();
    expect(iterator.next()?.toString()).toBe("1981-04-12");
    expect(loop?.isRecurring()).toBe(false);
    expect(loop?.component.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-03-01T08:05:09Z");
  });

  it("repeats a 29 February birthday on 28 February in common years", () => {
    const root = parse(
      serialiseIcsCalendar(calendar, [{ uid: "b", date: "2000-02-29", summary: "Geburtstag", yearly: true }]),
    );
    const iterator = new ICAL.Event(root.getFirstSubcomponent("vevent")!).iterator();
    const days = [1, 2, 3, 4, 5].map(() => iterator.next()?.toString());
    expect(days).toEqual(["2000-02-29", "2001-02-28", "2002-02-28", "2003-02-28", "2004-02-29"]);
  });

  it("ends every line with CRLF and folds long lines at 75 octets without breaking characters", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "ä", "😀", ",", ";", "\\", "\n", " "), maxLength: 200 }),
        (summary) => {
          const text = serialiseIcsCalendar(calendar, [{ uid: "x", date: "2026-01-01", summary }]);
          expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
          for (const line of text.slice(0, -2).split("\r\n")) {
            expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
          }
          const event = new ICAL.Event(parse(text).getFirstSubcomponent("vevent")!);
          expect(event.summary ?? "").toBe(summary);
        },
      ),
    );
  });
});
