import { useQuery } from "@tanstack/react-query";
import { type KeyboardEvent, type ReactElement, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "wouter";
import { keys } from "../../api/keys.ts";
import { search } from "../../api/misc.ts";
import { Icon, type IconName } from "../../ui/icons.tsx";
import { useDebounced } from "../../ui/use-debounced.ts";

interface Entry {
  key: string;
  icon: IconName;
  label: string;
  hint: string | null;
  href: string;
}

/** Ctrl/Cmd-K: jump to any person or company, or start a conversation log, without the mouse. */
export function CommandPalette({ onClose }: { onClose: () => void }): ReactElement {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const dialog = useRef<HTMLDialogElement>(null);
  const listId = useId();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const q = useDebounced(query.trim(), 120);

  useEffect(() => {
    const node = dialog.current;
    if (node && !node.open) node.showModal();
    return () => node?.close();
  }, []);

  const results = useQuery({
    queryKey: keys.search(q, "person,company"),
    queryFn: ({ signal }) => search(q, "person,company", 8, signal),
    enabled: q.length > 0,
    placeholderData: (previous) => previous,
  });

  const actions: Entry[] = [
    { key: "a:log", icon: "log", label: t("palette.log"), hint: t("palette.hintN"), href: "/log" },
    { key: "a:today", icon: "today", label: t("nav.today"), hint: t("palette.hintGH"), href: "/" },
    { key: "a:people", icon: "people", label: t("nav.people"), hint: t("palette.hintGK"), href: "/people" },
    { key: "a:companies", icon: "companies", label: t("nav.companies"), hint: null, href: "/companies" },
  ];
  const needle = query.trim().toLowerCase();
  const found: Entry[] =
    q.length > 0
      ? (results.data?.items ?? []).map((item) => ({
          key: `${item.type}:${item.id}`,
          icon: item.type === "company" ? "companies" : "people",
          label: item.title,
          hint: item.subtitle,
          href: item.type === "company" ? `/companies/${item.id}` : `/people/${item.personId ?? item.id}`,
        }))
      : [];
  const entries = [
    ...found,
    ...actions.filter((a) => needle === "" || a.label.toLowerCase().includes(needle)),
  ];
  const current = Math.min(active, Math.max(entries.length - 1, 0));

  const go = (entry: Entry | undefined) => {
    if (!entry) return;
    onClose();
    navigate(entry.href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setActive((current + 1) % Math.max(entries.length, 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((current - 1 + entries.length) % Math.max(entries.length, 1));
    } else if (event.key === "Enter") {
      event.preventDefault();
      go(entries[current]);
    }
  };

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the backdrop click is a mouse convenience; Escape closes for keyboards
    <dialog
      ref={dialog}
      className="palette"
      aria-label={t("palette.title")}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === dialog.current) onClose();
      }}
    >
      <div className="palette-box">
        <div className="palette-input">
          <Icon name="search" />
          <input
            autoFocus
            role="combobox"
            aria-expanded="true"
            aria-controls={listId}
            aria-activedescendant={entries[current] ? `${listId}-${current}` : undefined}
            aria-label={t("palette.placeholder")}
            placeholder={t("palette.placeholder")}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
        </div>
        <div className="palette-list" id={listId} role="listbox" aria-label={t("palette.results")}>
          {entries.map((entry, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard selection happens in the combobox input
            <div
              key={entry.key}
              id={`${listId}-${index}`}
              role="option"
              tabIndex={-1}
              aria-selected={index === current}
              className="palette-item"
              onMouseEnter={() => setActive(index)}
              onClick={() => go(entry)}
            >
              <Icon name={entry.icon} />
              <span className="palette-label">{entry.label}</span>
              {entry.hint ? <span className="palette-hint">{entry.hint}</span> : null}
            </div>
          ))}
          {q.length > 0 && results.isSuccess && found.length === 0 ? (
            <p className="palette-empty">{t("palette.none")}</p>
          ) : null}
        </div>
        <p className="palette-foot">{t("palette.help")}</p>
      </div>
    </dialog>
  );
}
