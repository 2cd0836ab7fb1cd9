import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  EmptyState,
  Grid,
  Group,
  Loader,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { graphql } from '../../gql';
import { describeError } from '../../ui/error-message';
import { UsersIcon } from '../../ui/icons';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { ReassignmentNotice } from '../reassignment/reassignment-notice';
import { useCurrentViewer } from '../auth/current-viewer';
import { readsClientRecords } from '../auth/viewer-roles';
import { CensusSection } from './census-section';
import { ClinicianCaseloadSection } from './clinician-caseload-section';
import { DashboardFilterBar, type ProgramOption } from './dashboard-filter-bar';
import { formatUpdatedAt } from './dashboard-format';
import { drillDownSearch, isFiltered, toDashboardFilter } from './dashboard-url';
import { DrillDownDrawer } from './drill-down-drawer';
import type { DrillDownNames } from './drill-down';
import { KpiCards, KpiCardsSkeleton } from './kpi-cards';
import { ReviewsSection } from './reviews-section';
import { DrillDownLinkContext, useDashboardUrl } from './use-dashboard-url';
import { livePolling, POLL_INTERVAL_MS, useRefreshWhenVisible } from './use-live-polling';
import { WeeklyFlowSection } from './weekly-flow-section';
import { RandomScreeningSection } from '../measures/random-screening-section';
import { GroupRatesSection } from '../groups/group-rates-section';
import { BelowHoursSection } from '../attendance/below-hours-section';
import { NotesOverdueSection } from '../progress-notes/notes-overdue-section';
import { FollowUpsDashboardSection } from '../follow-up/follow-ups-dashboard-section';
import { OutcomesDashboardSection } from '../discharge/outcomes-dashboard-section';
import { ReferralsDashboardSection } from '../referrals/referrals-dashboard-section';
import { EscalationsDashboardSection } from '../intake/escalations-dashboard-section';

const DirectorDashboardQuery = graphql(`
  query DirectorDashboard($filter: DashboardFilter) {
    directorDashboard(filter: $filter) {
      generatedAt
      census {
        count
      }
      caseloads {
        clinician {
          id
          displayName
        }
      }
      ...KpiCards_dashboard
      ...CensusSection_dashboard
      ...WeeklyFlowSection_dashboard
      ...ClinicianCaseloadSection_dashboard
    }
  }
`);

