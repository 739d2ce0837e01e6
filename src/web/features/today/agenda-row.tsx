import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { AgendaLine } from "../../api/types.ts";
import { daysFromToday, formatDay, formatRelativeDays } from "../../i18n/format.ts";
import { useLocale, usePick } from "../../i18n/use-locale.ts";
import { Avatar } from "../../ui/avatar.tsx";
import { Icon } from "../../ui/icons.tsx";

export function AgendaRow({ line }: { line: AgendaLine }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const pick = usePick();
  const name = line.personName || t("common.unnamed");
  // Past days are already in the reason ("seit 12 Tagen überfällig"); a coming day is worth a line.
  const ahead = daysFromToday(line.date, new Date());
  return (
    <li className={`agenda-row nudge-${line.nudge}`}>
      <Avatar name={name} />
      <div className="agenda-body">
        <Link href={`/people/${line.personId}`} className="agenda-name">
          {name}
        </Link>
        <p className="agenda-reason">{pick(line.reason)}</p>
        {line.caution ? (
          <p className="caution-line">
            <span aria-hidden="true">⚠ </span>
            {pick(line.caution)}
          </p>
        ) : null}
        {line.restriction ? (
          <p className="caution-line">
            <span aria-hidden="true">⚠ </span>
            {pick(line.restriction)}
          </p>
        ) : null}
        {ahead >= 0 ? (
          <p className="agenda-date muted small">
            <time dateTime={line.date} title={formatDay(locale, line.date)}>
              {formatRelativeDays(locale, ahead)}
            </time>
          </p>
        ) : null}
      </div>
      <div className="agenda-actions">
        <Link href={`/people/${line.personId}/briefing`} className="button small ghost">
          <Icon name="briefing" size={18} />
          {t("today.briefing")}
          <span className="visually-hidden">{t("today.withName", { name })}</span>
        </Link>
        <Link href={`/log?person=${line.personId}`} className="button small">
          <Icon name="log" size={18} />
          {t("today.log")}
          <span className="visually-hidden">{t("today.withName", { name })}</span>
        </Link>
      </div>
    </li>
  );
}
