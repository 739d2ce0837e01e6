import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { TenderAgendaLine } from "../../api/deal-types.ts";
import { usePick } from "../../i18n/use-locale.ts";
import { Icon } from "../../ui/icons.tsx";
import "./tender-lines.css";

/** Heute's tender lines: early warnings first, then the touches of the readiness plans now due. */
export function TenderLines({ lines }: { lines: TenderAgendaLine[] }): ReactElement | null {
  const { t } = useTranslation();
  const pick = usePick();
  if (lines.length === 0) return null;
  const ordered = [
    ...lines.filter((l) => l.kind === "tender_warning"),
    ...lines.filter((l) => l.kind === "tender_touch"),
  ];
  return (
    <section className="agenda-section" aria-labelledby="agenda-tenders">
      <h2 id="agenda-tenders" className="section-title">
        {t("today.tenders")} <span className="count">{lines.length}</span>
      </h2>
      <ul className="tender-lines">
        {ordered.map((line) => (
          <li key={line.id} className={`tender-line${line.kind === "tender_warning" ? " warning" : ""}`}>
            <p className="tender-line-kind">
              {line.kind === "tender_warning" ? t("today.tenderWarning") : t("today.tenderTouch")}
            </p>
            <p>{pick(line.text)}</p>
            <div className="row-actions">
              <Link href={`/deals/${line.dealId}`} className="button small ghost">
                {t("today.openTender")}
              </Link>
              {line.personId ? (
                <Link href={`/log?person=${line.personId}`} className="button small">
                  <Icon name="log" size={18} /> {t("today.log")}
                </Link>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
