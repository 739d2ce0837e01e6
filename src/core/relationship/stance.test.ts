import { describe, expect, it } from "vitest";
import { STANCES } from "../vocabulary.ts";
import { businessFollowUpsAllowed, describeCaution, nudgesAllowed } from "./stance.ts";

describe("stance rules", () => {
  it("only befriend contacts get friendship nudges", () => {
    expect(STANCES.filter(nudgesAllowed)).toEqual(["befriend"]);
  });

  it("business follow-ups go on whatever the stance", () => {
    expect(STANCES.every(businessFollowUpsAllowed)).toBe(true);
  });

  it("a caution contact shows its reason; others show nothing", () => {
    expect(describeCaution("caution", " nutzt Angebote nur als Preishebel ")).toEqual({
      de: "Vorsicht: nutzt Angebote nur als Preishebel",
      en: "Caution: nutzt Angebote nur als Preishebel",
    });
    expect(describeCaution("caution", null)?.de).toBe("Vorsicht (kein Grund notiert)");
    expect(describeCaution("keep_professional", "keine Chemie")).toBeNull();
  });
});
