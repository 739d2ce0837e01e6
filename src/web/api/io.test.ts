import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { contactCardUrl, exportUrl, newRunId } from "./io.ts";

describe("newRunId", () => {
  it("draws version-4 UUIDs, as the server's runId check wants them, each one new", () => {
    const ids = Array.from({ length: 2000 }, newRunId);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("exportUrl", () => {
  it("names the app's language, which a plain download link would not send, and the list's filters", async () => {
    await i18next.init({ lng: "en", resources: {}, initAsync: false });
    const url = new URL(exportUrl("csv", { tag: "Messe", stage: "trust" }), "http://localhost");
    expect(url.pathname).toBe("/api/export");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      format: "csv",
      tag: "Messe",
      stage: "trust",
      lang: "en",
    });
    await i18next.changeLanguage("de");
    const other = new URL(exportUrl("csv", {}, "comma"), "http://localhost");
    expect(Object.fromEntries(other.searchParams)).toEqual({ format: "csv", delimiter: "comma", lang: "de" });
  });

  it("links one contact's card in the app's language", async () => {
    await i18next.changeLanguage("en");
    expect(contactCardUrl("01a2b3c4-0000-7000-8000-000000000000")).toBe(
      "/api/people/01a2b3c4-0000-7000-8000-000000000000/vcard?lang=en",
    );
  });
});
