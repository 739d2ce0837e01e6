import type { Localized } from "../locale.ts";
import type { FactCategory, OpenLoopKind } from "../vocabulary.ts";

// Personal facts a salesperson learns over the years. `{date}` is filled with `refersTo`; a
// template with `loop` also leaves an open loop behind ("ask how the race went"). No health,
// religion or politics: the demo should not teach people to record special categories (Art. 9 GDPR).

export interface FactTemplate {
  id: string;
  category: FactCategory;
  text: Localized;
  /** What an interaction summary says was talked about. */
  topic: Localized;
  /** The day the fact refers to, in days from today. */
  refersTo?: readonly [min: number, max: number];
  /** A follow-up, due `after` days after refersTo. */
  loop?: { kind: OpenLoopKind; text: Localized; after: number };
}

const t = (
  id: string,
  category: FactCategory,
  de: string,
  en: string,
  topicDe: string,
  topicEn: string,
  extra: Pick<FactTemplate, "refersTo" | "loop"> = {},
): FactTemplate => ({ id, category, text: { de, en }, topic: { de: topicDe, en: topicEn }, ...extra });

const loop = (kind: OpenLoopKind, de: string, en: string, after: number) => ({
  kind,
  text: { de, en },
  after,
});

// biome-ignore format: a catalogue reads better one entry per line
export const FACT_CATALOGUE: readonly FactTemplate[] = [
  t("half-marathon", "hobby", "Läuft Halbmarathon; nächster Lauf am {date}", "Runs half marathons; next race on {date}", "das Halbmarathon-Training", "half-marathon training", { refersTo: [-12, 30], loop: loop("ask", "Fragen, wie der Halbmarathon am {date} gelaufen ist", "Ask how the half marathon on {date} went", 1) }),
  t("sailing", "hobby", "Segelt am Wochenende auf dem Chiemsee", "Goes sailing most weekends", "das Segeln", "sailing"),
  t("golf", "hobby", "Spielt Golf, Handicap 18", "Plays golf, handicap 18", "Golf", "golf"),
  t("cycling", "hobby", "Fährt Rennrad, diesen Sommer über die Alpen", "Road cyclist; rode across the Alps this summer", "die Alpenüberquerung mit dem Rennrad", "the Alps ride"),
  t("bees", "hobby", "Imkert im eigenen Garten – hat uns Honig mitgebracht", "Keeps bees; brought us a jar of honey", "die Bienen", "the bees"),
  t("vinyl", "hobby", "Sammelt Schallplatten, vor allem Jazz", "Collects vinyl records, mostly jazz", "Jazzplatten", "jazz records"),
  t("handball", "hobby", "Spielt Handball in der Altherrenmannschaft", "Plays five-a-side football on Thursdays", "den Mannschaftssport", "the Thursday game"),
  t("cooking", "hobby", "Kocht leidenschaftlich gern italienisch", "Loves cooking Italian food", "italienische Küche", "Italian cooking"),
  t("hiking", "hobby", "Wandert jedes Jahr eine Woche in den Dolomiten", "Spends a week hiking in the Dolomites every year", "die Dolomiten-Wanderung", "the Dolomites trip"),
  t("green-tea", "preference", "Trinkt keinen Kaffee, lieber grünen Tee", "Doesn't drink coffee – green tea instead", "Teesorten", "tea"),
  t("vegetarian", "preference", "Isst vegetarisch – bei Einladungen daran denken", "Vegetarian – remember when booking restaurants", "vegetarische Restaurants", "vegetarian restaurants"),
  t("bvb", "preference", "Fan von Borussia Dortmund, hat eine Dauerkarte", "Big football fan, season ticket holder", "Fußball", "football"),
  t("late-calls", "preference", "Mag keine Telefonate vor 9 Uhr – lieber ab 10", "Prefers calls after 10 am", "den Arbeitsrhythmus", "working hours"),
  t("short-mails", "preference", "Lieber kurze E-Mails mit Stichpunkten als lange Meetings", "Prefers short bullet-point emails to long meetings", "effiziente Meetings", "meeting culture"),
  t("rioja", "preference", "Trinkt gern Rotwein aus dem Rioja", "Enjoys Rioja red wine", "Wein aus dem Rioja", "Rioja wine"),
  t("restaurant", "preference", "Lieblingsrestaurant: Zum Schwarzen Adler in der Altstadt", "Favourite restaurant: The Old Vine near the office", "Restaurants in der Stadt", "restaurants in town"),
  t("moved", "life_event", "Ist im Frühjahr umgezogen, wohnt jetzt mit Garten am Stadtrand", "Moved house in spring; now has a garden", "den Umzug und den neuen Garten", "the move and the new garden"),
  t("married", "life_event", "Hat am {date} geheiratet", "Got married on {date}", "die Hochzeit", "the wedding", { refersTo: [-220, -30] }),
  t("house", "life_event", "Baut ein Haus, Einzug geplant am {date}", "Building a house; moving in on {date}", "den Hausbau", "the house build", { refersTo: [10, 120], loop: loop("do", "Zum Einzug ins neue Haus gratulieren", "Congratulate on moving into the new house", 0) }),
  t("promoted", "life_event", "Wurde am {date} befördert und verantwortet jetzt zwei Standorte", "Promoted on {date}; now responsible for two sites", "die neue Rolle", "the new role", { refersTo: [-160, -10] }),
  t("grandchild", "life_event", "Erwartet das erste Enkelkind, um den {date} herum", "First grandchild due around {date}", "das erste Enkelkind", "the first grandchild", { refersTo: [-10, 50], loop: loop("do", "Zum Enkelkind gratulieren", "Congratulate on the grandchild", 7) }),
  t("sabbatical", "life_event", "War drei Monate im Sabbatical (Neuseeland), zurück seit {date}", "Took a three-month sabbatical in New Zealand; back since {date}", "das Sabbatical in Neuseeland", "the sabbatical in New Zealand", { refersTo: [-120, -20] }),
  t("hannover-messe", "shared_experience", "Auf der Hannover Messe gemeinsam an der Standparty – bis spät über Segeln geredet", "Met at the Hannover Messe stand party – talked about sailing until late", "die Messe", "the trade fair", { refersTo: [-300, -150] }),
  t("company-run", "shared_experience", "Zusammen beim Firmenlauf am {date} gelaufen", "Ran the corporate 5k together on {date}", "den Firmenlauf", "the corporate run", { refersTo: [-200, -40] }),
  t("traffic-jam", "shared_experience", "Nach der Werksbesichtigung am {date} gemeinsam im Stau – eine Stunde über Fußball geredet", "Stuck in traffic together after the plant tour on {date} – an hour of football talk", "die Werksbesichtigung", "the plant tour", { refersTo: [-250, -30] }),
  t("stadium", "shared_experience", "Beim Kundenevent im Stadion am {date} zusammen das Spiel geschaut", "Watched the match together at our customer event on {date}", "das Stadion-Event", "the stadium event", { refersTo: [-180, -20] }),
  t("aachen", "shared_experience", "Beide haben in Aachen studiert – dieselben Professoren gehabt", "We both studied engineering at the same university", "die Studienzeit", "university days"),
  t("jubilee", "important_date", "25 Jahre im Unternehmen am {date}", "25 years with the company on {date}", "das Firmenjubiläum", "the work anniversary", { refersTo: [3, 45], loop: loop("do", "Zum 25-jährigen Firmenjubiläum gratulieren", "Congratulate on 25 years with the company", 0) }),
  t("wedding-anniversary", "important_date", "Hochzeitstag am {date}", "Wedding anniversary on {date}", "den Hochzeitstag", "the anniversary", { refersTo: [-100, 200] }),
  t("retirement", "important_date", "Geht am {date} in den Ruhestand – Nachfolge klären", "Retires on {date} – find out who takes over", "den Ruhestand", "retirement plans", { refersTo: [60, 300], loop: loop("ask", "Nachfolge vor dem Ruhestand klären", "Find out who succeeds before the retirement", -45) }),
  t("holiday", "important_date", "Im Urlaub bis {date}, danach wieder erreichbar", "On holiday until {date}", "den Urlaub", "the holiday", { refersTo: [2, 20], loop: loop("do", "Nach dem Urlaub wegen des Angebots melden", "Follow up on the offer after the holiday", 1) }),
  t("dog", "other", "Hat einen Berner Sennenhund namens Bruno", "Has a Bernese mountain dog called Bruno", "Hund Bruno", "Bruno the dog"),
  t("italian", "other", "Spricht fließend Italienisch, die Mutter stammt aus Verona", "Speaks fluent Italian; mother is from Verona", "Italien", "Italy"),
  t("fire-brigade", "other", "Engagiert sich bei der Freiwilligen Feuerwehr", "Volunteers with the local lifeboat crew", "das Ehrenamt", "volunteering"),
  t("camper", "other", "Restauriert einen alten VW-Bus, Baujahr 1978", "Restores a 1978 VW camper van", "den VW-Bus", "the camper van"),
  t("teenagers", "family", "Hat zwei Kinder im Teenageralter", "Has two teenage children", "die Kinder", "the kids"),
  t("parents-farm", "family", "Die Eltern haben einen Hof im Nachbarort, hilft oft bei der Ernte", "Parents run a farm nearby; helps out at harvest", "den Hof der Eltern", "the family farm"),
  t("daughter-studies", "family", "Tochter studiert in Wien", "Daughter is at university in Edinburgh", "das Studium der Tochter", "the daughter's studies"),
];

export function factTemplate(id: string): FactTemplate {
  const template = FACT_CATALOGUE.find((f) => f.id === id);
  if (!template) throw new Error(`unknown fact template ${id}`);
  return template;
}
