import { useQueries } from "@tanstack/react-query";
import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { keys } from "../../api/keys.ts";
import { listOpenLoops } from "../../api/people.ts";
import type { Participant } from "./people-picker.tsx";

/** The open loops of everyone present; ticking one closes it with this conversation. */
export function CloseLoops(props: {
  people: Participant[];
  value: string[];
  onChange: (next: string[]) => void;
}): ReactElement | null {
  const { t } = useTranslation();
  const loops = useQueries({
    queries: props.people.map((person) => ({
      queryKey: keys.personPart(person.id, "loops"),
      queryFn: ({ signal }: { signal: AbortSignal }) => listOpenLoops(person.id, signal),
    })),
  });
  const all = loops.flatMap((query, index) =>
    (query.data?.items ?? []).map((loop) => ({ loop, person: props.people[index] })),
  );
  if (all.length === 0) return null;
  const chosen = new Set(props.value);
  return (
    <fieldset className="close-loops">
      <legend>{t("log.closeLoops")}</legend>
      {all.map(({ loop, person }) => (
        <label key={loop.id} className="check-row">
          <input
            type="checkbox"
            checked={chosen.has(loop.id)}
            onChange={(event) =>
              props.onChange(
                event.target.checked ? [...props.value, loop.id] : props.value.filter((id) => id !== loop.id),
              )
            }
          />
          <span>
            {loop.text}
            {props.people.length > 1 && person ? <span className="muted small"> · {person.name}</span> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
