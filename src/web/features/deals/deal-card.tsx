import type { PointerEvent, ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { Deal, PipelineStage } from "../../api/deal-types.ts";
import { formatDay } from "../../i18n/format.ts";
import { useLocale } from "../../i18n/use-locale.ts";
import { formatCents } from "../../ui/money.ts";
import { formatPercent } from "../../ui/percent.ts";
import { StageSelect } from "./stage-select.tsx";

/** One deal on the board: what it is worth, for whom, and a select to move it without dragging. */
export function DealCard(props: {
  deal: Deal;
  companyName: string | null;
  stages: readonly PipelineStage[];
  onMove: (stage: string) => void;
  onPointerDown: (event: PointerEvent<HTMLElement>) => void;
  dragging: { dx: number; dy: number } | null;
}): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const { deal, dragging } = props;
  return (
    <li
      className={`deal-card${deal.kind === "tender" ? " is-tender" : ""}${dragging ? " dragging" : ""}`}
      data-deal-id={deal.id}
      onPointerDown={props.onPointerDown}
      style={
        dragging ? { transform: `translate(${dragging.dx}px, ${dragging.dy}px) rotate(1.5deg)` } : undefined
      }
    >
      <div className="deal-card-top">
        {deal.kind === "tender" ? <span className="badge tender-badge">{t("deals.kind.tender")}</span> : null}
        <Link href={`/deals/${deal.id}`} className="deal-card-title">
          {deal.title}
        </Link>
      </div>
      {props.companyName ? <p className="deal-card-company">{props.companyName}</p> : null}
      <p className="deal-card-value">
        <strong>{formatCents(locale, deal.valueCents)}</strong>
        <span className="muted"> · {formatPercent(locale, deal.probability)}</span>
      </p>
      {deal.expectedCloseOn ? (
        <p className="deal-card-date">
          {t("deals.closeBy", { date: formatDay(locale, deal.expectedCloseOn) })}
        </p>
      ) : null}
      <StageSelect stages={props.stages} value={deal.stage} title={deal.title} onChange={props.onMove} />
    </li>
  );
}
