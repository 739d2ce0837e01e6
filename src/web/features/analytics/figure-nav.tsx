import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { AnalyticsFigureKey, AnalyticsScope } from "../../api/analytics.ts";
import { FIGURES } from "./figures.ts";

/** The six figures as a row of tabs-like links; the scope travels along. */
export function FigureNav({
  current,
  scope,
}: {
  current: AnalyticsFigureKey | null;
  scope: AnalyticsScope;
}): ReactElement {
  const { t } = useTranslation();
  return (
    <nav className="figure-nav" aria-label={t("analytics.figures")}>
      <ul>
        {FIGURES.map((figure) => (
          <li key={figure}>
            <Link
              href={`/analytics/${figure}${scope === "team" ? "?scope=team" : ""}`}
              className="figure-nav-link"
              aria-current={figure === current ? "page" : undefined}
            >
              {t(`analytics.figure.${figure}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
