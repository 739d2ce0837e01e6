import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { Icon } from "../../ui/icons.tsx";
import { useTitle } from "../../ui/use-title.ts";
import "./analytics.css";
import { FIGURES } from "./figures.ts";

/** "Wirkt Freundschaft?": the six figures, each a tap away. */
export function AnalyticsPage(): ReactElement {
  const { t } = useTranslation();
  useTitle(t("analytics.title"));
  return (
    <section className="page analytics-page">
      <header className="page-head">
        <h1>{t("analytics.title")}</h1>
        <p className="lead">{t("analytics.lead")}</p>
      </header>
      <ul className="figure-cards">
        {FIGURES.map((figure) => (
          <li key={figure}>
            <Link href={`/analytics/${figure}`} className="figure-card">
              <span className="figure-card-title">{t(`analytics.figure.${figure}`)}</span>
              <span className="muted">{t(`analytics.about.${figure}`)}</span>
              <span className="figure-card-go" aria-hidden="true">
                <Icon name="chart" size={20} />
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
