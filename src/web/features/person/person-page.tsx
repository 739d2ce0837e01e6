import { useQuery } from "@tanstack/react-query";
import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { getCompany } from "../../api/companies.ts";
import { keys } from "../../api/keys.ts";
import { getPerson } from "../../api/people.ts";
import { Avatar } from "../../ui/avatar.tsx";
import { Icon } from "../../ui/icons.tsx";
import { personName } from "../../ui/person-name.ts";
import { StanceBadge } from "../../ui/stance-badge.tsx";
import { ErrorNote, Loading } from "../../ui/status.tsx";
import { useTitle } from "../../ui/use-title.ts";
import { RestrictionNotices } from "../deals/restriction-notices.tsx";
import { AddressFormCard } from "./address-form-card.tsx";
import { CadenceCard } from "./cadence-card.tsx";
import { DetailsCard } from "./details-card.tsx";
import { FactsCard } from "./facts-card.tsx";
import { FamilyCard } from "./family-card.tsx";
import { MergeCard } from "./merge-card.tsx";
import { OpenLoopsCard } from "./open-loops-card.tsx";
import { StageCard } from "./stage-card.tsx";
import { StanceCard } from "./stance-card.tsx";
import { TimelineCard } from "./timeline-card.tsx";
import { WarmthCard } from "./warmth-card.tsx";

export function PersonPage({ id }: { id: string }): ReactElement {
  const { t } = useTranslation();
  const person = useQuery({ queryKey: keys.person(id), queryFn: ({ signal }) => getPerson(id, signal) });
  const companyId = person.data?.companyId ?? null;
  const company = useQuery({
    queryKey: keys.company(companyId ?? ""),
    queryFn: ({ signal }) => getCompany(companyId ?? "", signal),
    enabled: companyId !== null,
  });
  const name = person.data ? personName(person.data) || t("common.unnamed") : undefined;
  useTitle(name);

  if (person.isPending) return <Loading />;
  if (person.isError) return <ErrorNote error={person.error} />;
  const p = person.data;

  return (
    <article className="page person-page">
      <header className="person-head">
        <Avatar name={name ?? ""} size={64} />
        <div className="person-head-text">
          <h1>{name}</h1>
          <p className="muted">
            {p.jobTitle}
            {p.jobTitle && company.data ? " · " : null}
            {company.data ? (
              <Link href={`/companies/${company.data.id}`} className="text-link">
                {company.data.name}
              </Link>
            ) : null}
          </p>
          <p className="chips">
            <span className="stage-chip">{t(`stage.${p.stage}`)}</span>
            <span className="stage-chip">{t(`addressForm.${p.addressForm}`)}</span>
            <StanceBadge stance={p.stance} />
          </p>
        </div>
        <div className="person-head-actions">
          <Link href={`/people/${id}/briefing`} className="button">
            <Icon name="briefing" /> {t("person.briefing")}
          </Link>
          <Link href={`/log?person=${id}`} className="button primary">
            <Icon name="log" /> {t("person.log")}
          </Link>
        </div>
      </header>

      <RestrictionNotices personIds={[id]} />

      <div className="person-grid">
        <div className="person-col">
          <StanceCard person={p} />
          <FactsCard personId={id} />
          <FamilyCard personId={id} />
          <AddressFormCard person={p} />
          <DetailsCard person={p} />
        </div>
        <div className="person-col">
          <WarmthCard personId={id} />
          <OpenLoopsCard personId={id} />
          <StageCard person={p} />
          <CadenceCard person={p} />
          <TimelineCard personId={id} />
          <MergeCard person={p} />
        </div>
      </div>
    </article>
  );
}
