import { describe, expect, it } from "vitest";
import { type AddressFormChangeRequest, changeAddressForm, initialAddressFormState } from "./address-form.ts";

const TODAY = "2026-11-27";

function request(overrides: Partial<AddressFormChangeRequest> = {}): AddressFormChangeRequest {
  return {
    id: "afc-1",
    personId: "jan",
    form: "du",
    changedOn: "2026-11-20",
    offeredBy: "them",
    recordedAt: "2026-11-27T09:00:00.000Z",
    ...overrides,
  };
}

describe("changeAddressForm", () => {
  it("starts with Sie", () => {
    expect(initialAddressFormState()).toEqual({
      addressForm: "sie",
      addressFormSince: null,
      addressFormOfferedBy: null,
      history: [],
    });
  });

  it("records the customer's offer of the Du as a milestone, without any warning", () => {
    const result = changeAddressForm(initialAddressFormState(), request(), "Jan Becker", TODAY);
    if (!result.ok) throw new Error("expected the change to be accepted");
    expect(result.milestone).toEqual({
      de: "Jan Becker hat am 20. November 2026 das Du angeboten",
      en: "Jan Becker offered the Du on 20 November 2026",
    });
    expect(result.warnings).toEqual([]);
    expect(result.state).toMatchObject({
      addressForm: "du",
      addressFormSince: "2026-11-20",
      addressFormOfferedBy: "them",
    });
    expect(result.state.history).toEqual([result.change]);
  });

  it("accepts a Du the salesperson offered first, with a gentle note rather than a refusal", () => {
    const result = changeAddressForm(
      initialAddressFormState(),
      request({ offeredBy: "me" }),
      "Jan Becker",
      TODAY,
    );
    if (!result.ok) throw new Error("expected the change to be accepted");
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.de).toContain("bietet üblicherweise der Kunde das Du an");
    expect(result.warnings[0]?.en).toContain("usually the customer who offers the Du");
    expect(result.milestone.de).toBe("Sie haben Jan Becker am 20. November 2026 das Du angeboten");
  });

  it("keeps the history when going back to Sie, newest last", () => {
    const first = changeAddressForm(initialAddressFormState(), request(), "Jan Becker", TODAY);
    if (!first.ok) throw new Error("expected the change to be accepted");
    const back = changeAddressForm(
      first.state,
      request({ id: "afc-2", form: "sie", changedOn: "2026-11-25", offeredBy: null }),
      "Jan Becker",
      TODAY,
    );
    if (!back.ok) throw new Error("expected the change to be accepted");
    expect(back.state.history.map((change) => change.id)).toEqual(["afc-1", "afc-2"]);
    expect(back.milestone.de).toBe("Seit dem 25. November 2026 wieder per Sie mit Jan Becker");
    expect(back.warnings).toEqual([]);
  });

  it("refuses a change to the form already in use, a future date and a date before the last change", () => {
    const same = changeAddressForm(initialAddressFormState(), request({ form: "sie" }), "Jan Becker", TODAY);
    expect(same).toMatchObject({ ok: false, field: "form" });
    const future = changeAddressForm(
      initialAddressFormState(),
      request({ changedOn: "2026-12-01" }),
      "Jan Becker",
      TODAY,
    );
    expect(future).toMatchObject({ ok: false, field: "changedOn" });
    const invalid = changeAddressForm(
      initialAddressFormState(),
      request({ changedOn: "2026-02-30" }),
      "Jan Becker",
      TODAY,
    );
    expect(invalid).toMatchObject({ ok: false, field: "changedOn" });
    const first = changeAddressForm(initialAddressFormState(), request(), "Jan Becker", TODAY);
    if (!first.ok) throw new Error("expected the change to be accepted");
    const earlier = changeAddressForm(
      first.state,
      request({ form: "sie", changedOn: "2026-11-01" }),
      "Jan Becker",
      TODAY,
    );
    expect(earlier).toMatchObject({ ok: false, field: "changedOn" });
    if (!earlier.ok) expect(earlier.error.de).toContain("20. November 2026");
  });
});
