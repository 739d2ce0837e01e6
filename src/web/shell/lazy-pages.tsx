import { lazy } from "react";

// Deals and "does friendship sell?" are not where the day starts: they load on first visit, so the
// first page stays small on a phone connection (docs/decisions/061-deals-and-analytics-pages.md).
export const PipelinePage = lazy(() =>
  import("../features/deals/pipeline-page.tsx").then((m) => ({ default: m.PipelinePage })),
);
export const NewDealPage = lazy(() =>
  import("../features/deals/new-deal-page.tsx").then((m) => ({ default: m.NewDealPage })),
);
export const DealPage = lazy(() =>
  import("../features/deals/deal-page.tsx").then((m) => ({ default: m.DealPage })),
);
export const AnalyticsPage = lazy(() =>
  import("../features/analytics/analytics-page.tsx").then((m) => ({ default: m.AnalyticsPage })),
);
export const FigurePage = lazy(() =>
  import("../features/analytics/figure-page.tsx").then((m) => ({ default: m.FigurePage })),
);
