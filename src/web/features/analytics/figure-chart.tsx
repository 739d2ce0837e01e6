import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import type { FigureTable } from "../../../core/analytics/index.ts";
import { useLocale, usePick } from "../../i18n/use-locale.ts";
import { Chart } from "../../ui/chart/chart.tsx";
import { chartPanels, domainOf, formatTick, formatValue, numeric } from "./figure-format.ts";

/** A figure table drawn as its chart hint says: one chart per unit, small samples pale. */
export function FigureChart({ table }: { table: FigureTable }): ReactElement | null {
  const { t } = useTranslation();
  const locale = useLocale();
  const pick = usePick();
  const column = (key: string) => table.columns.find((c) => c.key === key);
  const xLabel = pick(column(table.chart.x)?.label ?? { de: "", en: "" });
  const categories = table.rows.map((row) => formatValue(row[table.chart.x] ?? null, "label", locale));
  const muted = table.rows.map((row) => row.smallSample === true);
  const panels = chartPanels(table).filter((panel) =>
    panel.keys.some((key) => table.rows.some((row) => numeric(row[key]) !== null)),
  );
  if (panels.length === 0) return null;
  return (
    <div className={panels.length > 1 ? "chart-panels" : undefined}>
      {panels.map((panel) => {
        const series = panel.keys.map((key) => ({
          key,
          label: pick(column(key)?.label ?? { de: key, en: key }),
          values: table.rows.map((row) => numeric(row[key])),
        }));
        const names = series.map((s) => s.label).join(", ");
        return (
          <Chart
            key={panel.keys.join()}
            kind={table.chart.kind}
            title={panels.length > 1 ? `${pick(table.title)}: ${names}` : pick(table.title)}
            description={t(`analytics.chartDesc.${table.chart.kind}`, { series: names, x: xLabel })}
            categories={categories}
            muted={muted}
            series={series}
            domain={domainOf(panel.unit)}
            formatTick={(value) => formatTick(value, panel.unit, locale)}
            formatValue={(value) => formatValue(value, panel.unit, locale)}
            mutedLabel={t("analytics.smallSample")}
          />
        );
      })}
    </div>
  );
}
