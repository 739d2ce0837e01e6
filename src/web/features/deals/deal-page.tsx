import { useQuery } from "@tanstack/react-query";
import { type ReactElement, useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { getCompany } from "../../api/companies.ts";
import type { DealView, PipelineStage } from "../../api/deal-types.ts";
import { getPipeline } from "../../api/deals.ts";
import { keys } from "../../api/keys.ts";
import { getMe } from "../../api/misc.ts";
import { formatDay } from "../../i18n/format.ts";
import { useLocale, usePick } from "../../i18n/use-locale.ts";
import { Icon } from "../../ui/icons.tsx";
import { formatCents } from "../../ui/money.ts";
import { formatPercent } from "../../ui/percent.ts";
import { ErrorNote, Loading } from "../../ui/status.tsx";
import { useTitle } from "../../ui/use-title.ts";
import { CloseDealCard } from "./close-deal-card.tsx";
import { CoverageCard } from "./coverage-card.tsx";
import { DealHistoryCard } from "./deal-history-card.tsx";
import "./deals.css";
import { ReadinessPlanCard } from "./readiness-plan-card.tsx";
import { StageSelect } from "./stage-select.tsx";
import { TenderDatesCard } from "./tender-dates-card.tsx";
import { TenderRulesCard } from "./tender-rules-card.tsx";
import { useDeal } from "./use-deal.ts";
import { useMoveDeal } from "./use-move-deal.ts";

/** One deal or tender: who is involved and how warm, and for tenders what the procedure allows now. */
export function DealPage({ id }: { id: string }): ReactElement {
  const { t } = useTranslation();
  const view = useDeal(id);
  const board = useQuery({ queryKey: keys.pipeline, queryFn: ({ signal }) => getPipeline(signal) });
  const me = useQuery({ queryKey: keys.me, queryFn: ({ signal }) => getMe(signal), staleTime: Infinity });
  useTitle(view.data?.deal.title ?? t("deals.title"));
  if (view.isPending) return <Loading />;
  if (view.isError) return <ErrorNote error={view.error} />;
  const stages = board.data?.columns.map((c) => c.stage) ?? [];
  return <DealDetails view={view.data} stages={stages} canEdit={me.data?.canWrite ?? false} />;
}

function DealDetails({
  view,
  stages,
  canEdit,
}: {
  view: DealView;
  stages: readonly PipelineStage[];
  canEdit: boolean;
}): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const pick = usePick();
  const factsId = useId();
  const { deal, tender } = view;
  const company = useQuery({
    queryKey: keys.company(deal.companyId ?? ""),
    queryFn: ({ signal }) => getCompany(deal.companyId ?? "", signal),
    enabled: deal.companyId !== null,
  });
  const move = useMoveDeal();
  const stageLabel = stages.find((s) => s.key === deal.stage)?.label;

  return (
    <article className="page page-deal">
      <Link href="/deals" className="back-link">
        <Icon name="back" size={18} /> {t("deals.back")}
      </Link>
      <header className="deal-head">
        <p className="eyebrow">{t(`deals.kind.${deal.kind}`)}</p>
        <h1>{deal.title}</h1>
        <p className="muted">
          {company.data ? (
            <Link href={`/companies/${company.data.id}`} className="text-link">
              {company.data.name}
            </Link>
          ) : null}
          {company.data ? " · " : null}
          {formatCents(locale, deal.valueCents)}
        </p>
        <p className="chips">
          <span className={`status-chip status-${deal.status}`}>{t(`deals.statusValue.${deal.status}`)}</span>
          {stageLabel ? <span className="stage-chip">{pick(stageLabel)}</span> : null}
          {tender ? <span className="badge tender-badge">{t(`tender.phase.${tender.phase}`)}</span> : null}
        </p>
      </header>

      {tender?.earlyWarning ? (
        <div className="notice caution" role="note">
          <strong>{t("tender.earlyWarning")}: </strong>
          {pick(tender.earlyWarning.text)}
        </div>
      ) : null}
      {tender?.projectInvolvement ? (
        <p className="notice caution" role="note">
          <span aria-hidden="true">⚠ </span>
          {pick(tender.projectInvolvement)}
        </p>
      ) : null}

      <div className="deal-grid">
        <div>
          <CoverageCard view={view} canEdit={canEdit} />
          {tender && tender.phase === "before_publication" ? <ReadinessPlanCard tender={tender} /> : null}
          {tender ? <TenderRulesCard tender={tender} /> : null}
        </div>
        <div>
          <section className="card" aria-labelledby={factsId}>
            <h2 id={factsId}>{t("deals.facts")}</h2>
            <dl className="facts-dl">
              <dt>{t("deals.value")}</dt>
              <dd>{formatCents(locale, deal.valueCents)}</dd>
              <dt>{t("deals.probability")}</dt>
              <dd>{formatPercent(locale, deal.probability)}</dd>
              <dt>{t("deals.expectedClose")}</dt>
              <dd>{deal.expectedCloseOn ? formatDay(locale, deal.expectedCloseOn) : t("common.notSet")}</dd>
            </dl>
            {deal.status === "open" && stages.length > 0 ? (
              <StageSelect
                stages={stages}
                value={deal.stage}
                title={deal.title}
                showLabel
                disabled={!canEdit || move.isPending}
                onChange={(stage) => move.mutate({ dealId: deal.id, stage })}
              />
            ) : null}
            {move.isError ? <ErrorNote error={move.error} /> : null}
          </section>
          {tender && deal.tender ? <TenderDatesCard details={deal.tender} tender={tender} /> : null}
          <CloseDealCard deal={deal} canEdit={canEdit} />
          <DealHistoryCard history={view.history} stages={stages} />
        </div>
      </div>
    </article>
  );
}
