import { AppShell, Button, Group, Text, UnstyledButton } from '@mantine/core';
import { Suspense } from 'react';
import { Link, Outlet, useMatch } from 'react-router-dom';
import { WaypointMark } from '../ui/icons';
import { PageLoader } from '../ui/page-loader';

const HEADER_HEIGHT = 60;

function HeaderLink({ to, children }: { to: string; children: string }) {
  const active = useMatch({ path: to, end: false }) !== null;
  return (
    <Button
      component={Link}
      to={to}
      variant={active ? 'light' : 'subtle'}
      color={active ? undefined : 'gray'}
      aria-current={active ? 'page' : undefined}
      size="sm"
      fw={active ? 600 : 500}
    >
      {children}
    </Button>
  );
}

export function AppLayout() {
  // The playground is a full-height tool; the other screens are reading pages with margins.
  const fullBleed = useMatch('/playground') !== null;
  return (
    <AppShell header={{ height: HEADER_HEIGHT }} padding={fullBleed ? 0 : 'xl'}>
      <AppShell.Header px="xl">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <UnstyledButton component={Link} to="/caseload" aria-label="Waypoint home">
            <Group gap="xs" wrap="nowrap">
              <WaypointMark size={28} />
              <Text fw={700} fz={20} lh={1} style={{ letterSpacing: '-0.01em' }}>
                Waypoint
              </Text>
            </Group>
          </UnstyledButton>
          <Group component="nav" aria-label="Main" gap={4} wrap="nowrap">
            <HeaderLink to="/caseload">Caseload</HeaderLink>
            <HeaderLink to="/playground">API playground</HeaderLink>
          </Group>
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
    </AppShell>
  );
}
