import i18next from "i18next";
import type { ExportDelimiter } from "../../core/export-delimiter.ts";
import type { DuplicateGroupsBody } from "../../http/routes/duplicates.ts";
import type { ImportReportBody } from "../../http/routes/import.ts";
import type { ImportRunBody, UndoneImportBody } from "../../http/routes/import-history.ts";
import { ApiError } from "./api-error.ts";
import { api, appLanguage, queryString, safeJson, toApiError } from "./client.ts";
import type { PeopleFilter } from "./people.ts";
import { markSignedOut } from "./session.ts";

/** What `POST /api/import` answers: every row accounted for. */
export type ImportReport = ImportReportBody;

/** What to do with a row that matches someone, as the API names it. */
export type DuplicatePolicy = ImportReport["onDuplicate"];
/** Every policy, in the order the page offers them; the API's type keeps the list in step. */
export const DUPLICATE_POLICIES = ["merge", "skip", "create"] as const satisfies readonly DuplicatePolicy[];

/** An import in the user's history: what it stored, and whether it ran to the end of its file. */
export type ImportRun = ImportRunBody;

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
  options: {
    onDuplicate: DuplicatePolicy;
    mapping: Record<string, string> | null;
    runId?: string;
    /** Rows decided otherwise than onDuplicate, by file line. */
    choices?: ReadonlyMap<number, DuplicatePolicy>;
  },
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<T> {
  // Only the columns the user changed; the server detects the rest again from the same file. None
  // chosen yet (null): the server applies what the user kept for files with these headers; an empty
  // choice ({}) is sent, so going back to the detected mapping also forgets the kept one.
  const mapping = options.mapping === null ? undefined : JSON.stringify(options.mapping);
  // A preview answers for the same policy and choices the import would run with.
  const query = queryString({
    filename: file.name,
    onDuplicate: options.onDuplicate,
    mapping,
    runId: mode === "import" ? options.runId : undefined,
    choices: choicesParam(options.choices),
  });
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

/** Choices as the query writes them ("14:create,20:skip"); none: left out. */
function choicesParam(choices: ReadonlyMap<number, DuplicatePolicy> | undefined): string | undefined {
  if (!choices || choices.size === 0) return undefined;
  return [...choices].map(([line, policy]) => `${line}:${policy}`).join(",");
}

/** The user's last imports, newest first. */
export function listImportRuns(signal?: AbortSignal): Promise<{ items: ImportRun[] }> {
  return api<{ items: ImportRun[] }>("/api/imports", { signal });
}

export function getImportRun(id: string, signal?: AbortSignal): Promise<ImportRun> {
  return api<ImportRun>(`/api/imports/${encodeURIComponent(id)}`, { signal });
}

/** People who may be one person twice, and why. */
export function listDuplicateGroups(signal?: AbortSignal): Promise<DuplicateGroupsBody> {
  return api<DuplicateGroupsBody>("/api/duplicates", { signal });
}

/** What undoing an import removed and what stays. */
export type UndoneImport = UndoneImportBody;

export function undoImportRun(id: string): Promise<UndoneImport> {
  return api<UndoneImport>(`/api/imports/${encodeURIComponent(id)}/undo`, { method: "POST", body: {} });
}

/**
 * A random (version 4) UUID naming an import before it starts, so that after a cancelled upload
 * the page can ask what was stored. `crypto.randomUUID` exists only on HTTPS and localhost; a
 * server reached by plain HTTP on the office network still has `getRandomValues`.
 */
export function newRunId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** One contact as a vCard file named after them, for a phone's address book (vCard 3.0). */
export function contactCardUrl(personId: string): string {
  return `/api/people/${encodeURIComponent(personId)}/vcard${queryString({ lang: appLanguage() })}`;
}

/**
 * Where the browser downloads an export; the server streams it with a file name. With the
 * contacts list's filters, it holds the contacts the list shows (in name order, whatever the list's).
 * A plain link sends the browser's language, not the app's: `lang` names the app's, which picks the
 * CSV's headers, date format and (unless given) delimiter.
 */
export function exportUrl(
  format: "vcard" | "csv" | "json",
  filter: Omit<PeopleFilter, "sort"> = {},
  delimiter?: ExportDelimiter,
): string {
  const { companyId, tag, stance, stage } = filter;
  return `/api/export${queryString({ format, companyId, tag, stance, stage, delimiter, lang: appLanguage() })}`;
}
