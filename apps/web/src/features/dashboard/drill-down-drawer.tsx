import { useQuery } from '@apollo/client/react';
import { Alert, Drawer, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { UsersIcon } from '../../ui/icons';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { plural } from './dashboard-format';
import type { DashboardFilters, DrillDown } from './dashboard-url';
import { drillDownHeading, drillDownInput, type DrillDownNames } from './drill-down';
import { DrillDownTable, DrillDownTableSkeleton, unmaskRows } from './drill-down-table';
import { DashboardDrillDownQuery } from './drill-down-query';
import { livePolling } from './use-live-polling';

interface DrillDownDrawerProps {
  drill: DrillDown | null;
  filters: DashboardFilters;
  names: DrillDownNames;
  /** "Harbor Adult IOP · Jonah Whitfield": what the page is filtered to. */
  scope: string;
  onClose: () => void;
}

/** The clients behind the number that was clicked, over the dashboard; its address is the URL. */
export function DrillDownDrawer({ drill, filters, names, scope, onClose }: DrillDownDrawerProps) {
  const heading = drill ? drillDownHeading(drill, names) : null;
  return (
    <Drawer
      opened={drill !== null}
      onClose={onClose}
      position="right"
      size={1040}
      padding="xl"
      title={
        heading && (
          <div>
            <Title order={2} fz={20} data-testid="drill-down-title">
              {heading.title}
            </Title>
            <Text size="sm" c="dimmed" mt={2}>
              {heading.description}
            </Text>
          </div>
        )
      }
      closeButtonProps={{ 'aria-label': 'Close the list' }}
      data-testid="drill-down-drawer"
    >
      {drill && (
        <DrillDownList
          // A new list starts with its own sort order.
          key={`${drill.kind}:${drill.key ?? ''}:${drill.programId ?? ''}`}
          drill={drill}
          filters={filters}
          scope={scope}
        />
      )}
    </Drawer>
  );
}

function DrillDownList({
  drill,
  filters,
  scope,
}: {
  drill: DrillDown;
  filters: DashboardFilters;
  scope: string;
}) {
  const input = drillDownInput(filters, drill);
  const result = useQuery(DashboardDrillDownQuery, { variables: { input }, ...livePolling });
  const list = result.data?.dashboardClients;

  if (!list && result.error) {
    return (
      <QueryErrorAlert
        data-testid="drill-down-error"
        error={result.error}
        onRetry={() => void result.refetch().catch(() => undefined)}
        retrying={result.loading}
      />
    );
  }
  if (!list) return <DrillDownTableSkeleton />;

  const rows = unmaskRows(list.rows);
  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Text fw={600} data-testid="drill-down-count" aria-live="polite">
          {plural(list.totalCount, 'client')}
        </Text>
        <Text size="sm" c="dimmed">
          {scope}
        </Text>
      </Group>
      {list.totalCount > rows.length && (
        <Alert color="blue" variant="light" py="xs">
          Showing the first {rows.length.toLocaleString('en-US')} of{' '}
          {list.totalCount.toLocaleString('en-US')}, most urgent first. Narrow the programs or
          choose a clinician to see the rest.
        </Alert>
      )}
      {rows.length === 0 ? (
        <EmptyState
          py={48}
          variant="light"
          icon={<UsersIcon size={28} />}
          title="No clients here any more"
          description="The figure has changed since the dashboard was loaded."
          data-testid="drill-down-empty"
        />
      ) : (
        <DrillDownTable
          rows={rows}
          initialSort={drill.kind === 'length-of-stay' ? 'days' : 'review'}
        />
      )}
    </Stack>
  );
}
