// Tender outcomes by the relationship coverage the team had built before the tender was published:
// when offers are comparable, the award goes to whoever built trust beforehand (PRODUCT.md). Coverage
// is the same weighted score as on the tender page (docs/decisions/045), fed with every
// stakeholder's warmth on the eve of publication (services/analytics/outcomes.ts coverageDay).
import { type Influence, type StakeholderRole, scoreCoverage, warmthBand } from "../coverage/index.ts";
import type { IsoDate } from "../dates.ts";
import type { FigureBody, FigureRow } from "./figure.ts";
import { CAUTION_COLUMN, OUTCOME_COLUMNS, outcomeRows } from "./outcome-rows.ts";
import { NOUNS, tableCaution } from "./small-sample.ts";
import { roundTo } from "./stats.ts";

export interface StakeholderAtPublication {
  role: StakeholderRole;
  influence: Influence;
  /** Warmth as of the day coverage is judged (the eve of publication). */
  warmth: number;
}

export interface DecidedTender {
  id: string;
  status: "won" | "lost";
  /** The day coverage is judged: the eve of (expected) publication, never after the decision. */
  publicationOn: IsoDate;
  stakeholders: readonly StakeholderAtPublication[];
}

export function coverageAtPublication(tender: DecidedTender): number {
  const stakeholders = tender.stakeholders.map((s, i) => ({
    personId: String(i),
    name: "",
    role: s.role,
    influence: s.influence,
    warmth: s.warmth,
    lastContactAt: null,
  }));
  return scoreCoverage(stakeholders, tender.publicationOn).score;
}

export function tendersByCoverage(tenders: readonly DecidedTender[], withoutPublication = 0): FigureBody {
  const scored = tenders.map((t) => ({ status: t.status, coverage: coverageAtPublication(t) }));
  const averageOf = (members: typeof scored): FigureRow => ({
    averageCoverage:
      members.length === 0 ? null : roundTo(members.reduce((s, m) => s + m.coverage, 0) / members.length, 1),
  });
  const rows = outcomeRows(scored, (t) => warmthBand(t.coverage), NOUNS.tenders, averageOf);
  const skipped =
    withoutPublication > 0
      ? {
          de: ` ${withoutPublication} entschiedene ${withoutPublication === 1 ? "Ausschreibung" : "Ausschreibungen"} ohne Veröffentlichungsdatum ${withoutPublication === 1 ? "fehlt" : "fehlen"}.`,
          en: ` ${withoutPublication} decided ${withoutPublication === 1 ? "tender" : "tenders"} without a publication date ${withoutPublication === 1 ? "is" : "are"} left out.`,
        }
      : { de: "", en: "" };
  return {
    title: {
      de: "Ausschreibungen nach Beziehungsabdeckung vor der Veröffentlichung",
      en: "Tenders by relationship coverage before publication",
    },
    columns: [
      ...OUTCOME_COLUMNS,
      { key: "averageCoverage", label: { de: "Ø Beziehungsabdeckung", en: "Avg. coverage" }, unit: "count" },
      CAUTION_COLUMN,
    ],
    rows,
    chart: { kind: "bar", x: "label", y: ["winRate"] },
    caution: tableCaution(rows, tenders.length, NOUNS.tenders),
    note: {
      de: `Beziehungsabdeckung aus der Wärme aller Beteiligten am Vortag der Veröffentlichung (oder der erwarteten Veröffentlichung).${skipped.de}`,
      en: `Coverage from every stakeholder's warmth on the eve of publication (or of the expected publication).${skipped.en}`,
    },
    highlights: [],
    sections: {},
  };
}
