import { type ReactElement, useId } from "react";
import { useTranslation } from "react-i18next";
import { usePick } from "../../i18n/use-locale.ts";
import { ErrorNote, Loading } from "../../ui/status.tsx";
import { WarmthMeter } from "../../ui/warmth-meter.tsx";
import { useRelationship } from "./use-relationship.ts";

// Parts give up to 25 points (frequency) and recency takes points away; bars share one scale so
// that a longer bar always means more points (docs/decisions/020-warmth-model.md).
const BAR_SCALE = 25;

/** Beziehungswärme: the score and, for every part, the sentence that explains its points. */
export function WarmthCard({ personId }: { personId: string }): ReactElement {
  const { t } = useTranslation();
  const pick = usePick();
  const id = useId();
  const relationship = useRelationship(personId);
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{t("warmth.title")}</h2>
      {relationship.isPending ? <Loading /> : null}
      {relationship.isError ? <ErrorNote error={relationship.error} /> : null}
      {relationship.data ? (
        <>
          <WarmthMeter score={relationship.data.warmth.score} />
          <ul className="warmth-parts">
            {relationship.data.warmth.parts.map((part) => {
              const width = Math.min(100, (Math.abs(part.points) / BAR_SCALE) * 100);
              return (
                <li key={part.key} className={part.points < 0 ? "negative" : undefined}>
                  <span className="warmth-text">{pick(part.text)}</span>
                  <span className="warmth-bar" aria-hidden="true">
                    <span className="warmth-bar-fill" style={{ width: `${width}%` }} />
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}
