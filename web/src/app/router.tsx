import { createRootRoute, createRoute, createRouter, Outlet, redirect } from '@tanstack/react-router';
import { AuditPage } from '../modules/audit/audit-page';
import { OutboxPage } from '../modules/dev/outbox-page';
import { ImportPage } from '../modules/import/import-page';
import { MapPage } from '../modules/map/map-page';
import { SettingsPage } from '../modules/organization/settings-page';
import { AreaPage } from '../modules/places/area-page';
import { AreasPage } from '../modules/places/areas-page';
import { BuildingPage } from '../modules/places/building-page';
import { SubjectRequestsPage } from '../modules/privacy/subject-requests-page';
import { ReportSettingsPage } from '../modules/report-settings/report-settings-page';
import { FiguresPage } from '../modules/reports/figures-page';
import { InboxPage } from '../modules/reports/inbox-page';
import { NewReportPage } from '../modules/reports/new-report-page';
import { ReportPage } from '../modules/reports/report-page';
import { AccountPage } from '../modules/session/account-page';
import { InvitationPage } from '../modules/session/invitation-page';
import { LoginPage } from '../modules/session/login-page';
import { ResetConfirmPage } from '../modules/session/reset-confirm-page';
import { ResetRequestPage } from '../modules/session/reset-request-page';
import {
  SurveyAreaAnalysisPage,
  SurveyBenchmarkPage,
  SurveyChoroplethPage,
  SurveyComparePage,
  SurveyOverviewPage,
} from '../modules/survey-analysis/survey-analysis-routes';
import { ImportResponsesPage } from '../modules/surveys/import-page';
import { NewWavePage } from '../modules/surveys/new-wave-page';
import { PaperResponsePage } from '../modules/surveys/paper-response-page';
import { QuestionsPage } from '../modules/surveys/questions-page';
import { WavePage } from '../modules/surveys/wave-page';
import { WavesPage } from '../modules/surveys/waves-page';
import { UsersPage } from '../modules/users/users-page';
import { MyWorkOrdersPage } from '../modules/work-orders/my-work-orders-page';
import { WorkOrderPage } from '../modules/work-orders/work-order-page';
import { WorkOrdersPage } from '../modules/work-orders/work-orders-page';
import { AuthGate } from './auth-gate';
import { ErrorPage } from './error-page';
import { NotFoundPage } from './not-found-page';
import { PublicLayout } from './public-layout';

const optionalString = (value: unknown) => (typeof value === 'string' ? value : undefined);

const rootRoute = createRootRoute({ component: Outlet, notFoundComponent: NotFoundPage });

const publicRoute = createRoute({ getParentRoute: () => rootRoute, id: 'public', component: PublicLayout });
const loginRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: 'login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => ({
    redirect: optionalString(search.redirect),
  }),
  component: () => <LoginPage redirectTo={loginRoute.useSearch().redirect} />,
});
const forgotRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: 'forgot-password',
  component: ResetRequestPage,
});
const resetRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: 'reset-password',
  validateSearch: (search: Record<string, unknown>): { token?: string } => ({
    token: optionalString(search.token),
  }),
  component: () => <ResetConfirmPage token={resetRoute.useSearch().token} />,
});
const invitationRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: 'invitation',
  validateSearch: (search: Record<string, unknown>): { token?: string } => ({
    token: optionalString(search.token),
  }),
  component: () => <InvitationPage token={invitationRoute.useSearch().token} />,
});

