import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { AuthGate } from '../features/auth/auth-gate';
import { HomeRedirect } from '../features/today/home-redirect';
import { NotFoundPage } from '../ui/not-found-page';
import { PageLoader } from '../ui/page-loader';
import { RouteErrorPage } from '../ui/route-error-page';

// Every screen, and the layout signed-in screens sit in, is its own chunk fetched when first
// opened: the first load is the app's shell plus the screen it lands on, within the budget that
// `pnpm run check:bundle` measures for sign-in and Today. The playground brings Monaco
// (megabytes), the dashboard and the treatment plan bring charts (recharts), and the password
// pages the policy's list of common passwords.
function screen<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const SignInPage = screen(() => import('../features/auth/sign-in-page'), 'SignInPage');
const ForgotPasswordPage = screen(
  () => import('../features/password/forgot-password-page'),
  'ForgotPasswordPage',
);
const SetPasswordPage = screen(
  () => import('../features/password/set-password-page'),
  'SetPasswordPage',
);
const AppLayout = screen(() => import('./app-layout'), 'AppLayout');
const CrisisContactPage = screen(
  () => import('../features/crisis/crisis-contact-page'),
  'CrisisContactPage',
);
const OnCallRosterPage = screen(
  () => import('../features/crisis/on-call-roster-page'),
  'OnCallRosterPage',
);
const ResourceDirectoryPage = screen(
  () => import('../features/resources/resource-directory-page'),
  'ResourceDirectoryPage',
);
const DisclosuresRoute = screen(
  () => import('../features/consents/disclosure-accounting-page'),
  'DisclosuresRoute',
);
const ClientResourceListRoute = screen(
  () => import('../features/resources/client-resource-list-page'),
  'ClientResourceListRoute',
);
const ReferralSheetRoute = screen(
  () => import('../features/referrals/referral-sheet-page'),
  'ReferralSheetRoute',
);
const ProgramDisclosuresPage = screen(
  () => import('../features/consents/program-disclosures-page'),
  'ProgramDisclosuresPage',
);
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
const ProgramsPage = screen(
  () => import('../features/program-settings/programs-page'),
  'ProgramsPage',
);
const ProgramSettingsPage = screen(
  () => import('../features/program-settings/program-settings-page'),
  'ProgramSettingsPage',
);
const MyAccountPage = screen(() => import('../features/account/my-account-page'), 'MyAccountPage');
const ApiTokensPage = screen(
  () => import('../features/api-tokens/api-tokens-page'),
  'ApiTokensPage',
);
const ReassignmentPage = screen(
  () => import('../features/reassignment/reassignment-page'),
  'ReassignmentPage',
);
const GroupsPage = screen(() => import('../features/groups/groups-page'), 'GroupsPage');
const GroupDetailRoute = screen(
  () => import('../features/groups/group-detail-page'),
  'GroupDetailRoute',
);
const StaffListPage = screen(
  () => import('../features/administration/staff-list-page'),
  'StaffListPage',
);
const NewStaffPage = screen(
  () => import('../features/administration/new-staff-page'),
  'NewStaffPage',
);
const StaffDetailPage = screen(
  () => import('../features/administration/staff-detail-page'),
  'StaffDetailPage',
);
const RosterRoute = screen(() => import('../features/attendance/roster-page'), 'RosterRoute');
const SessionNotesPage = screen(
  () => import('../features/progress-notes/session-notes-page'),
  'SessionNotesPage',
);
const MyWeekPage = screen(() => import('../features/sessions/my-week-page'), 'MyWeekPage');
const CounselingNotesRoute = screen(
  () => import('../features/progress-notes/counseling-notes-page'),
  'CounselingNotesRoute',
);

/** A screen outside the signed-in layout (which has its own loader for the screens inside). */
function publicScreen(path: string, page: ReactNode) {
  return {
    path,
    element: <Suspense fallback={<PageLoader />}>{page}</Suspense>,
    errorElement: <RouteErrorPage />,
  };
}

export const router = createBrowserRouter([
  publicScreen('/sign-in', <SignInPage />),
  publicScreen('/forgot-password', <ForgotPasswordPage />),
  publicScreen('/set-password', <SetPasswordPage />),
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
          { path: 'crisis/log', element: <CrisisContactPage /> },
          { path: 'crisis/roster', element: <OnCallRosterPage /> },
          { path: 'caseload', element: <CaseloadPage /> },
          { path: 'intake', element: <IntakePage /> },
          { path: 'intake/new', element: <NewInquiryPage /> },
          { path: 'intake/outcome', element: <IntakeOutcomePage /> },
          { path: 'clients/:clientId', element: <ClientChartRoute /> },
          { path: 'clients/:clientId/plan', element: <TreatmentPlanRoute /> },
          { path: 'clients/:clientId/disclosures', element: <DisclosuresRoute /> },
          { path: 'access-log', element: <BreakGlassAccessesPage /> },
          { path: 'programs', element: <ProgramsPage /> },
          { path: 'programs/:programId', element: <ProgramSettingsPage /> },
          { path: 'account', element: <MyAccountPage /> },
          { path: 'account/api-tokens', element: <ApiTokensPage /> },
          { path: 'reassignment', element: <ReassignmentPage /> },
          { path: 'admin/staff', element: <StaffListPage /> },
          { path: 'admin/staff/new', element: <NewStaffPage /> },
          { path: 'admin/staff/:staffId', element: <StaffDetailPage /> },
          { path: 'groups', element: <GroupsPage /> },
          { path: 'groups/:groupId', element: <GroupDetailRoute /> },
          { path: 'resources', element: <ResourceDirectoryPage /> },
          { path: 'playground', element: <PlaygroundPage /> },
          { path: 'sessions/:sessionId/attendance', element: <RosterRoute /> },
          { path: 'sessions/:sessionId/notes', element: <SessionNotesPage /> },
          { path: 'sessions/week', element: <MyWeekPage /> },
          { path: 'clients/:clientId/resource-list', element: <ClientResourceListRoute /> },
          {
            path: 'clients/:clientId/referrals/:referralId/sheet',
            element: <ReferralSheetRoute />,
          },
          { path: 'disclosures', element: <ProgramDisclosuresPage /> },
          { path: 'clients/:clientId/counseling-notes', element: <CounselingNotesRoute /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
