import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type ReactElement, type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/api-error.ts";
import { keys } from "../../api/keys.ts";
import { likelyDuplicates, mergePerson } from "../../api/people.ts";
import type { Person } from "../../api/types.ts";
import { personName } from "../../ui/person-name.ts";
import { useDebounced } from "../../ui/use-debounced.ts";
import { usePersonSearch } from "../people/use-person-search.ts";

/**
 * "Dieselbe Person zweimal?": pick one of the likely duplicates the API proposes (same email or
 * phone, a close name at the same company), or find the other record, and fold it into this one.
 * The other record's conversations, facts, loops, relations, deal roles, channels and tags move
 * here; it is deleted. Two clicks, because it cannot be undone.
 */
export function MergeCard({ person }: { person: Person }): ReactElement {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [text, setText] = useState("");
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  const [merged, setMerged] = useState<string | null>(null);
  const q = useDebounced(text.trim(), 120);
  const results = usePersonSearch(q);
  const duplicates = useQuery({
    queryKey: keys.personPart(person.id, "duplicates"),
    queryFn: ({ signal }) => likelyDuplicates(person.id, signal),
  });
  const likely = duplicates.data?.items ?? [];
  const merge = useMutation({
    mutationFn: (other: { id: string; name: string }) => mergePerson(person.id, other.id),
    onSuccess: async (_kept, other) => {
      setMerged(other.name);
      setChosen(null);
      setText("");
      await queryClient.invalidateQueries();
    },
  });
  const candidates: Candidate[] = (results.data?.items ?? [])
    .map((item) => ({ id: item.personId ?? item.id, name: item.title, sub: item.subtitle }))
    .filter((item) => item.id !== person.id);
  const proposals: Candidate[] = likely.map(({ person: other, companyName, matchedBy }) => ({
    id: other.id,
    name: personName(other) || t("common.unnamed"),
    sub: [companyName, ...matchedBy.map((reason) => t(`merge.reason.${reason}`))].filter(Boolean).join(" · "),
  }));
  const choose = (candidate: Candidate) => {
    setChosen(candidate);
    setMerged(null);
  };

  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{t("merge.title")}</h2>
      <p className="muted small">{t("merge.hint")}</p>
      {proposals.length > 0 && !chosen ? (
        <>
          <p className="field-label" id={`${id}-likely`}>
            {t("merge.likely")}
          </p>
          <CandidateList candidates={proposals} onChoose={choose} labelledBy={`${id}-likely`} />
        </>
      ) : null}
      <label className="field-label" htmlFor={`${id}-search`}>
        {proposals.length > 0 ? t("merge.orSearch") : t("merge.search")}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        value={text}
        autoComplete="off"
        onChange={(event) => {
          setText(event.target.value);
          setChosen(null);
          setMerged(null);
        }}
      />
      {q.length > 0 && !chosen ? (
        <CandidateList candidates={candidates} onChoose={choose} label={t("merge.candidates")}>
          {results.data && candidates.length === 0 ? <li className="muted">{t("merge.none")}</li> : null}
        </CandidateList>
      ) : null}
      {chosen ? (
        <div className="row-actions">
          <p>{t("merge.confirm", { other: chosen.name })}</p>
          <button
            type="button"
            className="button small primary"
            disabled={merge.isPending}
            onClick={() => merge.mutate(chosen)}
          >
            {t("merge.do")}
          </button>
          <button type="button" className="button small ghost" onClick={() => setChosen(null)}>
            {t("merge.cancel")}
          </button>
        </div>
      ) : null}
      {merge.isError ? (
        <p className="error-note" role="alert">
          {isApiError(merge.error) ? merge.error.message : t("merge.failed")}
        </p>
      ) : null}
      {merged ? <p role="status">{t("merge.done", { other: merged })}</p> : null}
    </section>
  );
}

interface Candidate {
  id: string;
  name: string;
  /** Company, role or why it was proposed. */
  sub: string | null;
}

/** Records to choose from, as buttons: "Ida Doppelhof · gleiche E-Mail". */
function CandidateList({
  candidates,
  onChoose,
  label,
  labelledBy,
  children,
}: {
  candidates: Candidate[];
  onChoose: (candidate: Candidate) => void;
  label?: string;
  labelledBy?: string;
  children?: ReactNode;
}): ReactElement {
  return (
    <ul className="plain-list" aria-label={label} aria-labelledby={labelledBy}>
      {candidates.map((candidate) => (
        <li key={candidate.id}>
          <button type="button" className="button small ghost" onClick={() => onChoose(candidate)}>
            {candidate.name}
            {candidate.sub ? <span className="muted small"> · {candidate.sub}</span> : null}
          </button>
        </li>
      ))}
      {children}
    </ul>
  );
}
