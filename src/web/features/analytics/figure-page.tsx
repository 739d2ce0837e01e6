import { useQuery } from "@tanstack/react-query";
import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "wouter";
import type { Highlight } from "../../../core/analytics/index.ts";
import { type AnalyticsFigure, type AnalyticsFigureKey, getFigure } from "../../api/analytics.ts";
import { keys } from "../../api/keys.ts";
import { getMe } from "../../api/misc.ts";
import { formatDateTime } from "../../i18n/format.ts";
import { useLocale, usePick } from "../../i18n/use-locale.ts";
import { ErrorNote, Loading } from "../../ui/status.tsx";
import { useTitle } from "../../ui/use-title.ts";
import "./analytics.css";
import { FigureBlock } from "./figure-block.tsx";
import { formatValue } from "./figure-format.ts";
import { FigureNav } from "./figure-nav.tsx";
import { canSeeTeam, scopeFrom } from "./figures.ts";
import { ScopeSwitch } from "./scope-switch.tsx";

/** One "does friendship sell?" figure: headline numbers, then each table as chart, table and CSV. */
export function FigurePage({ figure }: { figure: AnalyticsFigureKey }): ReactElement {
  const { t } = useTranslation();
  const me = useQuery({ queryKey: keys.me, queryFn: ({ signal }) => getMe(signal), staleTime: Infinity });
  const [params, setParams] = useSearchParams();
  const scope = scopeFrom(params.get("scope"), me.data?.role);
  const answer = useQuery({
    queryKey: keys.analytics(figure, scope),
    queryFn: ({ signal }) => getFigure(figure, scope, signal),
    placeholderData: (previous) => (previous?.figure === figure ? previous : undefined),
  });
  const title = t(`analytics.figure.${figure}`);
  useTitle(title);

  return (
    <article className="page analytics-page">
      <FigureNav current={figure} scope={scope} />
      <header className="page-head figure-head">
        <div>
          <p className="eyebrow">{t("analytics.title")}</p>
          <h1>{title}</h1>
          <p className="muted">{t(`analytics.about.${figure}`)}</p>
        </div>
        {canSeeTeam(me.data?.role) ? (
          <ScopeSwitch
            value={scope}
            onChange={(next) =>
              setParams((prev) => {
                const nextParams = new URLSearchParams(prev);
                if (next === "team") nextParams.set("scope", "team");
                else nextParams.delete("scope");
                return nextParams;
              })
            }
          />
        ) : null}
      </header>
      {answer.isPending ? <Loading /> : null}
      {answer.isError ? <ErrorNote error={answer.error} /> : null}
      {answer.data ? <FigureBody data={answer.data} /> : null}
    </article>
  );
}

function FigureBody({ data }: { data: AnalyticsFigure }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const pick = usePick();
  return (
    <>
      {data.note ? <p className="figure-note">{pick(data.note)}</p> : null}
      {data.highlights.length > 0 ? (
        <dl className="highlights">
          {data.highlights.map((h) => (
            <HighlightCard key={h.key} highlight={h} />
          ))}
        </dl>
      ) : null}
      <FigureBlock figure={data.figure} scope={data.scope} table={data} />
      {Object.entries(data.sections).map(([key, table]) => (
        <FigureBlock key={key} figure={data.figure} scope={data.scope} table={table} section={key} />
      ))}
      <p className="muted small">{t("analytics.asOf", { date: formatDateTime(locale, data.asOf) })}</p>
    </>
  );
}

function HighlightCard({ highlight: h }: { highlight: Highlight }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const pick = usePick();
  return (
    <div className={`highlight${h.smallSample ? " small-sample" : ""}`}>
      <dt>{pick(h.label)}</dt>
      <dd>
        <span className="highlight-value">{formatValue(h.value, h.unit, locale)}</span>
        <span className="muted small">{t("analytics.basedOn", { count: h.count })}</span>
        {h.caution ? <span className="caution-line block">{pick(h.caution)}</span> : null}
      </dd>
    </div>
  );
}
