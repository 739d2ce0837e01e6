import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";

/** Where users keep their contacts before Kundenfreund, each with the way out as a file. */
const SOURCES = ["iphone", "google", "outlook", "linkedin", "crm"] as const;

/**
 * "Where do I get the file?": the few steps to the export of the places salespeople's contacts
 * live. Folded away, so it costs nobody who knows already a line more than its summary.
 */
export function FileSources(): ReactElement {
  const { t } = useTranslation();
  return (
    <details className="quiet-details file-sources">
      <summary>{t("io.sources.title")}</summary>
      <dl>
        {SOURCES.map((source) => (
          <div key={source}>
            <dt>{t(`io.sources.${source}.name`)}</dt>
            <dd>{t(`io.sources.${source}.steps`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
