import { useQuery } from "@tanstack/react-query";
import { type ReactElement, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { keys } from "../../api/keys.ts";
import { listInteractions } from "../../api/people.ts";
import { formatDateTime } from "../../i18n/format.ts";
import { useLocale } from "../../i18n/use-locale.ts";
import { Ratings } from "../../ui/ratings.tsx";
import { Loading } from "../../ui/status.tsx";

const SHOWN_FIRST = 8;

/** Begegnungen, newest first. */
export function TimelineCard({ personId }: { personId: string }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const interactions = useQuery({
    queryKey: keys.personPart(personId, "interactions"),
    queryFn: ({ signal }) => listInteractions(personId, signal),
  });
  const [all, setAll] = useState(false);
  const sorted = [...(interactions.data?.items ?? [])].sort((a, b) =>
    b.occurredAt.localeCompare(a.occurredAt),
  );
  const items = all ? sorted : sorted.slice(0, SHOWN_FIRST);
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{t("timeline.title")}</h2>
      {interactions.isPending ? <Loading /> : null}
      {interactions.data && items.length === 0 ? <p className="muted">{t("timeline.none")}</p> : null}
      <ol className="timeline">
        {items.map((item) => (
          <li key={item.id}>
            <p className="timeline-head">
              <span className="kind-chip">{t(`kind.${item.kind}`)}</span>
              <span className="muted small">{formatDateTime(locale, item.occurredAt)}</span>
              {item.personal ? <span className="badge soft">{t("timeline.personal")}</span> : null}
            </p>
            {item.summary ? <p className="timeline-summary">{item.summary}</p> : null}
            {item.outcome ? (
              <p className="small">
                <span className="muted">{t("log.outcome")}: </span>
                {item.outcome}
              </p>
            ) : null}
            <Ratings atmosphere={item.atmosphere} trust={item.trust} resistance={item.resistance} />
          </li>
        ))}
      </ol>
      {!all && sorted.length > SHOWN_FIRST ? (
        <button type="button" className="button ghost small show-all" onClick={() => setAll(true)}>
          {t("today.showAll", { count: sorted.length })}
        </button>
      ) : null}
    </section>
  );
}
