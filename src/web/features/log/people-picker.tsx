import { type KeyboardEvent, type ReactElement, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../../ui/icons.tsx";
import { FieldError } from "../../ui/status.tsx";
import { useDebounced } from "../../ui/use-debounced.ts";
import { usePersonSearch } from "../people/use-person-search.ts";

export interface Participant {
  id: string;
  name: string;
}

/** Who was there: chips for the chosen people and a search field to add more. */
export function PeoplePicker(props: {
  value: Participant[];
  onChange: (next: Participant[]) => void;
  error: string | undefined;
}): ReactElement {
  const { t } = useTranslation();
  const { value, onChange } = props;
  const id = useId();
  const [text, setText] = useState("");
  const [active, setActive] = useState(0);
  const q = useDebounced(text.trim(), 120);
  const results = usePersonSearch(q);
  const chosen = new Set(value.map((p) => p.id));
  const options =
    q.length > 0
      ? (results.data?.items ?? [])
          .map((item) => ({ id: item.personId ?? item.id, name: item.title, sub: item.subtitle }))
          .filter((item) => !chosen.has(item.id))
      : [];
  const add = (person: Participant) => {
    onChange([...value, { id: person.id, name: person.name }]);
    setText("");
    setActive(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setActive((a) => Math.min(a + 1, options.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === "Enter" && options[active]) {
      event.preventDefault();
      add(options[active]);
    }
  };

  return (
    <div className="people-picker">
      {value.length > 0 ? (
        <ul className="chip-row" aria-label={t("log.chosen")}>
          {value.map((person) => (
            <li key={person.id} className="person-chip">
              <span>{person.name}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t("log.removePerson", { name: person.name })}
                onClick={() => onChange(value.filter((p) => p.id !== person.id))}
              >
                <Icon name="close" size={14} />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="picker-input">
        <Icon name="search" size={18} />
        <input
          id={`${id}-input`}
          role="combobox"
          aria-expanded={options.length > 0}
          aria-controls={`${id}-list`}
          aria-activedescendant={options[active] ? `${id}-opt-${active}` : undefined}
          aria-label={t("log.addPerson")}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={props.error ? `${id}-err` : undefined}
          placeholder={t("log.addPersonPlaceholder")}
          value={text}
          autoComplete="off"
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      {options.length > 0 ? (
        <div className="picker-options" id={`${id}-list`} role="listbox" aria-label={t("log.addPerson")}>
          {options.map((option, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keyboard
            <div
              key={option.id}
              id={`${id}-opt-${index}`}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              onMouseEnter={() => setActive(index)}
              onClick={() => add(option)}
            >
              <span>{option.name}</span>
              {option.sub ? <span className="muted small"> · {option.sub}</span> : null}
            </div>
          ))}
        </div>
      ) : null}
      <FieldError id={`${id}-err`} message={props.error} />
    </div>
  );
}
