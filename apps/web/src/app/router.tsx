import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { AuthGate } from '../features/auth/auth-gate';
import { HomeRedirect } from '../features/today/home-redirect';
import { NotFoundPage } from '../ui/not-found-page';
import { PageLoader } from '../ui/page-loader';
import { RouteErrorPage } from '../ui/route-error-page';

// Every screen, and the layout signed-in screens sit in, is its own chunk fetched when first
// opened: the first load is the app's shell plus the screen it lands on, within the budget that
// `pnpm run check:bundle` measures for sign-in and Today. The playground brings Monaco
// (megabytes), the dashboard and the treatment plan bring charts (recharts).
function screen<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const SignInPage = screen(() => import('../features/auth/sign-in-page'), 'SignInPage');
const AppLayout = screen(() => import('./app-layout'), 'AppLayout');
const TodayPage = screen(() => import('../features/today/today-page'), 'TodayPage');
const PlaygroundPage = screen(
  () => import('../features/playground/playground-page'),
  'PlaygroundPage',
);
const DashboardPage = screen(() => import('../features/dashboard/dashboard-page'), 'DashboardPage');
const TreatmentPlanRoute = screen(
  () => import('../features/treatment-plan/treatment-plan-page'),
  'TreatmentPlanRoute',
);
const ClientChartRoute = screen(
  () => import('../features/client-chart/client-chart-page'),
  'ClientChartRoute',
);
const CaseloadPage = screen(() => import('../features/caseload/caseload-page'), 'CaseloadPage');
const IntakePage = screen(() => import('../features/intake/intake-page'), 'IntakePage');
const NewInquiryPage = screen(
  () => import('../features/intake/new-inquiry-page'),
  'NewInquiryPage',
);
const IntakeOutcomePage = screen(
  () => import('../features/intake/intake-outcome-page'),
  'IntakeOutcomePage',
);
const BreakGlassAccessesPage = screen(
  () => import('../features/access-log/break-glass-accesses-page'),
  'BreakGlassAccessesPage',
);

export const router = createBrowserRouter([
  {
    path: '/sign-in',
    element: (
      <Suspense fallback={<PageLoader />}>
        <SignInPage />
      </Suspense>
    ),
    errorElement: <RouteErrorPage />,
  },
  {
    // Every other screen is for signed-in staff.
    path: '/',
    element: <AuthGate />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: (
          <Suspense fallback={<PageLoader />}>
            <AppLayout />
          </Suspense>
        ),
        children: [
          { index: true, element: <HomeRedirect /> },
          { path: 'dashboard', element: <DashboardPage /> },
          { path: 'today', element: <TodayPage /> },
          { path: 'caseload', element: <CaseloadPage /> },
          { path: 'intake', element: <IntakePage /> },
          { path: 'intake/new', element: <NewInquiryPage /> },
          { path: 'intake/outcome', element: <IntakeOutcomePage /> },
          { path: 'clients/:clientId', element: <ClientChartRoute /> },
          { path: 'clients/:clientId/plan', element: <TreatmentPlanRoute /> },
          { path: 'access-log', element: <BreakGlassAccessesPage /> },
          { path: 'playground', element: <PlaygroundPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
