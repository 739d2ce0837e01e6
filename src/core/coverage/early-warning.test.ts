import { describe, expect, it } from "vitest";
import { earlyWarning } from "./early-warning.ts";
import type { Coverage } from "./score-coverage.ts";

const coverage: Pick<Coverage, "score" | "gaps"> = {
  score: 35,
  gaps: [
    {
      personId: "weber",
      role: "decision_maker",
      band: "cold",
      text: {
        de: "Entscheider Dr. Weber: kalt, letzter Kontakt vor 8 Monaten",
        en: "decision maker Dr. Weber: cold, last contact 8 months ago",
      },
    },
  ],
};

describe("earlyWarning", () => {
  it("warns 60 days ahead with low coverage, naming the most important gap", () => {
    expect(earlyWarning("2026-07-11", coverage, "2026-05-12")).toEqual({
      daysUntilPublication: 60,
      text: {
        de: "Ausschreibung in 60 Tagen erwartet, Beziehungsabdeckung nur 35 von 100. Wichtigste Lücke: Entscheider Dr. Weber: kalt, letzter Kontakt vor 8 Monaten.",
        en: "Tender expected in 60 days, relationship coverage only 35 of 100. Most important gap: decision maker Dr. Weber: cold, last contact 8 months ago.",
      },
    });
  });

  it("warns below 90 days only", () => {
    expect(earlyWarning("2026-08-10", coverage, "2026-05-12")).toBeNull(); // 90 days
    expect(earlyWarning("2026-08-09", coverage, "2026-05-12")?.daysUntilPublication).toBe(89);
  });

  it("warns below a coverage of 50 only", () => {
    expect(earlyWarning("2026-07-11", { ...coverage, score: 50 }, "2026-05-12")).toBeNull();
    expect(earlyWarning("2026-07-11", { ...coverage, score: 49 }, "2026-05-12")).not.toBeNull();
  });

  it("says 'today' on the day and stays silent once publication has passed", () => {
    expect(earlyWarning("2026-05-12", { score: 10, gaps: [] }, "2026-05-12")?.text).toEqual({
      de: "Ausschreibung heute erwartet, Beziehungsabdeckung nur 10 von 100.",
      en: "Tender expected today, relationship coverage only 10 of 100.",
    });
    expect(earlyWarning("2026-05-11", coverage, "2026-05-12")).toBeNull();
  });
});
