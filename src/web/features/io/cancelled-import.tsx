import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type ReactElement, useEffect } from "react";
import { useTranslation } from "react-i18next";
import type { Locale } from "../../../core/locale.ts";
import { isApiError } from "../../api/api-error.ts";
import { getImportRun } from "../../api/io.ts";
import { keys } from "../../api/keys.ts";
import { runCountValues } from "./run-counts.ts";

/** How often the page asks after a cancelled import, and how long it waits for it to appear. */
const POLL_MS = 500;
const NOT_FOUND_POLLS = 10;

/**
 * After Cancel: the upload is cut off, so its report never arrives. The server finishes the batch
 * it is writing and records the end of the import; this asks until it has, then says what stayed.
 */
export function CancelledImport({ runId, locale }: { runId: string; locale: Locale }): ReactElement {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const run = useQuery({
    queryKey: keys.importRun(runId),
    queryFn: ({ signal }) => getImportRun(runId, signal),
    retry: false,
    refetchInterval: (query) => {
      const { data, error, errorUpdateCount } = query.state;
      if (data) return data.state === "running" ? POLL_MS : false;
      // Not found yet: the upload may have been cut off before the server started the import.
      if (isApiError(error) && error.status === 404)
        return errorUpdateCount < NOT_FOUND_POLLS ? POLL_MS : false;
      return error ? false : POLL_MS;
    },
  });
  const { data } = run;
  const ended = data !== undefined && data.state !== "running";
  useEffect(() => {
    // What the import stored shows up everywhere else at once, and in the list below.
    if (ended) void queryClient.invalidateQueries();
  }, [ended, queryClient]);

  const notFound = isApiError(run.error) && run.error.status === 404;
  const stillAsking = run.isPending || (notFound && run.errorUpdateCount < NOT_FOUND_POLLS);
  let message: string;
  if (data?.state === "complete") message = t("io.cancelledTooLate", runCountValues(locale, data));
  else if (data && ended) message = t("io.cancelledStored", runCountValues(locale, data));
  else if (data || stillAsking) message = t("io.cancelling");
  else if (notFound) message = t("io.cancelledNothing");
  else message = t("io.cancelled");
  return (
    <p className="notice caution" role="status">
      {message}
    </p>
  );
}
