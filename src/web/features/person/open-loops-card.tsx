import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactElement, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { OpenLoopKind } from "../../../core/vocabulary.ts";
import { isApiError } from "../../api/api-error.ts";
import { keys } from "../../api/keys.ts";
import { closeOpenLoop, createOpenLoop, listOpenLoops } from "../../api/people.ts";
import { OPEN_LOOP_KINDS } from "../../api/vocabulary.ts";
import { formatDay, localIsoDay } from "../../i18n/format.ts";
import { useLocale } from "../../i18n/use-locale.ts";
import { Icon } from "../../ui/icons.tsx";
import { FieldError, Loading } from "../../ui/status.tsx";

/** Offene Fäden: what to ask or do next time, added and closed right here. */
export function OpenLoopsCard({ personId }: { personId: string }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const client = useQueryClient();
  const id = useId();
  const loops = useQuery({
    queryKey: keys.personPart(personId, "loops"),
    queryFn: ({ signal }) => listOpenLoops(personId, signal),
  });
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ["person", personId] });
    void client.invalidateQueries({ queryKey: keys.today });
  };
  const close = useMutation({
    mutationFn: (loopId: string) => closeOpenLoop(loopId, localIsoDay(new Date())),
    onSuccess: refresh,
  });
  const [kind, setKind] = useState<OpenLoopKind>("ask");
  const [text, setText] = useState("");
  const [dueOn, setDueOn] = useState("");
  const add = useMutation({
    mutationFn: () => createOpenLoop({ personId, kind, text: text.trim(), dueOn: dueOn || null }),
    onSuccess: () => {
      setText("");
      setDueOn("");
      refresh();
    },
  });
  const error = isApiError(add.error) ? add.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };

  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{t("loops.title")}</h2>
      {loops.isPending ? <Loading /> : null}
      {loops.data && loops.data.items.length === 0 ? <p className="muted">{t("loops.none")}</p> : null}
      <ul className="loop-list">
        {(loops.data?.items ?? []).map((loop) => (
          <li key={loop.id}>
            <button
              type="button"
              className="check-button"
              aria-label={t("loops.close", { text: loop.text })}
              disabled={close.isPending}
              onClick={() => close.mutate(loop.id)}
            >
              <Icon name="check" size={16} />
            </button>
            <span className="loop-text">
              <span className={`loop-kind kind-${loop.kind}`}>{t(`loops.kinds.${loop.kind}`)}</span>{" "}
              {loop.text}
            </span>
            {loop.dueOn ? <span className="muted small">{formatDay(locale, loop.dueOn)}</span> : null}
          </li>
        ))}
      </ul>
      <form className="loop-add" onSubmit={submit}>
        <fieldset className="segmented loop-add-kind">
          <legend className="visually-hidden">{t("loops.kind")}</legend>
          {OPEN_LOOP_KINDS.map((value) => (
            <button key={value} type="button" aria-pressed={kind === value} onClick={() => setKind(value)}>
              {t(`loops.kinds.${value}`)}
            </button>
          ))}
        </fieldset>
        <label className="visually-hidden" htmlFor={`${id}-text`}>
          {t("loops.new")}
        </label>
        <input
          id={`${id}-text`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={kind === "ask" ? t("loops.placeholder") : t("loops.placeholderDo")}
          aria-invalid={error?.fieldMessage("text") ? true : undefined}
          aria-describedby={`${id}-text-err`}
        />
        <label className="visually-hidden" htmlFor={`${id}-due`}>
          {t("loops.dueOn")}
        </label>
        <input id={`${id}-due`} type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
        <button type="submit" className="button small" disabled={add.isPending}>
          {t("loops.add")}
        </button>
        <FieldError
          id={`${id}-text-err`}
          message={error?.fieldMessage("text") ?? error?.fieldMessage("dueOn")}
        />
      </form>
    </section>
  );
}
