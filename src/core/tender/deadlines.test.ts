import { describe, expect, it } from "vitest";
import { daysBetween } from "../dates.ts";
import { earliestSubmissionDeadline, latestAnswerDate, standstillEnd } from "./deadlines.ts";

const sources = (r: ReturnType<typeof earliestSubmissionDeadline>) => r.rules.map((rule) => rule.source);

describe("open procedure", () => {
  it("§ 15 Abs. 2 VgV: 35 days from the day after sending, across a leap February (2028-01-31)", () => {
    const r = earliestSubmissionDeadline("open", "2028-01-31");
    expect(r.submissionDeadline).toBe("2028-03-06");
    expect(daysBetween("2028-01-31", "2028-03-06")).toBe(35);
    expect(r.participationDeadline).toBeNull();
    expect(sources(r)).toEqual(["§ 15 Abs. 2 VgV"]);
  });

  it("§ 15 Abs. 2 VgV: 35 days from 2028-02-28 counts 29 February", () => {
    expect(earliestSubmissionDeadline("open", "2028-02-28").submissionDeadline).toBe("2028-04-03");
  });

  it("§ 15 Abs. 2 VgV with § 82 VgV: from 2027-02-28 the 35th day is Sunday 4 April, so Monday 5 April", () => {
    expect(earliestSubmissionDeadline("open", "2027-02-28").submissionDeadline).toBe("2027-04-05");
  });

  it("§ 15 Abs. 4 VgV: 30 days with electronic submission", () => {
    const r = earliestSubmissionDeadline("open", "2028-01-31", { electronic: true });
    expect(r.submissionDeadline).toBe("2028-03-01");
    expect(sources(r)).toEqual(["§ 15 Abs. 4 VgV"]);
    expect(earliestSubmissionDeadline("open", "2028-02-28", { electronic: true }).submissionDeadline).toBe(
      "2028-03-29",
    );
  });

  it("§ 15 Abs. 3 VgV: 15 days in urgency, and electronic submission shortens no further", () => {
    const r = earliestSubmissionDeadline("open", "2028-01-31", { urgency: true, electronic: true });
    expect(r.submissionDeadline).toBe("2028-02-15");
    expect(sources(r)).toEqual(["§ 15 Abs. 3 VgV"]);
  });

  it("§ 38 Abs. 3 VgV: 15 days after a prior information notice", () => {
    const r = earliestSubmissionDeadline("open", "2028-01-31", { priorInformationNotice: true });
    expect(r.submissionDeadline).toBe("2028-02-15");
    expect(sources(r)).toEqual(["§ 38 Abs. 3 VgV"]);
  });

  it("§ 82 VgV / Art. 3(4) Reg. 1182/71: a 30th day on Sunday moves to Monday", () => {
    expect(earliestSubmissionDeadline("open", "2026-02-06", { electronic: true }).submissionDeadline).toBe(
      "2026-03-09",
    );
  });

  it("§ 82 VgV / Art. 3(4) Reg. 1182/71: a 35th day on Good Friday moves to the Tuesday after Easter", () => {
    expect(earliestSubmissionDeadline("open", "2026-02-27").submissionDeadline).toBe("2026-04-07");
  });

  it("§ 82 VgV / Art. 3(4) Reg. 1182/71: a 35th day on Christmas Day moves to 28 December", () => {
    expect(earliestSubmissionDeadline("open", "2026-11-20").submissionDeadline).toBe("2026-12-28");
  });
});

