import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import type { Rating } from "../../../core/vocabulary.ts";
import { FieldError } from "../../ui/status.tsx";

const VALUES: Rating[] = [1, 2, 3, 4, 5];

/** Five big tap targets; tapping the chosen one again clears it (not every talk needs a rating). */
export function RatingInput(props: {
  name: string;
  label: string;
  low: string;
  high: string;
  value: Rating | null;
  onChange: (value: Rating | null) => void;
  error: string | undefined;
}): ReactElement {
  const { t } = useTranslation();
  const { name, label, value, onChange } = props;
  return (
    <fieldset className="rating-input" aria-describedby={props.error ? `${name}-err` : undefined}>
      <legend>{label}</legend>
      <div className="rating-buttons">
        {VALUES.map((n) => (
          <button
            key={n}
            type="button"
            aria-pressed={value === n}
            aria-label={t("log.ratingValue", { label, value: n })}
            onClick={() => onChange(value === n ? null : n)}
          >
            {n}
          </button>
        ))}
      </div>
      <div className="rating-scale muted small" aria-hidden="true">
        <span>{props.low}</span>
        <span>{props.high}</span>
      </div>
      <FieldError id={`${name}-err`} message={props.error} />
    </fieldset>
  );
}
