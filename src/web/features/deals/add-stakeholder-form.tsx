import { type FormEvent, type ReactElement, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Influence, StakeholderRole } from "../../../core/coverage/index.ts";
import { isApiError } from "../../api/api-error.ts";
import { INFLUENCE_LEVELS, STAKEHOLDER_ROLES } from "../../api/deal-vocabulary.ts";
import { addStakeholder } from "../../api/deals.ts";
import { FieldError } from "../../ui/status.tsx";
import { type Participant, PeoplePicker } from "../log/people-picker.tsx";
import { useDealWrite } from "./use-deal.ts";

/** Adds a person found by name with a role and an influence; adding someone again changes both. */
export function AddStakeholderForm({ dealId }: { dealId: string }): ReactElement {
  const { t } = useTranslation();
  const id = useId();
  const [person, setPerson] = useState<Participant | null>(null);
  const [role, setRole] = useState<StakeholderRole>("decision_maker");
  const [influence, setInfluence] = useState<Influence>(2);
  const [missingPerson, setMissingPerson] = useState(false);
  const add = useDealWrite(
    dealId,
    (input: { personId: string; role: StakeholderRole; influence: Influence }) =>
      addStakeholder(dealId, input),
  );
  const error = isApiError(add.error) ? add.error : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!person) {
      setMissingPerson(true);
      return;
    }
    add.mutate(
      { personId: person.id, role, influence },
      {
        onSuccess: () => {
          setPerson(null);
          setMissingPerson(false);
        },
      },
    );
  };

  return (
    <form className="add-stakeholder" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t("stakeholders.add")}</h3>
      <PeoplePicker
        value={person ? [person] : []}
        onChange={(next) => {
          setPerson(next.at(-1) ?? null);
          setMissingPerson(false);
        }}
        error={missingPerson ? t("stakeholders.choosePerson") : error?.fieldMessage("personId")}
      />
      <div className="two-up">
        <div>
          <label htmlFor={`${id}-role`} className="field-label">
            {t("stakeholders.role")}
          </label>
          <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as StakeholderRole)}>
            {STAKEHOLDER_ROLES.map((value) => (
              <option key={value} value={value}>
                {t(`stakeholders.roleValue.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-influence`} className="field-label">
            {t("stakeholders.influence")}
          </label>
          <select
            id={`${id}-influence`}
            value={influence}
            onChange={(e) => setInfluence(Number(e.target.value) as Influence)}
          >
            {INFLUENCE_LEVELS.map((value) => (
              <option key={value} value={value}>
                {t(`stakeholders.level.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <FieldError id={`${id}-err`} message={error && error.fields.length === 0 ? error.message : undefined} />
      <div className="row-actions">
        <button type="submit" className="button small primary" disabled={add.isPending}>
          {t("stakeholders.addButton")}
        </button>
      </div>
    </form>
  );
}
