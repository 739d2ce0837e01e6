import { describe, expect, it } from "vitest";
import { detectLanguage } from "./setup.ts";

describe("detectLanguage", () => {
  it("keeps a stored choice", () => {
    expect(detectLanguage("en", ["de-DE"])).toBe("en");
    expect(detectLanguage("de", ["en-US"])).toBe("de");
  });

  it("takes the first German or English browser preference", () => {
    expect(detectLanguage(null, ["fr-FR", "en-US", "de"])).toBe("en");
    expect(detectLanguage(null, ["de-AT", "en"])).toBe("de");
  });

  it("falls back to German, and ignores a stored value it does not know", () => {
    expect(detectLanguage(null, ["fr", "it"])).toBe("de");
    expect(detectLanguage("fr", [])).toBe("de");
  });
});
