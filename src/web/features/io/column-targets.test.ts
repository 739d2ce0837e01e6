import i18next, { type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { isUserColumnChoice } from "../../../io/csv/user-mapping.ts";
import de from "../../i18n/de.json" with { type: "json" };
import en from "../../i18n/en.json" with { type: "json" };
import { describeTarget, IGNORE, targetGroups } from "./column-targets.ts";

describe("the mapping editor's targets", () => {
  let tDe: TFunction;
  let tEn: TFunction;
  beforeAll(async () => {
    const instance = i18next.createInstance();
    await instance.init({
      resources: { de: { translation: de }, en: { translation: en } },
      lng: "de",
      fallbackLng: false,
      interpolation: { escapeValue: false },
    });
    tDe = instance.getFixedT("de");
    tEn = instance.getFixedT("en");
  });

  it("offers only what the server accepts, each once, with a name in both languages", () => {
    for (const t of [tDe, tEn]) {
      const values = targetGroups(t, IGNORE).flatMap((group) => group.options.map((option) => option.value));
      expect(values.filter((value) => !isUserColumnChoice(value))).toEqual([]);
      expect(new Set(values).size).toBe(values.length);
      const labels = targetGroups(t, IGNORE).flatMap((group) => group.options.map((option) => option.label));
      // An untranslated key would show as its path.
      expect(labels.filter((label) => label.includes("io.mapping") || label.includes("channel."))).toEqual(
        [],
      );
    }
  });

  it("names targets as a user reads them", () => {
    expect(describeTarget(tDe, "email.home")).toBe("E-Mail · privat");
    expect(describeTarget(tEn, "street.work")).toBe("Street · work");
    expect(describeTarget(tDe, "phone.2.label")).toBe("Telefon · Nr. 2 (Bezeichnung)");
    expect(describeTarget(tEn, "related.partner")).toBe("Relatives · Partner");
    expect(describeTarget(tDe, "firstName")).toBe("Vorname");
    expect(describeTarget(tEn, IGNORE)).toBe("do not import");
  });

  it("keeps a detected target the catalogue lacks, as detected", () => {
    const groups = targetGroups(tEn, "email.3");
    expect(groups[1]).toEqual({
      label: "As detected",
      options: [{ value: "email.3", label: "Email · no. 3" }],
    });
    expect(targetGroups(tEn, "email.work").some((group) => group.label === "As detected")).toBe(false);
  });
});
