import { useQuery } from "@tanstack/react-query";
import type { ReactElement, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { getBriefing } from "../../api/briefing.ts";
import { keys } from "../../api/keys.ts";
import type { Briefing } from "../../api/types.ts";
import { formatDateTime, formatDay } from "../../i18n/format.ts";
import { useLocale, usePick } from "../../i18n/use-locale.ts";
import { Avatar } from "../../ui/avatar.tsx";
import { Icon } from "../../ui/icons.tsx";
import { personName } from "../../ui/person-name.ts";
import { Ratings } from "../../ui/ratings.tsx";
import { ErrorNote, Loading } from "../../ui/status.tsx";
import { useTitle } from "../../ui/use-title.ts";
import { WarmthMeter } from "../../ui/warmth-meter.tsx";

// One screen, one printed page: lists are cut to what fits an A4 sheet next to everything else.
const MAX_FACTS = 6;
const MAX_DATES = 3;
const MAX_LOOPS = 6;
const MAX_CONVERSATIONS = 2;

/** Gesprächsvorbereitung: the card to read in the car park before going in. */
export function BriefingPage({ id }: { id: string }): ReactElement {
  const { t } = useTranslation();
  const briefing = useQuery({
    queryKey: keys.briefing(id),
    queryFn: ({ signal }) => getBriefing(id, signal),
  });
  const name = briefing.data ? personName(briefing.data.person) || t("common.unnamed") : undefined;
  useTitle(name ? t("briefing.titleFor", { name }) : t("briefing.title"));
  if (briefing.isPending) return <Loading />;
  if (briefing.isError) return <ErrorNote error={briefing.error} />;
  return <BriefingCard briefing={briefing.data} name={name ?? ""} />;
}

function BriefingCard({ briefing: b, name }: { briefing: Briefing; name: string }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const pick = usePick();
  const p = b.person;
  const subtitle = [p.jobTitle, b.company].filter(Boolean).join(" · ");
  const since = b.who.addressFormSince ? formatDay(locale, b.who.addressFormSince) : null;

  return (
    <article className="page briefing" aria-labelledby="briefing-name">
      <div className="briefing-toolbar no-print">
        <Link href={`/people/${p.id}`} className="back-link">
          <Icon name="back" size={18} /> {t("briefing.toProfile")}
        </Link>
        <div className="row-actions">
          <button type="button" className="button small ghost" onClick={() => window.print()}>
            <Icon name="print" size={18} /> {t("briefing.print")}
          </button>
          <Link href={`/log?person=${p.id}`} className="button small primary">
            <Icon name="log" size={18} /> {t("person.log")}
          </Link>
        </div>
      </div>

      <header className="briefing-head">
        <Avatar name={name} size={56} />
        <div>
          <p className="eyebrow">{t("briefing.title")}</p>
          <h1 id="briefing-name">{name}</h1>
          {subtitle ? <p className="muted">{subtitle}</p> : null}
          <p className="chips">
            <span className="stage-chip">{t(`stage.${b.who.stage}`)}</span>
            <span className="stage-chip">
              {t(`addressForm.${b.who.addressForm}`)}
              {since ? ` · ${t("addressForm.since", { date: since })}` : ""}
            </span>
          </p>
        </div>
        <WarmthMeter score={b.who.warmth.score} compact />
      </header>

      {b.businessOnly ? (
        <div className="notice caution" role="note">
          <strong>{t("briefing.businessOnly")}</strong>
          {b.stanceReason ? <span> — {b.stanceReason}</span> : null}
        </div>
      ) : null}
      {b.warnings.map((warning) => (
        <p key={warning.en} className="notice caution" role="note">
          <span aria-hidden="true">⚠ </span>
          {pick(warning)}
        </p>
      ))}

      <p className="mindset">{pick(b.mindset)}</p>

      <div className="briefing-grid">
        <BriefingSection title={t("briefing.who")}>
          <dl className="facts-dl">
            {b.who.knownSince ? (
              <>
                <dt>{t("details.knownSince")}</dt>
                <dd>
                  {formatDay(locale, b.who.knownSince)}
                  {b.who.knownFor ? <span className="muted"> · {pick(b.who.knownFor)}</span> : null}
                </dd>
              </>
            ) : null}
            {b.who.howWeMet ? (
              <>
                <dt>{t("details.howWeMet")}</dt>
                <dd>{b.who.howWeMet}</dd>
              </>
            ) : null}
          </dl>
          <ul className="reasons compact">
            {[...b.who.warmth.parts]
              .filter((part) => part.points !== 0)
              .sort((a, b) => Math.abs(b.points) - Math.abs(a.points))
              .slice(0, 3)
              .map((part) => (
                <li key={part.key}>{pick(part.text)}</li>
              ))}
          </ul>
        </BriefingSection>

        {!b.businessOnly ? (
          <BriefingSection title={t("briefing.life")}>
            {b.life.recentFacts.length === 0 && b.life.upcomingDates.length === 0 ? (
              <p className="muted">{t("briefing.lifeEmpty")}</p>
            ) : null}
            <ul className="fact-list">
              {b.life.upcomingDates.slice(0, MAX_DATES).map((date) => (
                <li key={`${date.date}:${date.text.en}`} className="upcoming">
                  <strong>{formatDay(locale, date.date, "short")}</strong> {pick(date.text)}
                </li>
              ))}
              {b.life.recentFacts.slice(0, MAX_FACTS).map((fact) => (
                <li key={fact.id}>
                  <span className="muted small">{t(`factCategory.${fact.category}`)}: </span>
                  {fact.text}
                </li>
              ))}
            </ul>
          </BriefingSection>
        ) : null}

        <BriefingSection title={t("briefing.ask")}>
          <LoopList loops={b.ask} empty={t("briefing.askEmpty")} />
        </BriefingSection>

        <BriefingSection title={t("briefing.promised")}>
          <LoopList loops={b.promised} empty={t("briefing.promisedEmpty")} />
        </BriefingSection>

        <BriefingSection title={t("briefing.last")}>
          {b.lastConversations.length === 0 ? <p className="muted">{t("briefing.lastEmpty")}</p> : null}
          <ul className="conversation-list">
            {b.lastConversations.slice(0, MAX_CONVERSATIONS).map((c) => (
              <li key={c.id}>
                <p className="timeline-head">
                  <span className="kind-chip">{t(`kind.${c.kind}`)}</span>
                  <span className="muted small">{formatDateTime(locale, c.occurredAt)}</span>
                </p>
                {c.summary ? <p className="clamp">{c.summary}</p> : null}
                {c.outcome ? (
                  <p className="small">
                    <span className="muted">{t("log.outcome")}: </span>
                    {c.outcome}
                  </p>
                ) : null}
                <Ratings atmosphere={c.atmosphere} trust={c.trust} resistance={c.resistance} />
              </li>
            ))}
          </ul>
        </BriefingSection>

        {b.business.notes.length > 0 ? (
          <BriefingSection title={t("briefing.business")}>
            <ul className="reasons compact">
              {b.business.notes.map((note) => (
                <li key={note.en}>{pick(note)}</li>
              ))}
            </ul>
          </BriefingSection>
        ) : null}
      </div>
    </article>
  );
}

function BriefingSection({ title, children }: { title: string; children: ReactNode }): ReactElement {
  return (
    <section className="briefing-section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function LoopList({ loops, empty }: { loops: Briefing["ask"]; empty: string }): ReactElement {
  const locale = useLocale();
  if (loops.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="fact-list">
      {loops.slice(0, MAX_LOOPS).map((loop) => (
        <li key={loop.id}>
          {loop.text}
          {loop.dueOn ? (
            <span className="muted small"> · {formatDay(locale, loop.dueOn, "short")}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
