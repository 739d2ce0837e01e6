import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import type { AnalyticsScope } from "../../api/analytics.ts";

const SCOPES = ["me", "team"] as const satisfies readonly AnalyticsScope[];

/** My numbers or the team's (owners and admins only; the team view has no private rows). */
export function ScopeSwitch(props: {
  value: AnalyticsScope;
  onChange: (next: AnalyticsScope) => void;
}): ReactElement {
  const { t } = useTranslation();
  return (
    <fieldset className="segmented segmented-labelled scope-switch">
      <legend className="field-label">{t("analytics.scope")}</legend>
      {SCOPES.map((scope) => (
        <button
          key={scope}
          type="button"
          aria-pressed={props.value === scope}
          onClick={() => props.onChange(scope)}
        >
          {t(`analytics.scopeValue.${scope}`)}
        </button>
      ))}
    </fieldset>
  );
}
