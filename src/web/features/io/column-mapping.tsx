import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import type { Locale } from "../../../core/locale.ts";
import type { ImportReport } from "../../api/io.ts";
import { formatDateTime } from "../../i18n/format.ts";
import { IGNORE, targetGroups } from "./column-targets.ts";

type CsvDetection = NonNullable<ImportReport["csv"]>;

/**
 * "Spalten zuordnen": how this CSV's columns are read, one select per column. What the user
 * changes goes with the next preview and the import; everything else stays as detected. An import
 * keeps the changes for the next file with the same columns; such a file opens with them applied.
 */
export function ColumnMapping({
  csv,
  choices,
  locale,
  onChoose,
  onReset,
  disabled,
}: {
  csv: CsvDetection;
  choices: Record<string, string>;
  locale: Locale;
  onChoose: (header: string, target: string) => void;
  onReset: () => void;
  disabled: boolean;
}): ReactElement {
  const { t } = useTranslation();
  const headers = [...new Set(csv.headers.filter((header) => header !== ""))];
  return (
    <details className="column-mapping" open={Object.keys(choices).length > 0 || undefined}>
      <summary>{t("io.mapping.title", { count: headers.length })}</summary>
      <p className="muted small">{t("io.mapping.hint")}</p>
      {csv.savedMappingAt ? (
        <p className="small" role="status">
          {t("io.mapping.saved", { date: formatDateTime(locale, csv.savedMappingAt) })}
        </p>
      ) : null}
      {Object.keys(choices).length > 0 ? (
        <button type="button" className="button small ghost" disabled={disabled} onClick={onReset}>
          {t("io.mapping.reset")}
        </button>
      ) : null}
      <table className="mapping-table">
        <thead>
          <tr>
            <th scope="col">{t("io.mapping.column")}</th>
            <th scope="col">{t("io.mapping.target")}</th>
          </tr>
        </thead>
        <tbody>
          {headers.map((header, index) => {
            // Headers are the file's words ("constructor" too): only own entries count.
            const current = ownEntry(choices, header) ?? ownEntry(csv.mapping, header) ?? IGNORE;
            const id = `mapping-${index}`;
            return (
              <tr key={header}>
                <th scope="row">
                  <label htmlFor={id}>{header}</label>
                </th>
                <td>
                  <select
                    id={id}
                    value={current}
                    disabled={disabled}
                    onChange={(event) => onChoose(header, event.target.value)}
                  >
                    {targetGroups(t, current).map((group) => (
                      <optgroup key={group.label} label={group.label}>
                        {group.options.map((option) => (
                          <option key={option.value} value={option.value}>
                            {option.label}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}

function ownEntry(entries: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(entries, key) ? entries[key] : undefined;
}
