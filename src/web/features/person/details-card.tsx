import { type ReactElement, useId } from "react";
import { useTranslation } from "react-i18next";
import { contactCardUrl } from "../../api/io.ts";
import type { Person } from "../../api/types.ts";
import { formatDay, formatDayMonth } from "../../i18n/format.ts";
import { useLocale } from "../../i18n/use-locale.ts";
import { EditableField } from "./editable-field.tsx";
import { useUpdatePerson } from "./use-update-person.ts";

/** The business card and the story of how you met, each field editable in place. */
export function DetailsCard({ person }: { person: Person }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const update = useUpdatePerson(person.id);
  const save = (patch: Parameters<typeof update.mutateAsync>[0]) => update.mutateAsync(patch);
  const birthday = person.birthday
    ? person.birthday.year
      ? formatDay(
          locale,
          `${person.birthday.year}-${pad(person.birthday.month)}-${pad(person.birthday.day)}`,
          "long",
        )
      : formatDayMonth(locale, person.birthday.day, person.birthday.month)
    : null;

  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{t("details.title")}</h2>
      <EditableField
        label={t("details.howWeMet")}
        field="howWeMet"
        kind="textarea"
        value={person.howWeMet ?? ""}
        onSave={(v) => save({ howWeMet: v || null })}
      />
      <EditableField
        label={t("details.knownSince")}
        field="knownSince"
        kind="date"
        value={person.knownSince ?? ""}
        display={person.knownSince ? formatDay(locale, person.knownSince) : undefined}
        onSave={(v) => save({ knownSince: v || null })}
      />
      {birthday ? (
        <div className="editable">
          <span className="editable-label">{t("details.birthday")}</span>
          <span className="editable-value">{birthday}</span>
        </div>
      ) : null}
      <EditableField
        label={t("details.firstName")}
        field="firstName"
        value={person.firstName}
        onSave={(v) => save({ firstName: v })}
      />
      <EditableField
        label={t("details.lastName")}
        field="lastName"
        value={person.lastName}
        onSave={(v) => save({ lastName: v })}
      />
      <EditableField
        label={t("details.jobTitle")}
        field="jobTitle"
        value={person.jobTitle ?? ""}
        onSave={(v) => save({ jobTitle: v || null })}
      />
      <EditableField
        label={t("details.tags")}
        field="tags"
        value={person.tags.join(", ")}
        display={
          person.tags.length > 0 ? (
            <span className="chip-row">
              {person.tags.map((tag) => (
                <span key={tag} className="tag">
                  {tag}
                </span>
              ))}
            </span>
          ) : undefined
        }
        onSave={(v) =>
          save({
            tags: v
              .split(",")
              .map((tag) => tag.trim())
              .filter(Boolean),
          })
        }
      />
      <EditableField
        label={t("details.notes")}
        field="notes"
        kind="textarea"
        value={person.notes ?? ""}
        onSave={(v, sensitive) => save({ notes: v || null, sensitive })}
      />
      {person.channels.length > 0 ? (
        <ul className="channel-list">
          {person.channels.map((channel) => (
            <li key={`${channel.kind}:${channel.value}`}>
              <span className="editable-label">{t(`channel.${channel.kind}`)}</span>
              {channel.kind === "email" ? (
                <a className="text-link" href={`mailto:${channel.value}`}>
                  {channel.value}
                </a>
              ) : channel.kind === "phone" ? (
                <a className="text-link" href={`tel:${channel.value.replace(/\s+/g, "")}`}>
                  {channel.value}
                </a>
              ) : (
                <span>{channel.value}</span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {person.isContact ? (
        <p className="muted small">
          <a className="text-link" href={contactCardUrl(person.id)} download>
            {t("details.contactCard")}
          </a>
        </p>
      ) : null}
    </section>
  );
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
