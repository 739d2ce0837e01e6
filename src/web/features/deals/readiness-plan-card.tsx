import { type ReactElement, useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { TenderView } from "../../api/deal-types.ts";
import { formatDay } from "../../i18n/format.ts";
import { useLocale, usePick } from "../../i18n/use-locale.ts";
import { Icon } from "../../ui/icons.tsx";

/** The touches before publication, while personal contact is still free; each one a tap from a log. */
export function ReadinessPlanCard({ tender }: { tender: TenderView }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const pick = usePick();
  const id = useId();
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{t("tender.planTitle")}</h2>
      <p className="muted small">{t("tender.planIntro")}</p>
      {tender.readinessPlan.length === 0 ? <p className="muted">{t("tender.planEmpty")}</p> : null}
      <ol className="plan-list">
        {tender.readinessPlan.map((touch) => (
          <li key={`${touch.date}:${touch.personId ?? "missing"}:${touch.round}`}>
            <time className="plan-date" dateTime={touch.date}>
              {formatDay(locale, touch.date, "short")}
            </time>
            <span>{pick(touch.text)}</span>
            {touch.personId ? (
              <span className="plan-actions">
                <Link href={`/people/${touch.personId}/briefing`} className="button small ghost">
                  <Icon name="briefing" size={18} /> {t("today.briefing")}
                </Link>
                <Link href={`/log?person=${touch.personId}`} className="button small">
                  <Icon name="log" size={18} /> {t("today.log")}
                </Link>
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
