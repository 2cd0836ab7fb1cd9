import { AppShell, Button, Group, Text, UnstyledButton } from '@mantine/core';
import { Suspense } from 'react';
import { Link, Outlet, useMatch } from 'react-router-dom';
import { useCurrentViewer } from '../features/auth/current-viewer';
import { IdleSessionWarning } from '../features/auth/idle-session-warning';
import { UserMenu } from '../features/auth/user-menu';
import { hasRole, isDirector } from '../features/auth/viewer-roles';
import { WaypointMark } from '../ui/icons';
import { PageLoader } from '../ui/page-loader';
import { UnsavedWorkGuard } from '../ui/unsaved-work-guard';

const HEADER_HEIGHT = 60;

function HeaderLink({ to, children, also }: { to: string; children: string; also?: string }) {
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
      size="sm"
      fw={active ? 600 : 500}
    >
      {children}
    </Button>
  );
}

export function AppLayout() {
  const viewer = useCurrentViewer();
  // The playground is a full-height tool; the other screens are reading pages with margins.
  const fullBleed = useMatch('/playground') !== null;
  return (
    <AppShell header={{ height: HEADER_HEIGHT }} padding={fullBleed ? 0 : 'xl'}>
      <AppShell.Header px="xl">
        <Group h="100%" justify="space-between" wrap="nowrap" gap="xl">
          <Group gap="xl" wrap="nowrap">
            <UnstyledButton component={Link} to="/" aria-label="Waypoint home">
              <Group gap="xs" wrap="nowrap">
                <WaypointMark size={28} />
                <Text fw={700} fz={20} lh={1} style={{ letterSpacing: '-0.01em' }}>
                  Waypoint
                </Text>
              </Group>
            </UnstyledButton>
            <Group component="nav" aria-label="Main" gap={4} wrap="nowrap" data-testid="main-nav">
              {isDirector(viewer) && <HeaderLink to="/dashboard">Dashboard</HeaderLink>}
              {hasRole(viewer, 'CLINICIAN') && <HeaderLink to="/today">Today</HeaderLink>}
              {(hasRole(viewer, 'INTAKE') || isDirector(viewer)) && (
                <HeaderLink to="/intake">Intake</HeaderLink>
              )}
              <HeaderLink to="/caseload" also="/clients">
                Caseload
              </HeaderLink>
              {isDirector(viewer) && <HeaderLink to="/access-log">Access log</HeaderLink>}
              <HeaderLink to="/playground">API playground</HeaderLink>
            </Group>
          </Group>
          <UserMenu />
        </Group>
      </AppShell.Header>
      <AppShell.Main bg={fullBleed ? undefined : 'gray.0'}>
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
