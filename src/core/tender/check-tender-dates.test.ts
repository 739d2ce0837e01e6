import { describe, expect, it } from "vitest";
import { checkTenderDates } from "./check-tender-dates.ts";
import type { Tender } from "./tender.ts";

const open: Tender = {
  procedure: "open",
  electronic: true,
  publishedOn: "2028-01-31",
  submissionDeadline: "2028-03-01",
};

describe("checkTenderDates", () => {
  it("§ 15 Abs. 4 VgV: accepts exactly 30 days for an electronic open procedure", () => {
    expect(checkTenderDates(open)).toEqual([]);
  });

  it("§ 15 Abs. 4 VgV: flags 29 days, naming the earliest lawful day", () => {
    const [v, ...rest] = checkTenderDates({ ...open, submissionDeadline: "2028-02-29" });
    expect(rest).toEqual([]);
    expect(v?.code).toBe("submission_period_too_short");
    expect(v?.source).toBe("§ 15 Abs. 4 VgV");
    expect(v?.text).toEqual({
      de: "Die Angebotsfrist (29.02.2028) ist zu kurz: mindestens 30 Tage, also frühestens 01.03.2028 (§ 15 Abs. 4 VgV).",
      en: "The submission deadline (29 Feb 2028) is too short: at least 30 days, so 1 Mar 2028 at the earliest (§ 15 Abs. 4 VgV).",
    });
  });

  it("§ 15 Abs. 2 VgV: without electronic submission 30 days are too short", () => {
    const codes = checkTenderDates({ ...open, electronic: false }).map((v) => v.code);
    expect(codes).toEqual(["submission_period_too_short"]);
  });

  it("§ 16 Abs. 2 VgV: flags a participation period of 29 days", () => {
    const violations = checkTenderDates({
      procedure: "restricted",
      electronic: true,
      publishedOn: "2028-01-31",
      participationDeadline: "2028-02-29",
      submissionDeadline: "2028-04-30",
    });
    expect(violations.map((v) => [v.code, v.source])).toEqual([
      ["participation_period_too_short", "§ 16 Abs. 2 VgV"],
    ]);
  });

  it("§ 16 Abs. 8 VgV: offers count from the day after the actual participation deadline", () => {
    const base: Tender = {
      procedure: "restricted",
      electronic: true,
      publishedOn: "2028-01-31",
      participationDeadline: "2028-03-10",
      submissionDeadline: "2028-04-05",
    };
    // invitation 11 March at the earliest, 25th day 5 April
    expect(checkTenderDates(base)).toEqual([]);
    const tooShort = checkTenderDates({ ...base, submissionDeadline: "2028-04-04" });
    expect(tooShort.map((v) => [v.code, v.source])).toEqual([
      ["submission_period_too_short", "§ 16 Abs. 8 VgV"],
    ]);
  });

  it("§ 20 Abs. 3 Satz 1 Nr. 1 VgV: an answer after the sixth day before the deadline", () => {
    const tender: Tender = {
      ...open,
      electronic: false,
      submissionDeadline: "2028-03-06",
      bidderQuestions: [
        { askedOn: "2028-02-20", answeredOn: "2028-02-29" },
        { askedOn: "2028-02-20", answeredOn: "2028-03-01" },
        { askedOn: "2028-03-02", answeredOn: "2028-03-03" },
        { askedOn: "2028-02-25", answeredOn: null },
      ],
    };
    const violations = checkTenderDates(tender);
    expect(violations).toHaveLength(1);
    expect(violations[0]?.text.de).toBe(
      "Die Antwort auf die Bieterfrage vom 20.02.2028 kam am 01.03.2028, nach dem 29.02.2028: Wurde die Frage rechtzeitig gestellt, muss die Angebotsfrist verlängert werden (§ 20 Abs. 3 Satz 1 Nr. 1 VgV).",
    );
  });

  it("§ 134 Abs. 2 Satz 2 GWB: an award on the last day of the 10-day standstill is too early", () => {
    const tender: Tender = {
      ...open,
      submissionDeadline: "2021-05-20",
      publishedOn: "2021-04-01",
      awardNoticeSentOn: "2021-06-10",
      awardNoticeElectronic: true,
      awardedOn: "2021-06-20",
    };
    const [v] = checkTenderDates(tender);
    expect(v?.code).toBe("award_during_standstill");
    expect(v?.text.en).toBe(
      "The award (20 Jun 2021) fell within the 10-calendar-day standstill ending on 20 Jun 2021 (§ 134 Abs. 2 Satz 2 GWB); such a contract can be declared void (§ 135 Abs. 1 Nr. 1 GWB).",
    );
    expect(checkTenderDates({ ...tender, awardedOn: "2021-06-21" })).toEqual([]);
  });

  it("§ 134 Abs. 2 Satz 1 GWB: 15 days when the information went by post", () => {
    const tender: Tender = {
      ...open,
      publishedOn: "2021-04-01",
      submissionDeadline: "2021-05-20",
      awardNoticeSentOn: "2021-06-10",
      awardedOn: "2021-06-21",
    };
    expect(checkTenderDates(tender).map((v) => v.source)).toEqual(["§ 134 Abs. 2 Satz 1 GWB"]);
  });

  it("§ 13 UVgO: no statutory minimum below the threshold, but the order of events is still checked", () => {
    const uvgo: Tender = {
      procedure: "below_threshold_uvgo",
      publishedOn: "2028-01-31",
      submissionDeadline: "2028-02-03",
      awardNoticeSentOn: "2028-02-02",
      awardedOn: "2028-02-03",
    };
    expect(checkTenderDates(uvgo).map((v) => v.code)).toEqual(["award_notice_before_submission_deadline"]);
    expect(checkTenderDates({ ...uvgo, submissionDeadline: "2028-01-31" }).map((v) => v.code)).toEqual([
      "submission_before_publication",
    ]);
  });
});
