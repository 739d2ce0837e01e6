import { useQuery } from "@tanstack/react-query";
import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { keys } from "../../api/keys.ts";
import { search } from "../../api/misc.ts";
import { Avatar } from "../../ui/avatar.tsx";
import { ErrorNote, Loading } from "../../ui/status.tsx";

const LIMIT = 50;

export function PersonSearchResults({ q }: { q: string }): ReactElement {
  const { t } = useTranslation();
  const results = useQuery({
    queryKey: keys.search(q, "person"),
    queryFn: ({ signal }) => search(q, "person", LIMIT, signal),
    placeholderData: (previous) => previous,
  });
  if (results.isPending) return <Loading />;
  if (results.isError) return <ErrorNote error={results.error} />;
  if (results.data.items.length === 0) return <p className="empty-note">{t("people.noMatch", { q })}</p>;
  return (
    <ul className="plain-list" aria-label={t("people.results")}>
      {results.data.items.map((item) => (
        <li key={item.id}>
          <Link href={`/people/${item.personId ?? item.id}`} className="person-row">
            <Avatar name={item.title} />
            <span className="person-row-text">
              <span className="person-row-name">{item.title}</span>
              {item.subtitle ? <span className="person-row-sub">{item.subtitle}</span> : null}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
