import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useTitle } from "../ui/use-title.ts";

export function NotFoundPage(): ReactElement {
  const { t } = useTranslation();
  useTitle(t("notFound.title"));
  return (
    <section className="page narrow">
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.text")}</p>
      <Link href="/" className="button primary">
        {t("notFound.home")}
      </Link>
    </section>
  );
}
