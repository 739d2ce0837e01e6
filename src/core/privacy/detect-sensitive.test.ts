import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATEGORY_EXPLANATIONS, SENSITIVE_CATEGORIES } from "./categories.ts";
import { detectSensitive } from "./detect-sensitive.ts";

const found = (text: string) => detectSensitive(text).map((f) => [f.category, f.match]);

describe("detectSensitive: stems, inflections and compounds", () => {
  it.each([
    ["Seine Krankheiten machen ihm zu schaffen", "health", "Krankheiten"],
    ["Sie ist seit März erkrankt", "health", "erkrankt"],
    ["Er war krank", "health", "krank"],
    ["Zwei Diagnosen stehen aus", "health", "Diagnosen"],
    ["She was diagnosed last year", "health", "diagnosed"],
    ["Die schwangere Kollegin", "health", "schwangere"],
    ["Schwangerschaft im dritten Monat", "health", "Schwangerschaft"],
    ["She is pregnant", "health", "pregnant"],
    ["Nach der Krebserkrankung", "health", "Krebserkrankung"],
    ["Ihre Mutter hat Brustkrebs", "health", "Brustkrebs"],
    ["Krebs-Patient seit 2020", "health", "Krebs"],
    ["He beat cancer", "health", "cancer"],
    ["Macht eine Physiotherapie", "health", "Physiotherapie"],
    ["struggles with depression", "health", "depression"],
    ["Er geht in die Kirche", "religion", "Kirche"],
    ["sehr religiös", "religion", "religiös"],
    ["Sie ist Muslimin", "religion", "Muslimin"],
    ["jüdische Feiertage", "religion", "jüdische"],
    ["a Jewish family", "religion", "Jewish"],
    ["goes to church on Sundays", "religion", "church"],
    ["Er ist CDU-Mitglied", "politics", "CDU"],
    ["wählt die Grünen", "politics", "Grünen"],
    ["Parteimitglied seit Jahren", "politics", "Parteimitglied"],
    ["Sie ist Mitglied einer Partei", "politics", "Partei"],
    ["Christlich Demokratische Union", "politics", "Christlich Demokratische Union"],
    ["a party member since 1990", "politics", "party member"],
    ["Aktiv in der Gewerkschaft", "union", "Gewerkschaft"],
    ["Er ist bei der IG Metall", "union", "IG Metall"],
    ["Mitglied bei ver.di", "union", "ver.di"],
    ["joined the trade union", "union", "trade union"],
    ["Seit der Scheidung", "sex_life", "Scheidung"],
    ["frisch geschieden", "sex_life", "geschieden"],
    ["recently divorced", "sex_life", "divorced"],
    ["Er ist schwul", "sex_life", "schwul"],
    ["his sexual orientation", "sex_life", "sexual"],
    ["türkischstämmig", "ethnic_origin", "türkischstämmig"],
    ["ethnic background", "ethnic_origin", "ethnic"],
    ["Hat einen Gentest gemacht", "biometric_genetic", "Gentest"],
    ["Er ist vorbestraft", "criminal", "vorbestraft"],
    ["auf Bewährung", "criminal", "Bewährung"],
    ["convicted of fraud", "criminal", "convicted"],
    ["So ein Idiot", "insult", "Idiot"],
    ["Der ist dumm", "insult", "dumm"],
    ["echt ein Arschloch", "insult", "Arschloch"],
    ["what a stupid move", "insult", "stupid"],
    ["total idiot", "insult", "idiot"],
    ["Vollidiot", "insult", "Vollidiot"],
    // Gaps closed with decision 080: inflections, compounds and English forms.
    ["Zwei Schlaganfälle in einem Jahr", "health", "Schlaganfälle"],
    ["sitzt im Rollstuhl", "health", "Rollstuhl"],
    ["uses a wheelchair since the accident", "health", "wheelchair"],
    ["hat Asthma", "health", "Asthma"],
    ["Nach der Knie-OP", "health", "OP"],
    ["wurde am Rücken operiert", "health", "operiert"],
    ["Sein Vater war Alkoholiker", "health", "Alkoholiker"],
    ["a recovering alcoholic", "health", "alcoholic"],
    ["Der Sohn ist autistisch", "health", "autistisch"],
    ["Tochter hat ADHS", "health", "ADHS"],
    ["Epileptiker, fährt kein Auto", "health", "Epileptiker"],
    ["nimmt Antidepressiva", "health", "Antidepressiva"],
    ["war beim Psychiater", "health", "Psychiater"],
    ["spielsüchtig", "health", "spielsüchtig"],
    ["drogenabhängige Schwester", "health", "drogenabhängige"],
    ["ist eine Transfrau", "sex_life", "Transfrau"],
    ["Er ist Sozialdemokrat", "politics", "Sozialdemokrat"],
    ["überzeugte Kommunistin", "politics", "Kommunistin"],
    ["So ein Lügner", "insult", "Lügner"],
    ["he is a liar", "insult", "liar"],
  ])("%s → %s", (text, category, match) => {
    expect(found(text)).toContainEqual([category, match]);
  });
});

