import { describe, expect, it } from "vitest";
import { isWeekend, periodEnd } from "./period.ts";

describe("period computation (Reg. 1182/71 via §82 VgV)", () => {
  it("Art. 3(1): the day of the event is not counted", () => {
    // Event Monday 2026-03-02, 10 days: 3 March is day 1, 12 March (Thursday) is day 10.
    expect(periodEnd("2026-03-02", 10)).toBe("2026-03-12");
  });

  it("knows weekdays", () => {
    expect(isWeekend("2026-03-07")).toBe(true);
    expect(isWeekend("2026-03-08")).toBe(true);
    expect(isWeekend("2026-03-09")).toBe(false);
  });

  it("Art. 3(4): an end on Saturday moves to Monday", () => {
    // 2026-02-26 + 9 days = Saturday 2026-03-07.
    expect(periodEnd("2026-02-26", 9)).toBe("2026-03-09");
    expect(periodEnd("2026-02-26", 9, { weekendRule: false })).toBe("2026-03-07");
  });

  it("Art. 3(4): an end on Good Friday moves past the Easter weekend to Tuesday", () => {
    // 2026-03-24 + 10 = Friday 3 April (Karfreitag); 4/5 weekend; 6 April Ostermontag.
    expect(periodEnd("2026-03-24", 10)).toBe("2026-04-07");
  });

  it("Art. 3(4): state holidays only when the caller supplies them", () => {
    // 2026-01-06 (Epiphany, Bavaria) is a Tuesday.
    expect(periodEnd("2025-12-27", 10)).toBe("2026-01-06");
    expect(periodEnd("2025-12-27", 10, { isHoliday: (d) => d === "2026-01-06" })).toBe("2026-01-07");
  });
});
