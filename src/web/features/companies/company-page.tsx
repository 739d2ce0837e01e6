import { useQuery } from "@tanstack/react-query";
import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { getCompany } from "../../api/companies.ts";
import { keys } from "../../api/keys.ts";
import { listPeople } from "../../api/people.ts";
import { ErrorNote, Loading } from "../../ui/status.tsx";
import { useTitle } from "../../ui/use-title.ts";
import { PersonRow } from "../people/person-row.tsx";

const PEOPLE_SHOWN = 100;

export function CompanyPage({ id }: { id: string }): ReactElement {
  const { t } = useTranslation();
  const company = useQuery({ queryKey: keys.company(id), queryFn: ({ signal }) => getCompany(id, signal) });
  const people = useQuery({
    queryKey: keys.peoplePage({ sort: "name", companyId: id }, 0),
    queryFn: ({ signal }) =>
      listPeople({ sort: "name", companyId: id, limit: PEOPLE_SHOWN, offset: 0 }, signal),
  });
  useTitle(company.data?.name);
  if (company.isPending) return <Loading />;
  if (company.isError) return <ErrorNote error={company.error} />;
  const c = company.data;
  return (
    <section className="page">
      <header className="page-head">
        <Link href="/companies" className="back-link">
          {t("companies.back")}
        </Link>
        <h1>{c.name}</h1>
        <p className="muted">{[c.industry, c.city].filter(Boolean).join(" · ")}</p>
      </header>
      <div className="card">
        <dl className="facts-dl">
          {c.website ? (
            <>
              <dt>{t("companies.website")}</dt>
              <dd>
                <a
                  href={c.website.startsWith("http") ? c.website : `https://${c.website}`}
                  rel="noreferrer noopener"
                  target="_blank"
                  className="text-link"
                >
                  {c.website}
                </a>
              </dd>
            </>
          ) : null}
          {c.notes ? (
            <>
              <dt>{t("companies.notes")}</dt>
              <dd className="pre-line">{c.notes}</dd>
            </>
          ) : null}
        </dl>
      </div>
      <h2 className="section-title">
        {t("companies.people")} {people.data ? <span className="count">{people.data.total}</span> : null}
      </h2>
      {people.isPending ? <Loading /> : null}
      {people.isError ? <ErrorNote error={people.error} /> : null}
      {people.data ? (
        <ul className="plain-list card flush">
          {people.data.items.map((person) => (
            <li key={person.id}>
              <PersonRow person={person} companyName={c.name} />
            </li>
          ))}
        </ul>
      ) : null}
      {people.data && people.data.total > PEOPLE_SHOWN ? (
        <Link href={`/people?company=${id}`} className="text-link">
          {t("companies.allPeople", { count: people.data.total })}
        </Link>
      ) : null}
    </section>
  );
}
