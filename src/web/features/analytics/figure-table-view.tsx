import { type ReactElement, useId } from "react";
import { useTranslation } from "react-i18next";
import type { FigureTable } from "../../../core/analytics/index.ts";
import { useLocale, usePick } from "../../i18n/use-locale.ts";
import { formatValue } from "./figure-format.ts";
import { tableNotes } from "./table-notes.ts";

/** The figure's numbers as a table: what the chart shows, exactly, and what it leaves out. */
export function FigureTableView({ table }: { table: FigureTable }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const pick = usePick();
  const captionId = useId();
  const { columns, rowNotes, notes } = tableNotes(table, locale);
  const [first, ...rest] = columns;
  return (
    <>
      {/* A wide table scrolls sideways on a phone; the keyboard must be able to scroll it too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs focus (WCAG 2.1.1) */}
      <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
        <table className="figure-table">
          <caption id={captionId} className="visually-hidden">
            {pick(table.title)}
          </caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  className={column.unit === "label" || column.unit === "text" ? undefined : "num"}
                >
                  {pick(column.label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, index) => {
              const small = row.smallSample === true;
              const note = rowNotes[index] ?? null;
              return (
                <tr
                  key={JSON.stringify(row[first?.key ?? ""] ?? null)}
                  className={small ? "small-sample" : undefined}
                >
                  {first ? (
                    <th scope="row">
                      {formatValue(row[first.key] ?? null, first.unit, locale)}
                      {note ? (
                        <sup className="note-mark">
                          <span className="visually-hidden">{t("analytics.noteMark")} </span>
                          {note}
                        </sup>
                      ) : null}
                      {small ? (
                        <span className="visually-hidden"> ({t("analytics.smallSampleRow")})</span>
                      ) : null}
                    </th>
                  ) : null}
                  {rest.map((column) => (
                    <td key={column.key} className={column.unit === "label" ? undefined : "num"}>
                      {formatValue(row[column.key] ?? null, column.unit, locale)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      {notes.length > 0 ? (
        <ol className="table-notes">
          {notes.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ol>
      ) : null}
    </>
  );
}
