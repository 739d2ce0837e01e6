import { type ReactElement, useId } from "react";
import { useTranslation } from "react-i18next";
import type { Importance } from "../../../core/vocabulary.ts";
import type { Person } from "../../api/types.ts";
import { formatDay } from "../../i18n/format.ts";
import { useLocale } from "../../i18n/use-locale.ts";
import { EditableField } from "./editable-field.tsx";
import { useRelationship } from "./use-relationship.ts";
import { useUpdatePerson } from "./use-update-person.ts";

const IMPORTANCE: Importance[] = [1, 2, 3, 4];

/** Kontaktrhythmus: how often to be in touch, whether it is due, and the two knobs behind it. */
export function CadenceCard({ person }: { person: Person }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const relationship = useRelationship(person.id);
  const update = useUpdatePerson(person.id);
  const cadence = relationship.data?.cadence;

  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{t("cadence.title")}</h2>
      {cadence ? (
        <>
          <p>
            {t("cadence.every", { count: cadence.cadenceDays })}{" "}
            <span className="muted small">({t(`cadence.source.${cadence.cadenceSource}`)})</span>
          </p>
          <p className={cadence.overdueDays > 0 ? "due overdue" : "due"}>
            {cadence.overdueDays > 0
              ? t("cadence.overdue", { count: cadence.overdueDays })
              : cadence.daysUntilDue === 0
                ? t("cadence.dueToday")
                : t("cadence.dueIn", { count: cadence.daysUntilDue, date: formatDay(locale, cadence.dueOn) })}
          </p>
        </>
      ) : null}
      <fieldset className="segmented segmented-labelled">
        <legend className="field-label">{t("cadence.importance")}</legend>
        {IMPORTANCE.map((level) => (
          <button
            key={level}
            type="button"
            aria-pressed={person.importance === level}
            onClick={() => update.mutate({ importance: level })}
          >
            {t(`importance.${level}`)}
          </button>
        ))}
      </fieldset>
      <EditableField
        label={t("cadence.manual")}
        field="cadenceDays"
        kind="number"
        value={person.cadenceDays === null ? "" : String(person.cadenceDays)}
        display={
          person.cadenceDays === null ? <span className="muted">{t("cadence.automatic")}</span> : undefined
        }
        onSave={(value) => update.mutateAsync({ cadenceDays: value === "" ? null : Number(value) })}
      />
    </section>
  );
}
