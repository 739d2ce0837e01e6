import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/api-error.ts";
import { isSensitiveRefusal, withSensitiveDecision } from "./sensitive-finding.ts";

const refused = (...codes: string[]) =>
  new ApiError(
    400,
    "validation_failed",
    "The input is not valid.",
    codes.map((code, i) => ({ field: `f${i}`, code, message: "m" })),
  );

describe("isSensitiveRefusal", () => {
  it("offers a decision when any finding is a sensitive one", () => {
    expect(isSensitiveRefusal(refused("sensitive_health"))).toBe(true);
    expect(isSensitiveRefusal(refused("sensitive_sex_life", "sensitive_insult"))).toBe(true);
    expect(isSensitiveRefusal(refused("too_long", "sensitive_religion"))).toBe(true);
  });

  it("offers none for other field problems or other errors", () => {
    expect(isSensitiveRefusal(refused("required"))).toBe(false);
    expect(isSensitiveRefusal(refused())).toBe(false);
    expect(isSensitiveRefusal(new ApiError(500, "sensitive_health", "x"))).toBe(false);
    expect(isSensitiveRefusal(new Error("sensitive_health"))).toBe(false);
    expect(isSensitiveRefusal(null)).toBe(false);
  });
});

describe("withSensitiveDecision", () => {
  it("adds the decision at the top level and keeps the request otherwise unchanged", () => {
    const body = { personId: "p1", text: "Frau hat Brustkrebs", facts: [{ text: "x" }] };
    expect(withSensitiveDecision(body, "consented")).toEqual({ ...body, sensitive: "consented" });
    expect(body).not.toHaveProperty("sensitive");
  });
});
