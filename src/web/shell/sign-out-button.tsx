import { useMutation } from "@tanstack/react-query";
import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { signOut } from "../api/misc.ts";
import { markSignedOut } from "../api/session.ts";

/** Ends the browser session; the HttpOnly cookie can only be cleared by the server. */
export function SignOutButton(): ReactElement {
  const { t } = useTranslation();
  const out = useMutation({ mutationFn: signOut, onSettled: () => markSignedOut() });
  return (
    <button
      type="button"
      className="button ghost small"
      disabled={out.isPending}
      onClick={() => out.mutate()}
    >
      {t("nav.signOut")}
    </button>
  );
}
