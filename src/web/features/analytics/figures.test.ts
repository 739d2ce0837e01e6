import { describe, expect, it } from "vitest";
import { ANALYTICS_FIGURES } from "../../../core/analytics/index.ts";
import { canSeeTeam, FIGURES, isFigure, scopeFrom } from "./figures.ts";

describe("analytics figures in the web app", () => {
  it("lists every figure of core, in the same order", () => {
    expect(FIGURES).toEqual(ANALYTICS_FIGURES);
    expect(isFigure("journey")).toBe(true);
    expect(isFigure("nope")).toBe(false);
  });

  it("offers the team's numbers only to owners and admins", () => {
    expect(canSeeTeam("owner")).toBe(true);
    expect(canSeeTeam("admin")).toBe(true);
    expect(canSeeTeam("member")).toBe(false);
    expect(canSeeTeam(undefined)).toBe(false);
    expect(scopeFrom("team", "admin")).toBe("team");
    expect(scopeFrom("team", "member")).toBe("me");
    expect(scopeFrom(null, "owner")).toBe("me");
  });
});
