import { describe, expect, it } from "vitest";
import { tenderPhase } from "./phase.ts";
import type { TenderDates } from "./tender.ts";

const dates: TenderDates = {
  publishedOn: "2026-03-02",
  submissionDeadline: "2026-04-07",
  awardNoticeSentOn: "2026-05-04",
  awardedOn: "2026-05-15",
};

describe("tenderPhase", () => {
  it("walks through the phases, each starting on its own day", () => {
    expect(tenderPhase(dates, "2026-03-01")).toBe("before_publication");
    expect(tenderPhase(dates, "2026-03-02")).toBe("procedure_running");
    expect(tenderPhase(dates, "2026-04-20")).toBe("procedure_running"); // evaluation after the deadline
    expect(tenderPhase(dates, "2026-05-04")).toBe("standstill_award");
    expect(tenderPhase(dates, "2026-05-14")).toBe("standstill_award");
    expect(tenderPhase(dates, "2026-05-15")).toBe("closed");
  });

  it("is before publication while no notice date is known", () => {
    expect(tenderPhase({ publishedOn: null, submissionDeadline: null }, "2030-01-01")).toBe(
      "before_publication",
    );
  });

  it("closes on cancellation, whatever else happened", () => {
    expect(tenderPhase({ ...dates, awardedOn: null, cancelledOn: "2026-04-01" }, "2026-04-01")).toBe(
      "closed",
    );
  });
});
