import { type ReactElement, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PeopleFilter } from "../../api/people.ts";
import type { Company } from "../../api/types.ts";
import { STAGES, STANCES } from "../../api/vocabulary.ts";
import { Icon } from "../../ui/icons.tsx";
import { useDebounced } from "../../ui/use-debounced.ts";

const SEARCH_DEBOUNCE_MS = 120;

export function PeopleFilters(props: {
  q: string;
  filter: PeopleFilter;
  companies: Company[];
  onChange: (patch: Record<string, string | undefined>) => void;
}): ReactElement {
  const { t } = useTranslation();
  const { filter, companies, onChange } = props;
  const [text, setText] = useState(props.q);
  const debounced = useDebounced(text, SEARCH_DEBOUNCE_MS);
  useEffect(() => {
    if (debounced.trim() !== props.q.trim()) onChange({ q: debounced.trim() || undefined });
  }, [debounced, props.q, onChange]);

  return (
    <div className="filters">
      <label className="search-field">
        <Icon name="search" />
        <span className="visually-hidden">{t("people.search")}</span>
        <input
          type="search"
          value={text}
          placeholder={t("people.searchPlaceholder")}
          onChange={(event) => setText(event.target.value)}
          autoComplete="off"
          enterKeyHint="search"
        />
      </label>
      <details className="filter-more">
        <summary>{t("people.filters")}</summary>
        <div className="filter-grid">
          <label>
            <span>{t("people.sort")}</span>
            <select
              value={filter.sort}
              onChange={(e) => onChange({ sort: e.target.value === "name" ? undefined : e.target.value })}
            >
              <option value="name">{t("people.sortName")}</option>
              <option value="-name">{t("people.sortNameDesc")}</option>
              <option value="-created">{t("people.sortNewest")}</option>
              <option value="-updated">{t("people.sortUpdated")}</option>
            </select>
          </label>
          <label>
            <span>{t("people.company")}</span>
            <select
              value={filter.companyId ?? ""}
              onChange={(e) => onChange({ company: e.target.value || undefined })}
            >
              <option value="">{t("people.all")}</option>
              {companies.map((company) => (
                <option key={company.id} value={company.id}>
                  {company.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t("people.stance")}</span>
            <select
              value={filter.stance ?? ""}
              onChange={(e) => onChange({ stance: e.target.value || undefined })}
            >
              <option value="">{t("people.all")}</option>
              {STANCES.map((stance) => (
                <option key={stance} value={stance}>
                  {t(`stance.${stance}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t("people.stage")}</span>
            <select
              value={filter.stage ?? ""}
              onChange={(e) => onChange({ stage: e.target.value || undefined })}
            >
              <option value="">{t("people.all")}</option>
              {STAGES.map((stage) => (
                <option key={stage} value={stage}>
                  {t(`stage.${stage}`)}
                </option>
              ))}
            </select>
          </label>
          <TagFilter value={filter.tag ?? ""} onChange={(tag) => onChange({ tag: tag || undefined })} />
        </div>
      </details>
    </div>
  );
}

function TagFilter({ value, onChange }: { value: string; onChange: (tag: string) => void }): ReactElement {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const debounced = useDebounced(text.trim(), 300);
  useEffect(() => {
    if (debounced !== value) onChange(debounced);
  }, [debounced, value, onChange]);
  return (
    <label>
      <span>{t("people.tag")}</span>
      <input
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t("people.tagPlaceholder")}
      />
    </label>
  );
}
