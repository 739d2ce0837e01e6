import { useQuery } from "@tanstack/react-query";
import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { listDuplicateGroups } from "../../api/io.ts";
import { keys } from "../../api/keys.ts";

/**
 * The workspace's likely duplicates, after an import or whenever: each group links to the first
 * record, whose page proposes the others and merges them into it. Shown only when there are any.
 */
export function DuplicateGroups(): ReactElement | null {
  const { t } = useTranslation();
  const groups = useQuery({
    queryKey: keys.duplicates,
    queryFn: ({ signal }) => listDuplicateGroups(signal),
  });
  const items = groups.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="duplicate-groups-title">
      <h2 id="duplicate-groups-title">{t("io.duplicateGroups.title")}</h2>
      <p className="muted small">{t("io.duplicateGroups.hint")}</p>
      <ul className="plain-list" aria-labelledby="duplicate-groups-title">
        {items.map((group) => {
          const [first] = group.people;
          if (!first) return null;
          return (
            <li key={group.people.map((p) => p.id).join(",")}>
              {group.people
                .map((person) =>
                  person.companyName ? `${person.name} (${person.companyName})` : person.name,
                )
                .join(" · ")}
              <span className="muted small">
                {" "}
                – {group.matchedBy.map((reason) => t(`merge.reason.${reason}`)).join(", ")}
              </span>{" "}
              <Link href={`/people/${first.id}`} className="text-link">
                {t("io.duplicateGroups.open")}
              </Link>
            </li>
          );
        })}
      </ul>
      {groups.data?.more ? <p className="muted small">{t("io.duplicateGroups.more")}</p> : null}
    </section>
  );
}
