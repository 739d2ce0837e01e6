import { describe, expect, it } from "vitest";
import { ROW_CHOICES_MAX, rowChoicesParam } from "./row-choices.ts";

describe("rowChoicesParam", () => {
  it("reads line and choice pairs as the query carries them", () => {
    expect(rowChoicesParam.parse("14:create, 20:skip,3:merge,")).toEqual(
      new Map([
        [14, "create"],
        [20, "skip"],
        [3, "merge"],
      ]),
    );
    expect(rowChoicesParam.parse("")).toEqual(new Map());
    // The same choice twice is no contradiction.
    expect(rowChoicesParam.parse("7:skip,7:skip")).toEqual(new Map([[7, "skip"]]));
  });

  it("names the entry it cannot read, and a row decided two ways", () => {
    const problem = (text: string) => rowChoicesParam.safeParse(text).error?.issues[0]?.message ?? "";
    expect(problem("14:maybe")).toContain('"14:maybe" is not "line:merge|skip|create"');
    expect(problem("0:create")).toContain('"0:create"');
    expect(problem("create")).toContain('"create"');
    expect(problem("5:skip,5:create")).toContain("Line 5 is decided twice");
  });

  it("refuses more rows than anyone decides one by one", () => {
    const many = Array.from({ length: ROW_CHOICES_MAX + 1 }, (_, i) => `${i + 1}:skip`).join(",");
    expect(rowChoicesParam.safeParse(many).error?.issues[0]?.message).toContain(`At most ${ROW_CHOICES_MAX}`);
  });
});
