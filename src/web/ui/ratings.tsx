import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";

/** Atmosphere, trust and resistance of a conversation as small labelled numbers (1–5). */
export function Ratings(props: {
  atmosphere: number | null;
  trust: number | null;
  resistance: number | null;
}): ReactElement | null {
  const { t } = useTranslation();
  const parts = [
    { key: "atmosphere", label: t("rating.atmosphere"), value: props.atmosphere },
    { key: "trust", label: t("rating.trust"), value: props.trust },
    { key: "resistance", label: t("rating.resistance"), value: props.resistance },
  ].filter((part) => part.value !== null);
  if (parts.length === 0) return null;
  return (
    <p className="ratings">
      {parts.map((part) => (
        <span key={part.key} className="rating-chip">
          {part.label} <strong>{part.value}</strong>/5
        </span>
      ))}
    </p>
  );
}
