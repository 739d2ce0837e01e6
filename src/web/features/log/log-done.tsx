import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { ConversationResult } from "../../api/types.ts";
import { Icon } from "../../ui/icons.tsx";
import type { Participant } from "./people-picker.tsx";

export function LogDone(props: {
  result: ConversationResult;
  people: Participant[];
  onAnother: () => void;
}): ReactElement {
  const { t } = useTranslation();
  const { result, people } = props;
  return (
    <section className="page narrow log-done" aria-live="polite">
      <div className="card calm">
        <p className="done-mark" aria-hidden="true">
          <Icon name="check" size={28} />
        </p>
        <h1>{t("log.saved")}</h1>
        <p>
          {t("log.savedFacts", { count: result.facts.length })} ·{" "}
          {t("log.savedLoops", { count: result.openLoops.length })}
          {result.closedLoopIds.length > 0
            ? ` · ${t("log.savedClosed", { count: result.closedLoopIds.length })}`
            : ""}
        </p>
        <ul className="plain-list">
          {people.map((person) => (
            <li key={person.id} className="done-person">
              <span className="done-name">{person.name}</span>
              <Link href={`/people/${person.id}/briefing`} className="button small ghost">
                {t("today.briefing")}
              </Link>
              <Link href={`/people/${person.id}`} className="button small ghost">
                {t("log.toProfile")}
              </Link>
            </li>
          ))}
        </ul>
        <div className="row-actions">
          <button type="button" className="button" onClick={props.onAnother}>
            {t("log.another")}
          </button>
          <Link href="/" className="button ghost">
            {t("nav.today")}
          </Link>
        </div>
      </div>
    </section>
  );
}
