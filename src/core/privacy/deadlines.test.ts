import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, fromEpochDay } from "../dates.ts";
import { accessRequestDueOn, addMonthsClamped, informationDueOn, requestStatus } from "./deadlines.ts";

describe("deadlines", () => {
  it.each([
    ["2026-01-31", 1, "2026-02-28"],
    ["2028-01-31", 1, "2028-02-29"],
    ["2026-11-27", 1, "2026-12-27"],
    ["2026-12-15", 1, "2027-01-15"],
    ["2026-03-31", 24, "2028-03-31"],
    ["2026-08-31", -6, "2026-02-28"],
  ])("addMonthsClamped(%s, %i) = %s", (date, months, expected) => {
    expect(addMonthsClamped(date, months)).toBe(expected);
  });

  it("an access request is due after 30 days, or after one month when that is earlier", () => {
    expect(accessRequestDueOn("2026-07-01")).toBe("2026-07-31");
    expect(accessRequestDueOn("2026-01-31")).toBe("2026-02-28");
    expect(informationDueOn("2026-11-27")).toBe("2026-12-27");
  });

  it("property: the due day is never later than 30 days nor than one month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 18000, max: 25000 }), (epochDay) => {
        const received = fromEpochDay(epochDay);
        const due = accessRequestDueOn(received);
        expect(due > received).toBe(true);
        expect(due <= addDays(received, 30)).toBe(true);
        expect(due <= addMonthsClamped(received, 1)).toBe(true);
      }),
    );
  });

  it("tracks open, due soon, overdue and completed requests", () => {
    expect(requestStatus({ dueOn: "2026-12-27", completedOn: null }, "2026-11-27")).toEqual({
      status: "open",
      daysLeft: 30,
    });
    expect(requestStatus({ dueOn: "2026-12-01", completedOn: null }, "2026-11-27")).toEqual({
      status: "due_soon",
      daysLeft: 4,
    });
    expect(requestStatus({ dueOn: "2026-11-20", completedOn: null }, "2026-11-27")).toEqual({
      status: "overdue",
      daysLeft: -7,
    });
    expect(requestStatus({ dueOn: "2026-11-20", completedOn: "2026-11-19" }, "2026-11-27")).toEqual({
      status: "completed",
      daysLeft: null,
    });
  });
});
