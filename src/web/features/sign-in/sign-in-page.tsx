import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../../shell/language-switch.tsx";
import { Icon } from "../../ui/icons.tsx";
import { useTitle } from "../../ui/use-title.ts";

/**
 * There is no password: the server prints a one-time link when it starts. This page explains where
 * to find it, and says so plainly when a link was used up or expired (/sign-in?expired=1).
 */
export function SignInPage({ signedIn = false }: { signedIn?: boolean }): ReactElement {
  const { t } = useTranslation();
  useTitle(t("signIn.title"));
  const expired = new URLSearchParams(window.location.search).get("expired") === "1";
  return (
    <main className="sign-in" id="main">
      <div className="sign-in-card">
        <div className="sign-in-top">
          <span className="brand">
            <span className="brand-mark" aria-hidden="true">
              <Icon name="heart" size={18} />
            </span>
            {t("app.name")}
          </span>
          <LanguageSwitch />
        </div>
        <h1>{t("signIn.title")}</h1>
        <p className="lead">{t("app.tagline")}</p>
        {expired ? (
          <p className="notice caution" role="alert">
            {t("signIn.expired")}
          </p>
        ) : null}
        {signedIn ? (
          <p className="notice">
            {t("signIn.alreadySignedIn")}{" "}
            <a href="/" className="text-link">
              {t("signIn.toApp")}
            </a>
          </p>
        ) : null}
        <p>{t("signIn.howTo")}</p>
        <pre className="command">
          <code>npx kundenfreund serve</code>
        </pre>
        <p>{t("signIn.linkHint")}</p>
        <p className="muted small">{t("signIn.newLink")}</p>
      </div>
    </main>
  );
}