describe("restricted procedure", () => {
  it("§ 16 Abs. 2 and § 16 Abs. 8 VgV: 30 days to apply, invitation the next day, 25 days for electronic offers", () => {
    const r = earliestSubmissionDeadline("restricted", "2028-01-31", { electronic: true });
    expect(r.participationDeadline).toBe("2028-03-01");
    expect(r.submissionDeadline).toBe("2028-03-27");
    expect(sources(r)).toEqual(["§ 16 Abs. 2 VgV", "§ 16 Abs. 8 VgV"]);
  });

  it("§ 16 Abs. 5 VgV: 30 days for offers; a 30th day on Saturday 1 April 2028 moves to Monday", () => {
    const r = earliestSubmissionDeadline("restricted", "2028-01-31");
    expect(r.submissionDeadline).toBe("2028-04-03");
    expect(sources(r)).toEqual(["§ 16 Abs. 2 VgV", "§ 16 Abs. 5 VgV"]);
  });

  it("§ 16 Abs. 8 VgV: offers count from the day after the invitation when it is known", () => {
    const r = earliestSubmissionDeadline("restricted", "2028-01-31", {
      electronic: true,
      invitationSentOn: "2028-03-10",
    });
    expect(r.submissionDeadline).toBe("2028-04-04");
  });

  it("§ 16 Abs. 3 and § 16 Abs. 7 VgV: 15 and 10 days in urgency, weekend end moved to Monday", () => {
    const r = earliestSubmissionDeadline("restricted", "2028-01-31", { urgency: true, electronic: true });
    expect(r.participationDeadline).toBe("2028-02-15");
    // invitation 16 Feb, tenth day Saturday 26 Feb → Monday 28 Feb
    expect(r.submissionDeadline).toBe("2028-02-28");
    expect(sources(r)).toEqual(["§ 16 Abs. 3 VgV", "§ 16 Abs. 7 VgV"]);
  });

  it("§ 38 Abs. 3 VgV: 10 days for offers after a prior information notice", () => {
    const r = earliestSubmissionDeadline("restricted", "2028-01-31", {
      priorInformationNotice: true,
      invitationSentOn: "2028-03-02",
    });
    expect(r.submissionDeadline).toBe("2028-03-13"); // 12 March is a Sunday
    expect(sources(r)).toEqual(["§ 16 Abs. 2 VgV", "§ 38 Abs. 3 VgV"]);
  });
});

describe("other procedures", () => {
  it("§ 17 Abs. 2 and § 17 Abs. 9 VgV: the negotiated procedure mirrors the restricted one", () => {
    const r = earliestSubmissionDeadline("negotiated", "2028-01-31", { electronic: true });
    expect(r.participationDeadline).toBe("2028-03-01");
    expect(r.submissionDeadline).toBe("2028-03-27");
    expect(sources(r)).toEqual(["§ 17 Abs. 2 VgV", "§ 17 Abs. 9 VgV"]);
  });

  it("§ 18 Abs. 3 VgV: competitive dialogue has a participation minimum only", () => {
    const r = earliestSubmissionDeadline("competitive_dialogue", "2028-01-31");
    expect(r.participationDeadline).toBe("2028-03-01");
    expect(r.submissionDeadline).toBeNull();
  });

  it("§ 13 UVgO and private tenders: no statutory minimum", () => {
    for (const procedure of ["below_threshold_uvgo", "private_tender"] as const) {
      const r = earliestSubmissionDeadline(procedure, "2028-01-31");
      expect(r).toEqual({ participationDeadline: null, submissionDeadline: null, rules: [] });
    }
  });
});

describe("answers to bidder questions", () => {
  it("§ 20 Abs. 3 Satz 1 Nr. 1 VgV: 6 days before the deadline, landing on 29 February 2028", () => {
    expect(latestAnswerDate("2028-03-06")).toBe("2028-02-29");
    expect(latestAnswerDate("2027-03-06")).toBe("2027-02-28");
  });

  it("§ 20 Abs. 3 Satz 1 Nr. 1 VgV: 4 days in urgency, across a month end", () => {
    expect(latestAnswerDate("2028-03-03", { urgency: true })).toBe("2028-02-28");
  });
});

describe("standstill", () => {
  it("§ 134 Abs. 2 Satz 2 GWB: 10 days after electronic information, ending even on a Sunday (VK Bund VK 2-77/21)", () => {
    expect(standstillEnd("2021-06-10", true)).toBe("2021-06-20");
  });

  it("§ 134 Abs. 2 Satz 2 GWB: the cautious reading moves a Sunday end to Monday", () => {
    expect(standstillEnd("2021-06-10", true, { weekendRule: true })).toBe("2021-06-21");
  });

  it("§ 134 Abs. 2 Satz 1 GWB: 15 days after information by post", () => {
    expect(standstillEnd("2021-06-10", false)).toBe("2021-06-25");
  });

  it("§ 134 Abs. 2 GWB: counts from the day after sending, across leap and common Februaries", () => {
    expect(standstillEnd("2028-02-20", true)).toBe("2028-03-01");
    expect(standstillEnd("2027-02-20", true)).toBe("2027-03-02");
    expect(standstillEnd("2028-02-14", false)).toBe("2028-02-29");
  });
});