describe("detectSensitive: false friends are not flagged", () => {
  it.each([
    ["zodiac sign (Sternzeichen Krebs)", "Sein Sternzeichen ist Krebs"],
    ["surname Krebs", "Termin mit Herrn Krebs und Frau Krebs"],
    ["crayfish on the menu", "Es gab Flusskrebse und Krebse"],
    ["town Kirchberg", "Werk in Kirchberg an der Jagst"],
    ["street address Kirchstraße", "Kirchstraße 4, Kirchheim"],
    ["Parteiverkehr (opening hours)", "Parteiverkehr Mo–Fr 8–12 Uhr"],
    ["Vertragspartei", "Die Vertragspartei haftet"],
    [
      "contract parties without politics near",
      "Die Parteien vereinbaren Folgendes. Die Auswahl trifft der Kunde.",
    ],
    ["Unionbank", "Konto bei der Unionbank"],
    ["European Union", "funded by the European Union"],
    ["European Union member states", "all European Union member states"],
    ["EU-Union", "die EU-Union"],
    ["Therapieraum", "Neuer Therapieraum für die Praxis"],
    ["Geburtstagsparty", "Einladung zur Geburtstagsparty"],
    ["birthday party", "invited to a birthday party"],
    ["third party", "a third party vendor, party to the contract"],
    ["Entscheidung / Unterscheidung", "Die Entscheidung fällt; keine Unterscheidung"],
    ["ausgeschieden (left the company)", "Er ist Ende Mai ausgeschieden"],
    ["Churchill", "a Churchill quote"],
    ["Church Street address", "12 Church Street"],
    ["im Grünen (countryside)", "Picknick im Grünen"],
    ["Verdi the composer", "liebt Verdi-Opern"],
    ["dummy", "crash test dummy, Dummys"],
    ["idiotensicher (foolproof)", "Die Bedienung ist idiotensicher"],
    ["our DNA", "Service is in our DNA"],
    ["browser fingerprint", "the browser fingerprint"],
    ["genetic algorithm", "uses a genetic algorithm"],
    ["Bewährungsprobe", "Das Projekt ist eine Bewährungsprobe"],
    ["strong convictions", "a man of strong convictions"],
    ["jailbreak", "how to jailbreak the phone"],
    ["Great Depression", "since the Great Depression"],
    ["tech evangelist", "unser Tech-Evangelist"],
    ["Christian as a first name", "Christian Meier"],
    ["lower-case cdu, grünen", "die grünen Äpfel"],
    ["race (marathon)", "how did the marathon race go"],
    ["coming out (a product)", "the new model is coming out in May"],
    ["Diagnosesoftware", "Diagnosesoftware für Maschinen"],
    ["Krankenkasse as customer", "Termin bei der Krankenkasse"],
    ["schwül (humid)", "heute ist es schwül"],
    ["Rollstuhlrampe (a building feature)", "Rollstuhlrampe für das neue Werk"],
    ["wheelchair ramp", "the wheelchair ramp at the entrance"],
    ["OP-Tisch (hospital equipment)", "Angebot für drei OP-Tische und OP-Leuchten"],
    ["pregnant pause", "after a pregnant pause he agreed"],
    ["Hindukusch", "Trekking im Hindukusch"],
    ["Die linke Spur at a sentence start", "Die Linke Spur war gesperrt"],
    ["Gay-Lussac", "Gay-Lussac's law"],
    ["Heroine (English)", "the heroine of the story"],
  ])("%s", (_name, text) => {
    expect(detectSensitive(text)).toEqual([]);
  });
});

describe("detectSensitive: findings", () => {
  it("reports categories with exact offsets, in text order", () => {
    const text = "Nach der Scheidung hatte Jan Krebs. Er ist in der SPD.";
    expect(detectSensitive(text)).toEqual([
      { category: "sex_life", match: "Scheidung", start: 9, end: 18 },
      { category: "health", match: "Krebs", start: 29, end: 34 },
      { category: "politics", match: "SPD", start: 50, end: 53 },
    ]);
    for (const f of detectSensitive(text)) expect(text.slice(f.start, f.end)).toBe(f.match);
  });

  it("finds every occurrence and gives the same answer when called again (no regex state leaks)", () => {
    const text = "krank, krank, krank";
    expect(detectSensitive(text)).toHaveLength(3);
    expect(detectSensitive(text)).toHaveLength(3);
  });

  it("returns nothing for an ordinary sales note", () => {
    expect(
      detectSensitive(
        "Angebot für 40 Lizenzen besprochen, Entscheidung im Juni. Tochter Mia spielt Fußball.",
      ),
    ).toEqual([]);
  });

  it("explains each category in German and English, citing the GDPR", () => {
    for (const category of SENSITIVE_CATEGORIES) {
      expect(CATEGORY_EXPLANATIONS[category].de).toMatch(/DSGVO/);
      expect(CATEGORY_EXPLANATIONS[category].en).toMatch(/GDPR/);
    }
    expect(CATEGORY_EXPLANATIONS.health.de).toContain("Gesundheitsdaten");
    expect(CATEGORY_EXPLANATIONS.health.de).toContain("Art. 9 DSGVO");
  });

  it("property: every finding is a slice of the text at its offsets", () => {
    const words = fc.constantFrom(
      "Krebs",
      "Kirche",
      "SPD",
      "Partei",
      "dumm",
      "Entscheidung",
      "ü",
      "-",
      " ",
      ".",
      "x",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string()), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        for (const f of detectSensitive(text)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(f.start, f.end)).toBe(f.match);
        }
      }),
    );
  });
});
