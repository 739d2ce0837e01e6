import { type ReactElement, useId } from "react";
import { useTranslation } from "react-i18next";
import type { TenderView } from "../../api/deal-types.ts";
import { TENDER_PHASES } from "../../api/deal-vocabulary.ts";
import { usePick } from "../../i18n/use-locale.ts";
import { Icon } from "../../ui/icons.tsx";

const RULES = ["personalContact", "gifts", "negotiation", "questions"] as const;

/** Where the procedure stands, and what that means for talking to the buyer's people. */
export function TenderRulesCard({ tender }: { tender: TenderView }): ReactElement {
  const { t } = useTranslation();
  const pick = usePick();
  const id = useId();
  const current = TENDER_PHASES.indexOf(tender.phase);
  const rules = tender.contactRules;
  const verdict = (rule: (typeof RULES)[number]): { ok: boolean; text: string } => {
    switch (rule) {
      case "personalContact":
        return {
          ok: rules.personalContactAllowed,
          text: t(rules.personalContactAllowed ? "tender.allowed" : "tender.notAllowed"),
        };
      case "gifts":
        return {
          ok: rules.giftsAllowed,
          text: t(rules.giftsAllowed ? "tender.allowed" : "tender.notAllowed"),
        };
      case "negotiation":
        return {
          ok: rules.negotiationAllowed,
          text: t(rules.negotiationAllowed ? "tender.allowed" : "tender.notAllowed"),
        };
      case "questions":
        return {
          ok: !rules.questionsOnlyOfficialChannel,
          text: t(rules.questionsOnlyOfficialChannel ? "tender.officialOnly" : "tender.direct"),
        };
    }
  };
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{t("tender.phaseTitle")}</h2>
      <ol className="phase-steps">
        {TENDER_PHASES.map((phase, index) => (
          <li
            key={phase}
            className={index < current ? "done" : index === current ? "current" : undefined}
            aria-current={index === current ? "step" : undefined}
          >
            <span className="stage-dot" aria-hidden="true" />
            {t(`tender.phase.${phase}`)}
          </li>
        ))}
      </ol>
      <ul className="rule-list">
        {RULES.map((rule) => {
          const { ok, text } = verdict(rule);
          return (
            <li key={rule}>
              <span className={`rule-mark${ok ? "" : " no"}`} aria-hidden="true">
                <Icon name={ok ? "check" : "close"} size={16} />
              </span>
              <div>
                <p className="rule-head">
                  {t(`tender.rule.${rule}`)}: <span className={`rule-verdict${ok ? "" : " no"}`}>{text}</span>
                </p>
                <p className="muted small">{pick(rules.explanations[rule])}</p>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
