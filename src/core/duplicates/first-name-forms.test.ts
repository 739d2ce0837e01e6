import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { areFormsOfOneName, listedFirstNameForms } from "./first-name-forms.ts";
import { foldName } from "./names-match.ts";

describe("areFormsOfOneName", () => {
  it("knows short forms and other spellings of one name", () => {
    expect(areFormsOfOneName("tom", "thomas")).toBe(true);
    expect(areFormsOfOneName("tommy", "tom")).toBe(true);
    expect(areFormsOfOneName("sepp", "josef")).toBe(true);
    expect(areFormsOfOneName("stephan", "stefan")).toBe(true);
    expect(areFormsOfOneName("bob", "robert")).toBe(true);
    expect(areFormsOfOneName(foldName("Käthe"), foldName("Kathi"))).toBe(false);
  });

  it("does not make two names one through a short form they share", () => {
    expect(areFormsOfOneName("chris", "christian")).toBe(true);
    expect(areFormsOfOneName("chris", "christoph")).toBe(true);
    expect(areFormsOfOneName("christian", "christoph")).toBe(false);
    expect(areFormsOfOneName("alexander", "alexandra")).toBe(false);
    expect(areFormsOfOneName("uli", "ulrike")).toBe(true);
    expect(areFormsOfOneName("ulrich", "ulrike")).toBe(false);
  });

  it("leaves names that only begin alike, and short forms that are names of their own, apart", () => {
    expect(areFormsOfOneName("jan", "janine")).toBe(false);
    expect(areFormsOfOneName("daniel", "daniela")).toBe(false);
    expect(areFormsOfOneName("hans", "johannes")).toBe(false);
    expect(areFormsOfOneName("klaus", "nikolaus")).toBe(false);
    expect(areFormsOfOneName("", "")).toBe(false);
  });

  it("holds every form folded, as names are compared", () => {
    for (const form of listedFirstNameForms()) expect(foldName(form)).toBe(form);
  });

  it("is symmetric, and every listed form is a form of itself", () => {
    const form = fc.constantFrom(...listedFirstNameForms(), "anna", "jan");
    fc.assert(
      fc.property(form, form, (a, b) => {
        expect(areFormsOfOneName(a, b)).toBe(areFormsOfOneName(b, a));
        expect(areFormsOfOneName(a, a)).toBe(true);
      }),
    );
  });
});
