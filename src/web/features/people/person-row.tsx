import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { Person } from "../../api/types.ts";
import { Avatar } from "../../ui/avatar.tsx";
import { personName } from "../../ui/person-name.ts";
import { StanceBadge } from "../../ui/stance-badge.tsx";

export function PersonRow({ person, companyName }: { person: Person; companyName?: string }): ReactElement {
  const { t } = useTranslation();
  const name = personName(person) || t("common.unnamed");
  const subtitle = [person.jobTitle, companyName].filter(Boolean).join(" · ");
  return (
    <Link href={`/people/${person.id}`} className="person-row">
      <Avatar name={name} />
      <span className="person-row-text">
        <span className="person-row-name">{name}</span>
        <span className="person-row-sub">{subtitle || t(`stage.${person.stage}`)}</span>
      </span>
      <span className="person-row-meta">
        <StanceBadge stance={person.stance} />
        <span className="stage-chip">{t(`stage.${person.stage}`)}</span>
      </span>
    </Link>
  );
}

export function PersonRowPlaceholder(): ReactElement {
  return (
    <div className="person-row placeholder" aria-hidden="true">
      <span className="avatar ghost" />
      <span className="person-row-text">
        <span className="bar" />
        <span className="bar short" />
      </span>
    </div>
  );
}
