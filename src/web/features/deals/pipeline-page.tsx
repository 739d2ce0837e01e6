import { useQuery } from "@tanstack/react-query";
import { type ReactElement, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { isApiError } from "../../api/api-error.ts";
import { listCompanies } from "../../api/companies.ts";
import { getPipeline } from "../../api/deals.ts";
import { keys } from "../../api/keys.ts";
import { useLocale, usePick } from "../../i18n/use-locale.ts";
import { Icon } from "../../ui/icons.tsx";
import { formatCents } from "../../ui/money.ts";
import { ErrorNote, Loading } from "../../ui/status.tsx";
import { useTitle } from "../../ui/use-title.ts";
import { BoardColumn } from "./board-column.tsx";
import { DealCard } from "./deal-card.tsx";
import "./deals.css";
import { useBoardDrag } from "./use-board-drag.ts";
import { useMoveDeal } from "./use-move-deal.ts";

/** Aufträge: open deals and tenders as a board of stages; drag a card or pick its stage to move it. */
export function PipelinePage(): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const pick = usePick();
  useTitle(t("deals.title"));
  const board = useQuery({ queryKey: keys.pipeline, queryFn: ({ signal }) => getPipeline(signal) });
  const companies = useQuery({
    queryKey: keys.companiesAll,
    queryFn: ({ signal }) => listCompanies({ sort: "name", limit: 500, offset: 0 }, signal),
    staleTime: 300_000,
  });
  const companyName = new Map((companies.data?.items ?? []).map((c) => [c.id, c.name]));
  const [announcement, setAnnouncement] = useState<{ text: string; failed: boolean } | null>(null);
  const move = useMoveDeal();

  const moveDeal = (dealId: string, stageKey: string) => {
    const columns = board.data?.columns ?? [];
    const deal = columns.flatMap((c) => c.deals).find((d) => d.id === dealId);
    const stage = columns.find((c) => c.stage.key === stageKey)?.stage;
    if (!deal || !stage || deal.stage === stageKey) return;
    const names = { title: deal.title, stage: pick(stage.label) };
    move.mutate(
      { dealId, stage: stageKey },
      {
        onSuccess: () => setAnnouncement({ text: t("deals.moved", names), failed: false }),
        onError: (error) =>
          setAnnouncement({
            text: t("deals.moveFailed", {
              title: deal.title,
              message: isApiError(error) ? error.message : t("errors.generic"),
            }),
            failed: true,
          }),
      },
    );
  };
  const { drag, pressCard } = useBoardDrag(moveDeal);

  if (board.isPending) return <Loading />;
  if (board.isError) return <ErrorNote error={board.error} />;
  const { columns, totals } = board.data;
  const stages = columns.map((c) => c.stage);

  return (
    <section className="page page-wide">
      <header className="page-head board-head">
        <div>
          <h1>{t("deals.title")}</h1>
          <p className="muted">{t("deals.lead")}</p>
        </div>
        <Link href="/deals/new" className="button primary">
          <Icon name="log" /> {t("deals.new")}
        </Link>
      </header>
      <dl className="board-totals">
        <div>
          <dt>{t("deals.totalCount")}</dt>
          <dd>{totals.count}</dd>
        </div>
        <div>
          <dt>{t("deals.totalValue")}</dt>
          <dd>{formatCents(locale, totals.valueCents)}</dd>
        </div>
        <div>
          <dt>{t("deals.totalWeighted")}</dt>
          <dd>{formatCents(locale, totals.weightedCents)}</dd>
        </div>
      </dl>
      <p className="muted small board-hint">{t("deals.dragHint")}</p>
      <p className={announcement?.failed ? "error-note" : "visually-hidden"} role="status" aria-live="polite">
        {announcement?.text ?? ""}
      </p>
      <div className={`board${drag ? " is-dragging" : ""}`}>
        {columns.map((column) => (
          <BoardColumn
            key={column.stage.key}
            column={column}
            dropTarget={
              drag !== null && drag.overStage === column.stage.key && drag.fromStage !== column.stage.key
            }
          >
            {column.deals.map((deal) => (
              <DealCard
                key={deal.id}
                deal={deal}
                companyName={deal.companyId ? (companyName.get(deal.companyId) ?? null) : null}
                stages={stages}
                onMove={(stage) => moveDeal(deal.id, stage)}
                onPointerDown={pressCard(deal.id, column.stage.key)}
                dragging={drag?.dealId === deal.id ? drag : null}
              />
            ))}
          </BoardColumn>
        ))}
      </div>
    </section>
  );
}
