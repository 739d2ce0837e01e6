import { useQueries } from "@tanstack/react-query";
import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { keys } from "../../api/keys.ts";
import { getRelationship } from "../../api/people.ts";
import { usePick } from "../../i18n/use-locale.ts";
import "./restriction-notices.css";

/**
 * "Ausschreibung läuft: …" for each person who is a stakeholder of a tender whose procedure
 * restricts personal contact right now: shown wherever one is about to reach out to them.
 */
export function RestrictionNotices({ personIds }: { personIds: readonly string[] }): ReactElement | null {
  const { t } = useTranslation();
  const pick = usePick();
  // The same query as the person page's warmth card, so the notice costs no extra request there.
  const relationships = useQueries({
    queries: personIds.map((personId) => ({
      queryKey: keys.personPart(personId, "relationship"),
      queryFn: ({ signal }: { signal: AbortSignal }) => getRelationship(personId, signal),
    })),
  });
  const seen = new Set<string>();
  const notices = relationships.flatMap((r) =>
    (r.data?.restrictions ?? [])
      .map((restriction) => ({ ...restriction, key: `${r.data?.personId}:${restriction.dealId}` }))
      .filter((restriction) => {
        if (seen.has(restriction.key)) return false;
        seen.add(restriction.key);
        return true;
      }),
  );
  if (notices.length === 0) return null;
  return (
    <div className="restrictions">
      {notices.map((restriction) => (
        <div key={restriction.key} className="notice caution restriction" role="note">
          <span className="restriction-text">
            <span aria-hidden="true">⚠ </span>
            {pick(restriction.warning)}
          </span>
          <Link href={`/deals/${restriction.dealId}`} className="text-link">
            {t("tender.restrictionLink")}
          </Link>
        </div>
      ))}
    </div>
  );
}
