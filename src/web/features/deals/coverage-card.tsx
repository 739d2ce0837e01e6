import { type ReactElement, useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { DealView } from "../../api/deal-types.ts";
import { warmthBandOf } from "../../api/deal-vocabulary.ts";
import { removeStakeholder } from "../../api/deals.ts";
import { usePick } from "../../i18n/use-locale.ts";
import { Avatar } from "../../ui/avatar.tsx";
import { Icon } from "../../ui/icons.tsx";
import { ErrorNote } from "../../ui/status.tsx";
import { AddStakeholderForm } from "./add-stakeholder-form.tsx";
import { useDealWrite } from "./use-deal.ts";

// Below this score the relationships to a tender are too thin to rely on (LOW_COVERAGE_BELOW, 046).
const LOW_COVERAGE_BELOW = 50;

/**
 * Beziehungsabdeckung: one score, the gaps in the order to close them (a missing or cold decision
 * maker first), and every stakeholder with role, influence and warmth.
 */
export function CoverageCard({ view, canEdit }: { view: DealView; canEdit: boolean }): ReactElement {
  const { t } = useTranslation();
  const pick = usePick();
  const id = useId();
  const dealId = view.deal.id;
  const remove = useDealWrite(dealId, (personId: string) => removeStakeholder(dealId, personId));
  const { coverage, stakeholders } = view;
  const low = coverage.score < LOW_COVERAGE_BELOW;
  return (
    <section className="card coverage-card" aria-labelledby={id}>
      <h2 id={id}>{t("coverage.title")}</h2>
      <p className="muted small">{t("coverage.explain")}</p>
      <div className="coverage-score">
        <span className={`coverage-number${low ? " low" : ""}`}>{coverage.score}</span>
        <span className={`coverage-bar${low ? " low" : ""}`} aria-hidden="true">
          <span style={{ width: `${Math.max(2, Math.min(100, coverage.score))}%` }} />
        </span>
        <span className="visually-hidden">{t("coverage.score", { score: coverage.score })}</span>
      </div>

      <h3 id={`${id}-gaps`}>{t("coverage.gaps")}</h3>
      {coverage.gaps.length === 0 ? (
        <p className="muted">{t("coverage.noGaps")}</p>
      ) : (
        <ol className="gap-list" aria-labelledby={`${id}-gaps`}>
          {coverage.gaps.map((gap) => (
            <li key={`${gap.role}:${gap.personId ?? "missing"}`}>{pick(gap.text)}</li>
          ))}
        </ol>
      )}

      <h3 id={`${id}-people`}>{t("stakeholders.title")}</h3>
      {stakeholders.length === 0 ? <p className="muted">{t("stakeholders.none")}</p> : null}
      <ul className="stakeholder-list" aria-labelledby={`${id}-people`}>
        {stakeholders.map((s) => {
          const band = warmthBandOf(s.warmth);
          const name = s.name || t("common.unnamed");
          return (
            <li key={s.personId} className="stakeholder">
              <Avatar name={name} />
              <div>
                <Link href={`/people/${s.personId}`} className="stakeholder-name">
                  {name}
                </Link>
                <p className="stakeholder-meta">
                  <span className="stage-chip">{t(`stakeholders.roleValue.${s.role}`)}</span>
                  <span>
                    {t("stakeholders.influenceValue", { level: t(`stakeholders.level.${s.influence}`) })}
                  </span>
                </p>
              </div>
              <div className="stakeholder-warmth">
                <span className="warmth-number">
                  <span className="visually-hidden">{t("stakeholders.warmth")}: </span>
                  {Math.round(s.warmth)}
                </span>
                <span className={`band-chip band-${band}`}>{t(`stakeholders.band.${band}`)}</span>
                {canEdit ? (
                  <button
                    type="button"
                    className="icon-button small"
                    aria-label={t("stakeholders.remove", { name })}
                    disabled={remove.isPending}
                    onClick={() => remove.mutate(s.personId)}
                  >
                    <Icon name="close" size={16} />
                  </button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      {remove.isError ? <ErrorNote error={remove.error} /> : null}
      {canEdit ? <AddStakeholderForm dealId={dealId} /> : null}
    </section>
  );
}
