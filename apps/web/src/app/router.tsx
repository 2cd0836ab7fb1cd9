import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { BreakGlassAccessesPage } from '../features/access-log/break-glass-accesses-page';
import { AuthGate } from '../features/auth/auth-gate';
import { SignInPage } from '../features/auth/sign-in-page';
import { CaseloadPage } from '../features/caseload/caseload-page';
import { ClientChartRoute } from '../features/client-chart/client-chart-page';
import { IntakeOutcomePage } from '../features/intake/intake-outcome-page';
import { IntakePage } from '../features/intake/intake-page';
import { NewInquiryPage } from '../features/intake/new-inquiry-page';
import { HomeRedirect } from '../features/today/home-redirect';
import { TodayPage } from '../features/today/today-page';
import { ForgotPasswordPage } from '../features/password/forgot-password-page';
import { NewStaffPage } from '../features/administration/new-staff-page';
import { StaffDetailPage } from '../features/administration/staff-detail-page';
import { StaffListPage } from '../features/administration/staff-list-page';
import { ReassignmentPage } from '../features/reassignment/reassignment-page';
import { NotFoundPage } from '../ui/not-found-page';
import { PageLoader } from '../ui/page-loader';
import { RouteErrorPage } from '../ui/route-error-page';
import { AppLayout } from './app-layout';

// GraphiQL brings Monaco (megabytes): it loads only when someone opens the playground.
const PlaygroundPage = lazy(() =>
  import('../features/playground/playground-page').then((m) => ({ default: m.PlaygroundPage })),
);
// The dashboard's charts (recharts) load only for those who open it.
const DashboardPage = lazy(() =>
  import('../features/dashboard/dashboard-page').then((m) => ({ default: m.DashboardPage })),
);
// Program settings are for directors and administrators, now and then.
const ProgramsPage = lazy(() =>
  import('../features/program-settings/programs-page').then((m) => ({ default: m.ProgramsPage })),
);
const ProgramSettingsPage = lazy(() =>
  import('../features/program-settings/program-settings-page').then((m) => ({
    default: m.ProgramSettingsPage,
  })),
);
// The treatment plan's progress charts (recharts) load with it.
const TreatmentPlanRoute = lazy(() =>
  import('../features/treatment-plan/treatment-plan-page').then((m) => ({
    default: m.TreatmentPlanRoute,
  })),
);

// The password policy's list of common passwords loads only where a password is chosen.
const SetPasswordPage = lazy(() =>
  import('../features/password/set-password-page').then((m) => ({ default: m.SetPasswordPage })),
);
const MyAccountPage = lazy(() =>
  import('../features/account/my-account-page').then((m) => ({ default: m.MyAccountPage })),
);

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage />, errorElement: <RouteErrorPage /> },
  { path: '/forgot-password', element: <ForgotPasswordPage />, errorElement: <RouteErrorPage /> },
  {
    path: '/set-password',
    element: (
      <Suspense fallback={<PageLoader />}>
        <SetPasswordPage />
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
        element: <AppLayout />,
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
          { path: 'programs', element: <ProgramsPage /> },
          { path: 'programs/:programId', element: <ProgramSettingsPage /> },
          { path: 'account', element: <MyAccountPage /> },
          { path: 'reassignment', element: <ReassignmentPage /> },
          { path: 'admin/staff', element: <StaffListPage /> },
          { path: 'admin/staff/new', element: <NewStaffPage /> },
          { path: 'admin/staff/:staffId', element: <StaffDetailPage /> },
          { path: 'playground', element: <PlaygroundPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
