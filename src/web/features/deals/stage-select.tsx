import { type ReactElement, useId } from "react";
import { useTranslation } from "react-i18next";
import type { PipelineStage } from "../../api/deal-types.ts";
import { useLocale, usePick } from "../../i18n/use-locale.ts";
import { formatPercent } from "../../ui/percent.ts";

/** The keyboard and touch way to move a deal: a plain select of the pipeline's stages. */
export function StageSelect(props: {
  stages: readonly PipelineStage[];
  value: string;
  title: string;
  onChange: (stage: string) => void;
  disabled?: boolean;
  /** The visible label and each stage's probability (the deal page); a card stays compact. */
  showLabel?: boolean;
}): ReactElement {
  const { t } = useTranslation();
  const pick = usePick();
  const locale = useLocale();
  const id = useId();
  return (
    <div className="stage-select">
      <label htmlFor={id} className={props.showLabel ? "field-label" : "visually-hidden"}>
        {props.showLabel ? t("deals.stage") : t("deals.stageOf", { title: props.title })}
      </label>
      <select
        id={id}
        value={props.value}
        disabled={props.disabled}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.stages.map((stage) => (
          <option key={stage.key} value={stage.key}>
            {props.showLabel
              ? `${pick(stage.label)} · ${formatPercent(locale, stage.probability)}`
              : pick(stage.label)}
          </option>
        ))}
      </select>
    </div>
  );
}
