import { useQuery } from "@tanstack/react-query";
import { type ReactElement, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AgendaSection } from "../../../core/relationship/agenda-types.ts";
import { keys } from "../../api/keys.ts";
import { getToday } from "../../api/misc.ts";
import { listPeople } from "../../api/people.ts";
import type { AgendaLine } from "../../api/types.ts";
import { formatDay, formatNumber } from "../../i18n/format.ts";
import { useLocale } from "../../i18n/use-locale.ts";
import { ErrorNote, Loading } from "../../ui/status.tsx";
import { useTitle } from "../../ui/use-title.ts";
import { AgendaRow } from "./agenda-row.tsx";
import { FirstRun } from "./first-run.tsx";
import { TenderLines } from "./tender-lines.tsx";

const SECTIONS: AgendaSection[] = ["today", "open_loops", "keep_in_touch", "upcoming"];
// A calm morning: a handful per section, the rest one tap away. The agenda is ranked, so the
// first lines are the ones that matter most.
const LINES_PER_SECTION = 6;
// "Show all" for keep-in-touch and open loops asks the server for every due line, not only the
// first ones it ranks.
const ALL_LINES = 10_000;

export function TodayPage(): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  useTitle(t("today.title"));
  const [expanded, setExpanded] = useState<ReadonlySet<AgendaSection>>(new Set());
  const count = useQuery({
    queryKey: keys.peopleCount,
    queryFn: ({ signal }) => listPeople({ sort: "name", limit: 1, offset: 0 }, signal),
  });
  const asked = {
    keepInTouch: expanded.has("keep_in_touch") ? ALL_LINES : undefined,
    openLoops: expanded.has("open_loops") ? ALL_LINES : undefined,
  };
  const today = useQuery({
    queryKey: [...keys.today, asked],
    queryFn: ({ signal }) => getToday(signal, asked),
    enabled: count.isSuccess && count.data.total > 0,
    placeholderData: (previous) => previous,
  });

  if (count.isPending) return <Loading />;
  if (count.isError) return <ErrorNote error={count.error} />;
  if (count.data.total === 0) return <FirstRun />;

  const sectionTitle: Record<AgendaSection, string> = {
    today: t("today.section.today"),
    open_loops: t("today.section.open_loops"),
    keep_in_touch: t("today.section.keep_in_touch"),
    upcoming: t("today.section.upcoming"),
  };
  const grouped = new Map<AgendaSection, AgendaLine[]>();
  for (const item of today.data?.items ?? []) {
    const list = grouped.get(item.section) ?? [];
    list.push(item);
    grouped.set(item.section, list);
  }

  return (
    <section className="page">
      <header className="page-head">
        <h1>{t("today.title")}</h1>
        {today.data ? <p className="muted">{formatDay(locale, today.data.today, "long")}</p> : null}
      </header>
      {today.isPending ? <Loading /> : null}
      {today.isError ? <ErrorNote error={today.error} /> : null}
      <TenderLines lines={today.data?.tenders ?? []} />
      {today.data && today.data.items.length === 0 ? (
        <div className="card calm">
          <h2>{t("today.allDoneTitle")}</h2>
          <p>{t("today.allDone")}</p>
        </div>
      ) : null}
      {SECTIONS.map((section) => {
        const lines = grouped.get(section);
        if (!lines || lines.length === 0) return null;
        const total =
          section === "keep_in_touch"
            ? (today.data?.keepInTouchDue ?? lines.length)
            : section === "open_loops"
              ? (today.data?.openLoopsDue ?? lines.length)
              : lines.length;
        return (
          <section key={section} className="agenda-section" aria-labelledby={`agenda-${section}`}>
            <h2 id={`agenda-${section}`} className="section-title">
              {sectionTitle[section]} <span className="count">{formatNumber(locale, total)}</span>
            </h2>
            <ul className="agenda-list">
              {(expanded.has(section) ? lines : lines.slice(0, LINES_PER_SECTION)).map((line) => (
                <AgendaRow key={line.id} line={line} />
              ))}
            </ul>
            {total > LINES_PER_SECTION && !expanded.has(section) ? (
              <button
                type="button"
                className="button ghost small show-all"
                onClick={() => setExpanded(new Set([...expanded, section]))}
              >
                {t("today.showAll", { count: total })}
              </button>
            ) : null}
          </section>
        );
      })}
    </section>
  );
}
