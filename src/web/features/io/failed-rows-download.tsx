import { type ReactElement, useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Locale } from "../../../core/locale.ts";
import type { ImportReport } from "../../api/io.ts";
import { formatNumber } from "../../i18n/format.ts";

type FailedRowsFile = NonNullable<ImportReport["failedRows"]>;

/** "kontakte.csv" → "kontakte-fehlerhaft.csv". */
function failedFileName(fileName: string | null, suffix: string): string {
  const base = (fileName ?? "import").replace(/\.[^.]*$/, "");
  return `${base}-${suffix}.csv`;
}

/**
 * The rows of a CSV import that failed, as a file: the user fixes them in a spreadsheet and imports
 * that file again. The server sends it with the answer and keeps nothing of it; the link points at
 * a copy in the browser's memory, released when the report goes.
 */
export function FailedRowsDownload({
  file,
  fileName,
  locale,
}: {
  file: FailedRowsFile;
  fileName: string | null;
  locale: Locale;
}): ReactElement {
  const { t } = useTranslation();
  const url = useMemo(
    () => URL.createObjectURL(new Blob([file.csv], { type: "text/csv;charset=utf-8" })),
    [file],
  );
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <div className="failed-rows">
      <a className="button small" href={url} download={failedFileName(fileName, t("io.failedRows.suffix"))}>
        {t("io.failedRows.download", { count: file.rows, formatted: formatNumber(locale, file.rows) })}
      </a>
      <p className="muted small">{t("io.failedRows.hint")}</p>
      {file.notIncluded > 0 ? (
        <p className="muted small">
          {t("io.failedRows.notIncluded", {
            count: file.notIncluded,
            formatted: formatNumber(locale, file.notIncluded),
          })}
        </p>
      ) : null}
    </div>
  );
}
