import { Fragment, type ReactElement, useId } from "react";
import { useTranslation } from "react-i18next";
import type { TenderDetails, TenderView } from "../../api/deal-types.ts";
import { formatDay } from "../../i18n/format.ts";
import { useLocale, usePick } from "../../i18n/use-locale.ts";
import { formatCents } from "../../ui/money.ts";

const DATES = [
  "expectedPublicationOn",
  "publishedOn",
  "participationDeadline",
  "questionDeadline",
  "submissionDeadline",
  "awardNoticeSentOn",
  "awardedOn",
  "cancelledOn",
] as const satisfies readonly (keyof TenderDetails)[];

// Two-stage procedures have a participation period; single-stage ones do not, so an empty
// participation line is left out rather than shown as "not yet known".
const OPTIONAL_DATES = new Set<string>([
  "participationDeadline",
  "cancelledOn",
  "awardNoticeSentOn",
  "awardedOn",
]);

/** The procedure, its dates, the statutory minimum periods and their checks, and the EU threshold. */
export function TenderDatesCard({
  details,
  tender,
}: {
  details: TenderDetails;
  tender: TenderView;
}): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const pick = usePick();
  const id = useId();
  const earliest = tender.earliestDeadlines;
  const threshold = tender.euThreshold;
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{t("tender.datesTitle")}</h2>
      <dl className="facts-dl">
        <dt>{t("tender.procedure")}</dt>
        <dd>{t(`tender.procedureType.${details.procedure}`)}</dd>
        <dt>{t("tender.electronic")}</dt>
        <dd>{t(details.electronic ? "tender.yes" : "tender.no")}</dd>
        {DATES.filter((key) => details[key] !== null || !OPTIONAL_DATES.has(key)).map((key) => (
          <Fragment key={key}>
            <dt>{t(`tender.date.${key}`)}</dt>
            <dd>
              {details[key] ? (
                formatDay(locale, details[key])
              ) : (
                <span className="muted">{t("tender.notSet")}</span>
              )}
            </dd>
          </Fragment>
        ))}
      </dl>

      <h3>{t("tender.statutoryTitle")}</h3>
      {earliest === null ? (
        <p className="muted small">{t("tender.countsFromNotice")}</p>
      ) : earliest.rules.length === 0 ? (
        <p className="muted small">{t("tender.noMinimum")}</p>
      ) : (
        <dl className="facts-dl">
          {earliest.participationDeadline ? (
            <>
              <dt>{t("tender.earliestParticipation")}</dt>
              <dd>{formatDay(locale, earliest.participationDeadline)}</dd>
            </>
          ) : null}
          {earliest.submissionDeadline ? (
            <>
              <dt>{t("tender.earliestSubmission")}</dt>
              <dd>{formatDay(locale, earliest.submissionDeadline)}</dd>
            </>
          ) : null}
        </dl>
      )}
      {earliest && earliest.rules.length > 0 ? (
        <ul className="reasons compact">
          {earliest.rules.map((rule) => (
            <li key={rule.source}>{t("tender.ruleDays", { days: rule.days, source: rule.source })}</li>
          ))}
        </ul>
      ) : null}
      {tender.dateChecks.map((check) => (
        <p key={check.code} className="notice caution" role="note">
          <span aria-hidden="true">⚠ </span>
          {pick(check.text)}
        </p>
      ))}
      {earliest && tender.dateChecks.length === 0 && details.submissionDeadline ? (
        <p className="notice">{t("tender.checksOk")}</p>
      ) : null}

      <h3>{t("tender.thresholdTitle")}</h3>
      <dl className="facts-dl">
        <dt>{t("newDeal.thresholdKind")}</dt>
        <dd>{t(`tender.thresholdKind.${details.thresholdKind}`)}</dd>
        <dt>{t("tender.threshold")}</dt>
        <dd>{threshold.thresholdCents === null ? "–" : formatCents(locale, threshold.thresholdCents)}</dd>
        <dt>{t("tender.estimated")}</dt>
        <dd>
          {details.estimatedValueCents === null ? "–" : formatCents(locale, details.estimatedValueCents)}
        </dd>
      </dl>
      <p className="small">
        {threshold.above === null
          ? t("tender.unknown")
          : threshold.above
            ? t("tender.above")
            : t("tender.below")}
      </p>
    </section>
  );
}
