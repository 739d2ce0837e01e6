import { describe, expect, it } from "vitest";
import { attachment } from "./attachment.ts";

describe("attachment", () => {
  it("names an ASCII file plainly", () => {
    expect(attachment("kundenfreund-2026-11-28.csv")).toBe(
      'attachment; filename="kundenfreund-2026-11-28.csv"',
    );
  });

  it("gives a name beyond ASCII, or with a quote, in filename* and an ASCII stand-in", () => {
    expect(attachment("Jörg O'Brien (Groß).vcf")).toBe(
      `attachment; filename="J_rg O'Brien (Gro_).vcf"; filename*=UTF-8''J%C3%B6rg%20O%27Brien%20%28Gro%C3%9F%29.vcf`,
    );
    expect(attachment('Anna "AG".vcf')).toBe(
      `attachment; filename="Anna _AG_.vcf"; filename*=UTF-8''Anna%20%22AG%22.vcf`,
    );
  });
});
