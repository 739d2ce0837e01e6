import { useQuery } from "@tanstack/react-query";
import { type ReactElement, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { type CompanySort, listCompanies } from "../../api/companies.ts";
import { keys } from "../../api/keys.ts";
import { search } from "../../api/misc.ts";
import type { Company } from "../../api/types.ts";
import { formatNumber } from "../../i18n/format.ts";
import { useLocale } from "../../i18n/use-locale.ts";
import { Icon } from "../../ui/icons.tsx";
import { ErrorNote, Loading } from "../../ui/status.tsx";
import { useDebounced } from "../../ui/use-debounced.ts";
import { usePagedRows } from "../../ui/use-paged-rows.ts";
import { useTitle } from "../../ui/use-title.ts";

const PAGE_SIZE = 100;
const ROW_HEIGHT = 60;

export function CompaniesPage(): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  useTitle(t("companies.title"));
  const [sort, setSort] = useState<CompanySort>("name");
  const [text, setText] = useState("");
  const q = useDebounced(text.trim(), 120);
  const rows = usePagedRows<Company>({
    pageKey: (page) => keys.companiesPage({ sort }, page),
    fetchPage: (offset, limit, signal) => listCompanies({ sort, offset, limit }, signal),
    pageSize: PAGE_SIZE,
    rowHeight: ROW_HEIGHT,
    enabled: q.length === 0,
  });
  const found = useQuery({
    queryKey: keys.search(q, "company"),
    queryFn: ({ signal }) => search(q, "company", 50, signal),
    enabled: q.length > 0,
    placeholderData: (previous) => previous,
  });

  return (
    <section className="page">
      <header className="page-head">
        <h1>{t("companies.title")}</h1>
        {rows.first.data ? (
          <p className="muted">
            {t("companies.count", { count: rows.total, formatted: formatNumber(locale, rows.total) })}
          </p>
        ) : null}
      </header>
      <div className="filters">
        <label className="search-field">
          <Icon name="search" />
          <span className="visually-hidden">{t("companies.search")}</span>
          <input
            type="search"
            value={text}
            placeholder={t("companies.searchPlaceholder")}
            onChange={(event) => setText(event.target.value)}
            autoComplete="off"
          />
        </label>
        <label className="inline-select">
          <span className="visually-hidden">{t("people.sort")}</span>
          <select value={sort} onChange={(event) => setSort(event.target.value as CompanySort)}>
            <option value="name">{t("people.sortName")}</option>
            <option value="-name">{t("people.sortNameDesc")}</option>
            <option value="-created">{t("people.sortNewest")}</option>
          </select>
        </label>
      </div>
      {q.length > 0 ? (
        found.isPending ? (
          <Loading />
        ) : found.isError ? (
          <ErrorNote error={found.error} />
        ) : found.data.items.length === 0 ? (
          <p className="empty-note">{t("people.noMatch", { q })}</p>
        ) : (
          <ul className="plain-list">
            {found.data.items.map((item) => (
              <li key={item.id}>
                <Link href={`/companies/${item.id}`} className="company-row">
                  <span className="company-icon" aria-hidden="true">
                    <Icon name="companies" />
                  </span>
                  <span className="person-row-text">
                    <span className="person-row-name">{item.title}</span>
                    {item.subtitle ? <span className="person-row-sub">{item.subtitle}</span> : null}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )
      ) : (
        <div className="list-frame">
          {rows.first.isPending ? <Loading /> : null}
          {rows.first.isError ? <ErrorNote error={rows.first.error} /> : null}
          {rows.first.isSuccess && rows.total === 0 ? (
            <p className="empty-note">{t("companies.none")}</p>
          ) : null}
          <ul
            ref={rows.listRef}
            className="virtual-list"
            aria-label={t("companies.title")}
            style={{ height: rows.virtualizer.getTotalSize() }}
          >
            {rows.visible.map((item) => {
              const company = rows.rowAt(item.index);
              return (
                <li
                  key={item.key}
                  className="virtual-row"
                  style={{ height: item.size, transform: `translateY(${item.start - rows.scrollMargin}px)` }}
                >
                  {company ? (
                    <Link href={`/companies/${company.id}`} className="company-row">
                      <span className="company-icon" aria-hidden="true">
                        <Icon name="companies" />
                      </span>
                      <span className="person-row-text">
                        <span className="person-row-name">{company.name}</span>
                        <span className="person-row-sub">
                          {[company.industry, company.city].filter(Boolean).join(" · ")}
                        </span>
                      </span>
                    </Link>
                  ) : (
                    <div className="company-row placeholder" aria-hidden="true">
                      <span className="bar" />
                    </div>
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
