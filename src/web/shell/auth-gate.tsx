import { useQuery } from "@tanstack/react-query";
import { type ReactElement, useSyncExternalStore } from "react";
import { Route, Switch } from "wouter";
import { keys } from "../api/keys.ts";
import { getMe } from "../api/misc.ts";
import { isSignedOut, subscribeSession } from "../api/session.ts";
import { SignInPage } from "../features/sign-in/sign-in-page.tsx";
import { Loading } from "../ui/status.tsx";
import { AppRoutes } from "./app-routes.tsx";
import { Shell } from "./shell.tsx";

/** Asks the server who we are once; any 401 later (an expired session) brings the sign-in page back. */
export function AuthGate(): ReactElement {
  const signedOut = useSyncExternalStore(subscribeSession, isSignedOut);
  const me = useQuery({ queryKey: keys.me, queryFn: ({ signal }) => getMe(signal), staleTime: Infinity });
  if (signedOut) return <SignInPage />;
  return (
    <Switch>
      <Route path="/sign-in">
        <SignInPage signedIn={me.isSuccess} />
      </Route>
      <Route>
        {me.isPending ? (
          <div className="boot">
            <Loading />
          </div>
        ) : (
          <Shell>
            <AppRoutes />
          </Shell>
        )}
      </Route>
    </Switch>
  );
}