/** The programs the viewer works in (administration gives no client figures), by name. */
function viewerPrograms(roles: readonly { role: string; program: ProgramOption }[]) {
  const byId = new Map<string, ProgramOption>();
  for (const r of roles) if (r.role !== 'ADMIN') byId.set(r.program.id, r.program);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function DashboardSkeleton() {
  return (
    <Stack gap="lg" aria-busy data-testid="dashboard-loading">
      <KpiCardsSkeleton />
      <Grid gap="lg">
        {[7, 5].map((span) => (
          <Grid.Col key={span} span={{ base: 12, lg: span }}>
            <Stack gap="lg">
              <Skeleton height={300} radius="md" />
              <Skeleton height={360} radius="md" />
            </Stack>
          </Grid.Col>
        ))}
      </Grid>
    </Stack>
  );
}

export function DashboardPage() {
  const viewer = useCurrentViewer();
  if (!readsClientRecords(viewer)) {
    return (
      <Paper withBorder radius="md" data-testid="dashboard-no-records">
        <EmptyState
          py={48}
          icon={<UsersIcon size={28} />}
          variant="light"
          title="Your role does not include client figures"
          description="Administrators manage programs and staff accounts. Program directors see their programs’ figures here."
        />
      </Paper>
    );
  }
  return <DashboardView />;
}

function DashboardView() {
  const viewer = useCurrentViewer();
  const { filters, drill, setFilters, closeDrillDown } = useDashboardUrl();
  const programs = useMemo(() => viewerPrograms(viewer.programRoles), [viewer.programRoles]);
  const client = useApolloClient();
  const variables = { filter: toDashboardFilter(filters) };
  const { data, previousData, error, loading, refetch } = useQuery(DirectorDashboardQuery, {
    variables,
    ...livePolling,
  });
  useRefreshWhenVisible(refetch);

  // While new filters load, keep the last figures on screen (dimmed) rather than flash skeletons.
  // When a refresh fails, the figures last received for these filters are still in the cache:
  // keep showing them, with a note, rather than replacing the dashboard with an error.
  const lastGood =
    !data && error ? client.readQuery({ query: DirectorDashboardQuery, variables }) : null;
  const dashboard = (data ?? (loading ? previousData : lastGood))?.directorDashboard;
  const stale = !data && loading && Boolean(dashboard);
  const drillSearch = useCallback(
    (d: Parameters<typeof drillDownSearch>[1]) => drillDownSearch(filters, d),
    [filters],
  );
  const chosenPrograms = programs.filter(
    (p) => !filters.programIds.length || filters.programIds.includes(p.id),
  );
  const clearFilters = () => setFilters({ programIds: [], clinicianId: null });

  const clinicianNames = new Map(
    dashboard?.caseloads.map((c) => [c.clinician.id, c.clinician.displayName]) ?? [],
  );
  const names: DrillDownNames = {
    clinician: (id) => clinicianNames.get(id),
    program: (id) => programs.find((p) => p.id === id)?.name,
  };
  const scope = [
    filters.programIds.length
      ? filters.programIds.map((id) => names.program(id) ?? 'Unknown program').join(', ')
      : programs.length === 1
        ? programs[0]?.name
        : 'All my programs',
    filters.clinicianId ? (names.clinician(filters.clinicianId) ?? 'One clinician') : null,
  ]
    .filter(Boolean)
    .join(' · ');

  let body;
  if (!dashboard && error) {
    body = (
      <QueryErrorAlert
        data-testid="dashboard-error"
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
        retrying={loading}
        extraActions={
          isFiltered(filters) && describeError(error).code === 'BAD_USER_INPUT' ? (
            <Button size="xs" variant="default" onClick={clearFilters}>
              Clear filters
            </Button>
          ) : null
        }
      />
    );
  } else if (!dashboard) {
    body = <DashboardSkeleton />;
  } else if (dashboard.census.every((c) => c.count === 0)) {
    body = (
      <Paper withBorder radius="md">
        <EmptyState
          py={56}
          icon={<UsersIcon size={28} />}
          variant="light"
          title="No clients in these programs"
          description={
            isFiltered(filters)
              ? 'Nobody matches these programs and clinician. Choose others, or clear the filters to see all your programs.'
              : 'Figures appear here once clients are enrolled in the programs you direct.'
          }
          data-testid="dashboard-empty"
        >
          {isFiltered(filters) && (
            <EmptyState.Actions>
              <Button variant="light" onClick={clearFilters}>
                Clear filters
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      </Paper>
    );
  } else {
    body = (
      <Stack
        gap="lg"
        aria-busy={stale}
        style={{ opacity: stale ? 0.55 : 1, transition: 'opacity 150ms ease' }}
      >
        <KpiCards dashboard={dashboard} />
        {/* Two columns that stack independently, so sections of different heights leave no
            gaps; a new figure joins whichever column suits its width. */}
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Stack gap="lg">
              <ReviewsSection filters={filters} />
              <GroupRatesSection programs={chosenPrograms} />
              <CensusSection dashboard={dashboard} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="lg">
              <EscalationsDashboardSection programIds={filters.programIds} />
              <ClinicianCaseloadSection dashboard={dashboard} />
              <WeeklyFlowSection dashboard={dashboard} />
              <BelowHoursSection programIds={filters.programIds} />
              <RandomScreeningSection programs={chosenPrograms} />
              <NotesOverdueSection programIds={filters.programIds} />
              <FollowUpsDashboardSection programIds={filters.programIds} />
              <OutcomesDashboardSection programIds={filters.programIds} />
              <ReferralsDashboardSection
                programIds={filters.programIds}
                clinicianId={filters.clinicianId}
              />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    );
  }

  return (
    <DrillDownLinkContext.Provider value={drillSearch}>
      <Stack gap="lg">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
          <div>
            <Title order={1} fz={28}>
              Dashboard
            </Title>
            <Text c="dimmed" size="sm" mt={2}>
              Census, plan reviews and caseloads for the clients you oversee. Every number opens the
              clients behind it.
            </Text>
          </div>
          {dashboard && (
            <Group gap={8} h={28} wrap="nowrap">
              {loading && <Loader size="xs" aria-label="Updating" />}
              <Text
                size="sm"
                c="dimmed"
                data-testid="dashboard-updated"
                title={`Refreshes every ${POLL_INTERVAL_MS / 1000} seconds while open`}
              >
                Updated {formatUpdatedAt(dashboard.generatedAt)}
              </Text>
              <Button
                size="compact-sm"
                variant="subtle"
                color="gray"
                onClick={() => void refetch().catch(() => undefined)}
                disabled={loading}
              >
                Refresh
              </Button>
            </Group>
          )}
        </Group>
        <ReassignmentNotice />
        <Paper withBorder radius="md" p="md">
          <DashboardFilterBar filters={filters} programs={programs} onChange={setFilters} />
        </Paper>
        {dashboard && error && (
          <Alert color="yellow" variant="light" py="xs" data-testid="dashboard-stale">
            The figures could not be refreshed just now; these are from{' '}
            {formatUpdatedAt(dashboard.generatedAt)}. Waypoint keeps trying every 30 seconds.
          </Alert>
        )}
        {body}
      </Stack>
      <DrillDownDrawer
        drill={drill}
        filters={filters}
        names={names}
        scope={scope}
        onClose={closeDrillDown}
      />
    </DrillDownLinkContext.Provider>
  );
}
