import type { ReactElement } from "react";
import { Route, Switch } from "wouter";
import { BriefingPage } from "../features/briefing/briefing-page.tsx";
import { CompaniesPage } from "../features/companies/companies-page.tsx";
import { CompanyPage } from "../features/companies/company-page.tsx";
import { LogPage } from "../features/log/log-page.tsx";
import { PeoplePage } from "../features/people/people-page.tsx";
import { PersonPage } from "../features/person/person-page.tsx";
import { TodayPage } from "../features/today/today-page.tsx";
import { NotFoundPage } from "./not-found-page.tsx";

export function AppRoutes(): ReactElement {
  return (
    <Switch>
      <Route path="/" component={TodayPage} />
      <Route path="/people" component={PeoplePage} />
      <Route path="/people/:id/briefing">{(params) => <BriefingPage id={params.id} />}</Route>
      <Route path="/people/:id">{(params) => <PersonPage id={params.id} />}</Route>
      <Route path="/companies" component={CompaniesPage} />
      <Route path="/companies/:id">{(params) => <CompanyPage id={params.id} />}</Route>
      <Route path="/log" component={LogPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
