import { AppShell, Burger, Button, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, type ReactNode } from 'react';
import { Link, Outlet, useMatch } from 'react-router-dom';
import { useCurrentViewer } from '../features/auth/current-viewer';
import { IdleSessionWarning } from '../features/auth/idle-session-warning';
import { AccountMenu } from '../features/auth/account-menu';
import { OnCallNow } from '../features/crisis/on-call-now';
import { hasRole, isDirector } from '../features/auth/viewer-roles';
import { WaypointMark } from '../ui/icons';
import { PageLoader } from '../ui/page-loader';
import { UnsavedWorkGuard } from '../ui/unsaved-work-guard';

const HEADER_HEIGHT = 60;
/** Below this width the links move from the header into a menu behind the burger. */
const NAV_BREAKPOINT = 'md';
export const MAIN_CONTENT_ID = 'main-content';

function NavLink({
  to,
  children,
  also,
  stacked,
  onNavigate,
}: {
  to: string;
  children: string;
  also?: string;
  stacked?: boolean;
  onNavigate?: () => void;
}) {
  const here = useMatch({ path: to, end: false }) !== null;
  // A chart is opened from the caseload, so the caseload stays lit while reading one.
  const related = useMatch({ path: also ?? '/__none__', end: false }) !== null;
  const active = here || related;
  return (
    <Button
      component={Link}
      to={to}
      variant={active ? 'light' : 'subtle'}
      color={active ? undefined : 'gray'}
      aria-current={here ? 'page' : undefined}
      size={stacked ? 'md' : 'sm'}
      // Tighter than a form button: a director's nine screens and the on-call line share one row.
      px={stacked ? undefined : 10}
      fw={active ? 600 : 500}
      fullWidth={stacked}
      justify={stacked ? 'flex-start' : undefined}
      onClick={onNavigate}
    >
      {children}
    </Button>
  );
}

/** The screens this viewer works in, in the order of a working day. */
function MainLinks({ stacked, onNavigate }: { stacked?: boolean; onNavigate?: () => void }) {
  const viewer = useCurrentViewer();
  const links: ReactNode[] = [
    isDirector(viewer) && (
      <NavLink key="dashboard" to="/dashboard" stacked={stacked} onNavigate={onNavigate}>
        Dashboard
      </NavLink>
    ),
    hasRole(viewer, 'CLINICIAN') && (
      <NavLink key="today" to="/today" stacked={stacked} onNavigate={onNavigate}>
        Today
      </NavLink>
    ),
    (hasRole(viewer, 'INTAKE') || isDirector(viewer)) && (
      <NavLink key="intake" to="/intake" stacked={stacked} onNavigate={onNavigate}>
        Intake
      </NavLink>
    ),
    <NavLink
      key="caseload"
      to="/caseload"
      also="/clients"
      stacked={stacked}
      onNavigate={onNavigate}
    >
      Caseload
    </NavLink>,
    viewer.programRoles.some((r) => r.role !== 'ADMIN') && (
      <NavLink key="groups" to="/groups" stacked={stacked} onNavigate={onNavigate}>
        Groups
      </NavLink>
    ),
    (hasRole(viewer, 'CLINICIAN') || isDirector(viewer)) && (
      <NavLink key="my-week" to="/sessions/week" stacked={stacked} onNavigate={onNavigate}>
        My week
      </NavLink>
    ),
    (hasRole(viewer, 'CASE_MANAGER') || hasRole(viewer, 'CLINICIAN') || isDirector(viewer)) && (
      <NavLink key="resources" to="/resources" stacked={stacked} onNavigate={onNavigate}>
        Resources
      </NavLink>
    ),
    isDirector(viewer) && (
      <NavLink key="access-log" to="/access-log" stacked={stacked} onNavigate={onNavigate}>
        Access log
      </NavLink>
    ),
    (isDirector(viewer) || hasRole(viewer, 'ADMIN')) && (
      <NavLink key="programs" to="/programs" stacked={stacked} onNavigate={onNavigate}>
        Programs
      </NavLink>
    ),
    hasRole(viewer, 'ADMIN') && (
      <NavLink key="administration" to="/admin/staff" stacked={stacked} onNavigate={onNavigate}>
        Administration
      </NavLink>
    ),
  ];
  return links.filter(Boolean);
}

export function AppLayout() {
  // The playground is a full-height tool; the other screens are reading pages with margins.
  const fullBleed = useMatch('/playground') !== null;
  const [menuOpen, menu] = useDisclosure(false);
  return (
    <AppShell
      header={{ height: HEADER_HEIGHT }}
      navbar={{
        width: 280,
        breakpoint: NAV_BREAKPOINT,
        collapsed: { desktop: true, mobile: !menuOpen },
      }}
      padding={fullBleed ? 0 : { base: 'sm', sm: 'xl' }}
    >
      <a className="skip-link" href={`#${MAIN_CONTENT_ID}`}>
        Skip to main content
      </a>
      <AppShell.Header px={{ base: 'sm', sm: 'xl' }}>
        <Group h="100%" justify="space-between" wrap="nowrap" gap="md">
          <Group gap="xl" wrap="nowrap">
            <Group gap="xs" wrap="nowrap">
              <Burger
                opened={menuOpen}
                onClick={menu.toggle}
                hiddenFrom={NAV_BREAKPOINT}
                size="sm"
                aria-label="Menu"
                aria-expanded={menuOpen}
                aria-controls="main-nav-menu"
                data-testid="nav-menu-button"
              />
              <UnstyledButton component={Link} to="/" aria-label="Waypoint home">
                <Group gap="xs" wrap="nowrap">
                  <WaypointMark size={28} />
                  <Text fw={700} fz={20} lh={1} style={{ letterSpacing: '-0.01em' }}>
                    Waypoint
                  </Text>
                </Group>
              </UnstyledButton>
            </Group>
            <Group
              component="nav"
              aria-label="Main"
              gap={4}
              wrap="nowrap"
              visibleFrom={NAV_BREAKPOINT}
              data-testid="main-nav"
            >
              <MainLinks />
            </Group>
          </Group>
          <OnCallNow visibleFrom="sm" />
          <AccountMenu />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" id="main-nav-menu" hiddenFrom={NAV_BREAKPOINT}>
        {/* Rendered only while open: a collapsed menu slides off-screen but would stay tabbable. */}
        {menuOpen && (
          <Stack component="nav" aria-label="Main" gap={4} data-testid="main-nav-menu">
            {/* Choosing a screen takes the reader there, not back to the menu. */}
            <MainLinks stacked onNavigate={menu.close} />
            {/* On a phone the header has no room for the crisis line: it is here. */}
            <OnCallNow hiddenFrom="sm" onClick={menu.close} />
          </Stack>
        )}
      </AppShell.Navbar>
      <AppShell.Main bg={fullBleed ? undefined : 'gray.0'} id={MAIN_CONTENT_ID} tabIndex={-1}>
        {fullBleed ? (
          <div style={{ height: `calc(100dvh - ${HEADER_HEIGHT}px)` }}>
            <Suspense fallback={<PageLoader label="Loading the API playground…" />}>
              <Outlet />
            </Suspense>
          </div>
        ) : (
          <div style={{ maxWidth: 1320, margin: '0 auto' }}>
            <Suspense fallback={<PageLoader />}>
              <Outlet />
            </Suspense>
          </div>
        )}
      </AppShell.Main>
      <IdleSessionWarning />
      <UnsavedWorkGuard />
    </AppShell>
  );
}
