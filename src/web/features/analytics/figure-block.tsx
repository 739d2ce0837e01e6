import { type ReactElement, useId } from "react";
import { useTranslation } from "react-i18next";
import type { FigureTable } from "../../../core/analytics/index.ts";
import { type AnalyticsFigureKey, type AnalyticsScope, figureCsvUrl } from "../../api/analytics.ts";
import { usePick } from "../../i18n/use-locale.ts";
import { FigureChart } from "./figure-chart.tsx";
import { FigureTableView } from "./figure-table-view.tsx";

/** One table of a figure: its caution, the chart, the numbers and the same numbers as CSV. */
export function FigureBlock(props: {
  figure: AnalyticsFigureKey;
  scope: AnalyticsScope;
  table: FigureTable;
  /** A key of `sections`; the main table has none. */
  section?: string;
}): ReactElement {
  const { t } = useTranslation();
  const pick = usePick();
  const id = useId();
  const title = pick(props.table.title);
  return (
    <section className="card figure-block" aria-labelledby={id}>
      <div className="card-head">
        <h2 id={id}>{title}</h2>
        <a
          className="button small ghost"
          href={figureCsvUrl(props.figure, props.scope, props.section)}
          download
        >
          <span aria-hidden="true">{t("analytics.csv")}</span>
          <span className="visually-hidden">{t("analytics.csvLabel", { title })}</span>
        </a>
      </div>
      {props.table.caution ? (
        <p className="notice caution" role="note">
          {pick(props.table.caution)}
        </p>
      ) : null}
      <FigureChart table={props.table} />
      <FigureTableView table={props.table} />
    </section>
  );
}
