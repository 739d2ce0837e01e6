import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type ReactElement, useId } from "react";
import { useTranslation } from "react-i18next";
import type { PhoneCountry } from "../../../core/duplicates/phone-country.ts";
import { isApiError } from "../../api/api-error.ts";
import { keys } from "../../api/keys.ts";
import { getMe } from "../../api/misc.ts";
import { isWorkspaceAdmin } from "../../api/roles.ts";
import { PHONE_COUNTRIES } from "../../api/vocabulary.ts";
import { getWorkspaceSettings, updateWorkspaceSettings } from "../../api/workspace.ts";
import { ErrorNote, FieldError } from "../../ui/status.tsx";

/**
 * The workspace's country for phone numbers written without a country code, beside the import and
 * the duplicates it decides about: "0171 …" and "+49 171 …" are one number only with Germany as
 * home. Everyone sees it; owners and admins change it.
 */
export function PhoneCountrySetting(): ReactElement {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const me = useQuery({ queryKey: keys.me, queryFn: ({ signal }) => getMe(signal), staleTime: Infinity });
  const settings = useQuery({
    queryKey: keys.workspaceSettings,
    queryFn: ({ signal }) => getWorkspaceSettings(signal),
  });
  const change = useMutation({
    mutationFn: (phoneCountry: PhoneCountry) => updateWorkspaceSettings({ phoneCountry }),
    onSuccess: (saved) => {
      queryClient.setQueryData(keys.workspaceSettings, saved);
      // Every stored number was compared anew: duplicate lists and person pages may have changed.
      void queryClient.invalidateQueries({ queryKey: ["people"] });
      void queryClient.invalidateQueries({ queryKey: ["person"] });
    },
  });
  const canChange = me.data ? me.data.canWrite && isWorkspaceAdmin(me.data.role) : false;
  const error = isApiError(change.error) ? change.error : null;
  const fieldMessage = error?.fieldMessage("phoneCountry");

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("io.phoneCountry.title")}</h2>
      <p className="muted small" id={`${id}-hint`}>
        {t("io.phoneCountry.hint")}
      </p>
      {settings.data ? (
        <>
          <label className="field-label" htmlFor={id}>
            {t("io.phoneCountry.label")}
          </label>
          <select
            id={id}
            value={settings.data.phoneCountry}
            disabled={!canChange || change.isPending}
            aria-describedby={`${id}-hint${fieldMessage ? ` ${id}-err` : ""}`}
            onChange={(event) => change.mutate(event.target.value as PhoneCountry)}
          >
            {PHONE_COUNTRIES.map((code) => (
              <option key={code} value={code}>
                {t(`io.phoneCountry.countries.${code}`)}
              </option>
            ))}
          </select>
        </>
      ) : null}
      {me.data && !canChange ? <p className="muted small">{t("io.phoneCountry.onlyAdmins")}</p> : null}
      {change.isSuccess ? (
        <p className="muted small" role="status">
          {t("io.phoneCountry.saved")}
        </p>
      ) : null}
      <FieldError id={`${id}-err`} message={fieldMessage} />
      {change.error && !fieldMessage ? <ErrorNote error={change.error} /> : null}
      {settings.error ? <ErrorNote error={settings.error} /> : null}
    </section>
  );
}
