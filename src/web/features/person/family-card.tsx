import { useQueries, useQuery } from "@tanstack/react-query";
import { type ReactElement, useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { keys } from "../../api/keys.ts";
import { getPerson, listRelations } from "../../api/people.ts";
import type { Relation } from "../../api/types.ts";
import { formatDayMonth } from "../../i18n/format.ts";
import { useLocale } from "../../i18n/use-locale.ts";
import { personName } from "../../ui/person-name.ts";

/**
 * Family and other people around them. A relation is directed ("Lena is the partner of Jan"), so
 * from the other end it is read backwards (a child's relation shows the parent).
 */
export function FamilyCard({ personId }: { personId: string }): ReactElement | null {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();
  const relations = useQuery({
    queryKey: keys.personPart(personId, "relations"),
    queryFn: ({ signal }) => listRelations(personId, signal),
  });
  const items = relations.data?.items ?? [];
  const others = items.map((r) => (r.personId === personId ? r.relatedPersonId : r.personId));
  const people = useQueries({
    queries: others.map((otherId) => ({
      queryKey: keys.person(otherId),
      queryFn: ({ signal }: { signal: AbortSignal }) => getPerson(otherId, signal),
      staleTime: 300_000,
    })),
  });
  if (items.length === 0) return null;

  const label = (relation: Relation) =>
    relation.personId === personId ? t(`relation.${relation.kind}`) : t(`relationInverse.${relation.kind}`);

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("family.title")}</h2>
      <ul className="family-list">
        {items.map((relation, index) => {
          const other = people[index]?.data;
          const otherId = others[index] ?? "";
          const name = other ? personName(other) : "…";
          return (
            <li key={relation.id}>
              <span className="family-kind">{label(relation)}</span>
              {other?.isContact ? (
                <Link href={`/people/${otherId}`} className="text-link">
                  {name}
                </Link>
              ) : (
                <span>{name}</span>
              )}
              {other?.birthday ? (
                <span className="muted small">
                  {" "}
                  ·{" "}
                  {t("family.birthday", {
                    date: formatDayMonth(locale, other.birthday.day, other.birthday.month),
                  })}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
