import { describe, expect, it } from "vitest";
import { ACCESS_EXPORT_FORMAT, type AccessExport, accessExportHtml } from "./access-export.ts";

const empty = {
  channels: [],
  tags: [],
  facts: [],
  interactions: [],
  selfChecks: [],
  openLoops: [],
  relations: [],
  stageChanges: [],
  addressFormChanges: [],
  gifts: [],
  deals: [],
  accessRequests: [],
  auditEntries: [],
  records: {},
};

describe("accessExportHtml", () => {
  it("renders every section in the reader's language and escapes what people wrote", () => {
    const data: AccessExport = {
      ...empty,
      format: ACCESS_EXPORT_FORMAT,
      generatedAt: "2026-11-27T09:00:00.000Z",
      personId: "p1",
      name: "Eva <b>Roth</b>",
      person: { firstName: "Eva", lastName: "<b>Roth</b>" },
      privacy: { source: "business_card" },
      company: { id: "c1", name: "Roth & Söhne" },
      facts: [{ text: '<img src=x onerror="alert(1)">', category: "hobby" }],
    };
    const de = accessExportHtml(data, "de");
    expect(de).toContain("<title>Auskunft: Eva &lt;b&gt;Roth&lt;/b&gt;</title>");
    expect(de).toContain("Persönliches");
    expect(de).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(de).not.toContain("<img");
    expect(de).toContain("Roth &amp; Söhne");
    expect(de).toContain("Keine Einträge.");
    const en = accessExportHtml(data, "en");
    expect(en).toContain("Access under Art. 15 GDPR");
    expect(en).toContain("Gifts and invitations");
  });
});
