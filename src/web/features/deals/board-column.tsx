import type { ReactElement, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { BoardColumn as Column } from "../../api/deal-types.ts";
import { useLocale, usePick } from "../../i18n/use-locale.ts";
import { formatCents } from "../../ui/money.ts";

/** A stage: its name, how many deals, their sum and what they are expected to bring. */
export function BoardColumn(props: {
  column: Column;
  dropTarget: boolean;
  children: ReactNode;
}): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const pick = usePick();
  const { column } = props;
  const headingId = `stage-${column.stage.key}`;
  return (
    <section
      className={`board-column${props.dropTarget ? " drop-target" : ""}`}
      data-stage={column.stage.key}
      aria-labelledby={headingId}
    >
      <header className="board-column-head">
        <h2 id={headingId}>
          {pick(column.stage.label)}
          <span className="count">
            <span aria-hidden="true">{column.count}</span>
            <span className="visually-hidden">{t("deals.columnCount", { count: column.count })}</span>
          </span>
        </h2>
        <p className="board-sums">
          <strong>{formatCents(locale, column.valueCents)}</strong>
          <span className="muted small">
            {t("deals.weighted", { value: formatCents(locale, column.weightedCents) })}
          </span>
        </p>
      </header>
      {column.deals.length === 0 ? <p className="board-empty">{t("deals.emptyColumn")}</p> : null}
      <ul className="board-cards">{props.children}</ul>
    </section>
  );
}