const appRoute = createRoute({ getParentRoute: () => rootRoute, id: 'app', component: AuthGate });
const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/areas' });
  },
});
const areasRoute = createRoute({ getParentRoute: () => appRoute, path: 'areas', component: AreasPage });
const areaRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'areas/$id',
  component: () => <AreaPage id={areaRoute.useParams().id} />,
});
const buildingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'buildings/$id',
  component: () => <BuildingPage id={buildingRoute.useParams().id} />,
});
const mapRoute = createRoute({ getParentRoute: () => appRoute, path: 'map', component: MapPage });
const importRoute = createRoute({ getParentRoute: () => appRoute, path: 'import', component: ImportPage });
const usersRoute = createRoute({ getParentRoute: () => appRoute, path: 'users', component: UsersPage });
const auditRoute = createRoute({ getParentRoute: () => appRoute, path: 'audit', component: AuditPage });
const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings',
  component: SettingsPage,
});
const reportsRoute = createRoute({ getParentRoute: () => appRoute, path: 'reports', component: InboxPage });
const figuresRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'reports/figures',
  component: FiguresPage,
});
const newReportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'reports/new',
  component: NewReportPage,
});
const reportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'reports/$id',
  component: () => <ReportPage id={reportRoute.useParams().id} />,
});
const workOrdersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'work-orders',
  component: WorkOrdersPage,
});
const workOrderRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'work-orders/$id',
  component: () => <WorkOrderPage id={workOrderRoute.useParams().id} />,
});
const myWorkOrdersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'my-work-orders',
  component: MyWorkOrdersPage,
});
const reportSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/reports',
  component: ReportSettingsPage,
});
const surveysRoute = createRoute({ getParentRoute: () => appRoute, path: 'surveys', component: WavesPage });
const newWaveRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'surveys/new',
  component: NewWavePage,
});
const surveyQuestionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'surveys/questions',
  component: QuestionsPage,
});
const waveRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'surveys/$id',
  component: () => <WavePage id={waveRoute.useParams().id} />,
});
const paperResponseRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'surveys/$id/paper',
  component: () => <PaperResponsePage id={paperResponseRoute.useParams().id} />,
});
const importResponsesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'surveys/$id/import',
  component: () => <ImportResponsesPage id={importResponsesRoute.useParams().id} />,
});
const surveyAnalysisRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'surveys/analysis',
  component: SurveyOverviewPage,
});
const surveyAreaAnalysisRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'surveys/analysis/areas/$areaId',
  component: () => <SurveyAreaAnalysisPage areaId={surveyAreaAnalysisRoute.useParams().areaId} />,
});
const surveyCompareRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'surveys/analysis/compare',
  component: SurveyComparePage,
});
const surveyChoroplethRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'surveys/analysis/map',
  component: SurveyChoroplethPage,
});
const surveyBenchmarkRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'surveys/analysis/benchmark',
  component: SurveyBenchmarkPage,
});
// The demo outbox holds password links: a staff page (admins of a demo installation), not a public one.
const outboxRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'dev/outbox',
  component: OutboxPage,
});
const subjectRequestsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'subject-requests',
  component: SubjectRequestsPage,
});
const accountRoute = createRoute({ getParentRoute: () => appRoute, path: 'account', component: AccountPage });

const routeTree = rootRoute.addChildren([
  publicRoute.addChildren([loginRoute, forgotRoute, resetRoute, invitationRoute]),
  appRoute.addChildren([
    indexRoute,
    areasRoute,
    areaRoute,
    buildingRoute,
    mapRoute,
    importRoute,
    usersRoute,
    auditRoute,
    outboxRoute,
    subjectRequestsRoute,
    accountRoute,
    settingsRoute,
    reportsRoute,
    figuresRoute,
    newReportRoute,
    reportRoute,
    workOrdersRoute,
    workOrderRoute,
    myWorkOrdersRoute,
    reportSettingsRoute,
    surveysRoute,
    surveyQuestionsRoute,
    surveyAnalysisRoute,
    surveyAreaAnalysisRoute,
    surveyCompareRoute,
    surveyChoroplethRoute,
    surveyBenchmarkRoute,
    newWaveRoute,
    waveRoute,
    paperResponseRoute,
    importResponsesRoute,
  ]),
]);

export const router = createRouter({ routeTree, defaultPreload: 'intent', defaultErrorComponent: ErrorPage });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
