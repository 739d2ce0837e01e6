import { useQuery } from "@tanstack/react-query";
import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "wouter";
import type { Stage, Stance } from "../../../core/vocabulary.ts";
import { listCompanies } from "../../api/companies.ts";
import { exportUrl } from "../../api/io.ts";
import { keys } from "../../api/keys.ts";
import { listPeoplePage, type PeopleFilter, type PersonSort } from "../../api/people.ts";
import type { Person } from "../../api/types.ts";
import { formatNumber } from "../../i18n/format.ts";
import { useLocale } from "../../i18n/use-locale.ts";
import { ErrorNote, Loading } from "../../ui/status.tsx";
import { usePagedRows } from "../../ui/use-paged-rows.ts";
import { useTitle } from "../../ui/use-title.ts";
import { PeopleFilters } from "./people-filters.tsx";
import { PersonRow, PersonRowPlaceholder } from "./person-row.tsx";
import { PersonSearchResults } from "./person-search-results.tsx";

const PAGE_SIZE = 100;
const ROW_HEIGHT = 68;

/** The list as it is filtered, as a file: the export carries the same filters. */
function ListExport({ filter }: { filter: PeopleFilter }): ReactElement {
  const { t } = useTranslation();
  const filtered = Boolean(filter.companyId || filter.tag || filter.stance || filter.stage);
  return (
    <p className="muted small">
      {t(filtered ? "people.exportFiltered" : "people.exportAll")}{" "}
      <a className="text-link" href={exportUrl("csv", filter)} download>
        {t("people.exportCsv")}
      </a>
      {" · "}
      <a className="text-link" href={exportUrl("vcard", filter)} download>
        {t("people.exportVcard")}
      </a>
    </p>
  );
}

export function PeoplePage(): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  useTitle(t("people.title"));
  const [params, setParams] = useSearchParams();
  const filter: PeopleFilter = {
    sort: (params.get("sort") as PersonSort | null) ?? "name",
    companyId: params.get("company") ?? undefined,
    tag: params.get("tag") ?? undefined,
    stance: (params.get("stance") as Stance | null) ?? undefined,
    stage: (params.get("stage") as Stage | null) ?? undefined,
  };
  const q = params.get("q") ?? "";
  const update = (patch: Record<string, string | undefined>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(patch)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );

  const companies = useQuery({
    queryKey: keys.companiesAll,
    queryFn: ({ signal }) => listCompanies({ sort: "name", limit: 500, offset: 0 }, signal),
    staleTime: 300_000,
  });
  const companyName = new Map((companies.data?.items ?? []).map((c) => [c.id, c.name]));

  const searching = q.trim().length > 0;
  const rows = usePagedRows<Person>({
    pageKey: (page) => keys.peoplePage(filter, page),
    fetchPage: (offset, limit, signal, after) => listPeoplePage({ ...filter, offset, limit, after }, signal),
    pageSize: PAGE_SIZE,
    rowHeight: ROW_HEIGHT,
    enabled: !searching,
  });

  return (
    <section className="page">
      <header className="page-head">
        <h1>{t("people.title")}</h1>
        {!searching && rows.first.data ? (
          <p className="muted">
            {t("people.count", { count: rows.total, formatted: formatNumber(locale, rows.total) })}
          </p>
        ) : null}
        <Link href="/import" className="text-link">
          {t("io.link")}
        </Link>
        {!searching ? <ListExport filter={filter} /> : null}
      </header>
      <PeopleFilters q={q} filter={filter} companies={companies.data?.items ?? []} onChange={update} />
      {searching ? (
        <PersonSearchResults q={q} />
      ) : (
        <div className="list-frame">
          {rows.first.isPending ? <Loading /> : null}
          {rows.first.isError ? <ErrorNote error={rows.first.error} /> : null}
          {rows.first.isSuccess && rows.total === 0 ? <p className="empty-note">{t("people.none")}</p> : null}
          <ul
            ref={rows.listRef}
            className="virtual-list"
            aria-label={t("people.title")}
            style={{ height: rows.virtualizer.getTotalSize() }}
          >
            {rows.visible.map((item) => {
              const person = rows.rowAt(item.index);
              return (
                <li
                  key={item.key}
                  className="virtual-row"
                  style={{ height: item.size, transform: `translateY(${item.start - rows.scrollMargin}px)` }}
                >
                  {person ? (
                    <PersonRow
                      person={person}
                      companyName={person.companyId ? companyName.get(person.companyId) : undefined}
                    />
                  ) : (
                    <PersonRowPlaceholder />
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
