import { type ReactElement, Suspense } from "react";
import { Route, Switch } from "wouter";
import { isFigure } from "../features/analytics/figures.ts";
import { BriefingPage } from "../features/briefing/briefing-page.tsx";
import { CompaniesPage } from "../features/companies/companies-page.tsx";
import { CompanyPage } from "../features/companies/company-page.tsx";
import { ImportPage } from "../features/io/import-page.tsx";
import { LogPage } from "../features/log/log-page.tsx";
import { PeoplePage } from "../features/people/people-page.tsx";
import { PersonPage } from "../features/person/person-page.tsx";
import { TodayPage } from "../features/today/today-page.tsx";
import { Loading } from "../ui/status.tsx";
import { AnalyticsPage, DealPage, FigurePage, NewDealPage, PipelinePage } from "./lazy-pages.tsx";
import { NotFoundPage } from "./not-found-page.tsx";

export function AppRoutes(): ReactElement {
  return (
    <Suspense fallback={<Loading />}>
      <Switch>
        <Route path="/" component={TodayPage} />
        <Route path="/people" component={PeoplePage} />
        <Route path="/people/:id/briefing">{(params) => <BriefingPage id={params.id} />}</Route>
        <Route path="/people/:id">{(params) => <PersonPage id={params.id} />}</Route>
        <Route path="/companies" component={CompaniesPage} />
        <Route path="/companies/:id">{(params) => <CompanyPage id={params.id} />}</Route>
        <Route path="/log" component={LogPage} />
        <Route path="/import" component={ImportPage} />
        <Route path="/deals" component={PipelinePage} />
        <Route path="/deals/new" component={NewDealPage} />
        <Route path="/deals/:id">{(params) => <DealPage id={params.id} />}</Route>
        <Route path="/analytics" component={AnalyticsPage} />
        <Route path="/analytics/:figure">
          {(params) => (isFigure(params.figure) ? <FigurePage figure={params.figure} /> : <NotFoundPage />)}
        </Route>
        <Route component={NotFoundPage} />
      </Switch>
    </Suspense>
  );
}
