import i18next from "i18next";
import type { ImportReportBody } from "../../http/routes/io.ts";
import { ApiError } from "./api-error.ts";
import { queryString, safeJson, toApiError } from "./client.ts";
import { markSignedOut } from "./session.ts";

export type DuplicatePolicy = "merge" | "skip" | "create";

/** What `POST /api/import` answers: every row accounted for. */
export type ImportReport = ImportReportBody;

/** What `POST /api/import/preview` answers: the same, with the first records of the file. */
export interface ImportPreview extends ImportReport {
  samples: Array<{
    line: number;
    row: number | null;
    record: { firstName?: string; lastName?: string; organisation?: string | null };
  }>;
}

const UPLOAD_TYPES: Record<string, string> = {
  vcf: "text/vcard",
  vcard: "text/vcard",
  csv: "text/csv",
  tsv: "text/tab-separated-values",
};

/**
 * Sends the file itself as the body, as the API wants it. XMLHttpRequest rather than fetch: only
 * it reports upload progress, and the server reads, checks and writes while the file arrives, so
 * the bytes sent are the import's progress. Aborting the signal stops the upload; the server then
 * keeps the batches already written and reports the rest as not read.
 */
export function uploadImport<T extends ImportReport>(
  mode: "preview" | "import",
  file: File,
  options: { onDuplicate: DuplicatePolicy; mapping: Record<string, string> },
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<T> {
  // Only the columns the user changed; the server detects the rest again from the same file.
  const mapping = Object.keys(options.mapping).length > 0 ? JSON.stringify(options.mapping) : undefined;
  const query =
    mode === "preview"
      ? queryString({ filename: file.name, mapping })
      : queryString({ filename: file.name, onDuplicate: options.onDuplicate, mapping });
  const path = mode === "preview" ? "/api/import/preview" : "/api/import";
  const extension = file.name.split(".").at(-1)?.toLowerCase() ?? "";
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", `${path}${query}`);
    request.setRequestHeader("accept", "application/json");
    request.setRequestHeader("accept-language", i18next.language === "en" ? "en" : "de");
    request.setRequestHeader("content-type", UPLOAD_TYPES[extension] ?? "application/octet-stream");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status === 401) markSignedOut();
      const data = request.responseText ? safeJson(request.responseText) : undefined;
      if (request.status >= 200 && request.status < 300) resolve(data as T);
      else reject(toApiError(request.status, data));
    };
    request.onerror = () => reject(new ApiError(0, "network", i18next.t("errors.network")));
    request.onabort = () => reject(new DOMException("The upload was cancelled", "AbortError"));
    signal.addEventListener("abort", () => request.abort(), { once: true });
    request.send(file);
  });
}

/** Where the browser downloads a whole export; the server streams it with a file name. */
export function exportUrl(format: "vcard" | "csv" | "json"): string {
  return `/api/export${queryString({ format })}`;
}
