import { useQuery } from '@apollo/client/react';
import { Button, Drawer, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { UsersIcon } from '../../ui/icons';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { plural } from './dashboard-format';
import type { DashboardFilters, DrillDown } from './dashboard-url';
import { drillDownHeading, drillDownInput, type DrillDownNames } from './drill-down';
import { DrillDownTable, DrillDownTableSkeleton, unmaskRows } from './drill-down-table';
import {
  currentCursor,
  firstPage,
  nextPage,
  pageNumber,
  pageRange,
  previousPage,
  type Paging,
} from './drill-down-paging';
import { DashboardDrillDownQuery } from './drill-down-query';
import { apiSort, initialSort, type DrillDownSort } from './drill-down-sort';
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

/** Rows per page of a drill-down. */
const PAGE_SIZE = 50;

function DrillDownList({
  drill,
  filters,
  scope,
}: {
  drill: DrillDown;
  filters: DashboardFilters;
  scope: string;
}) {
  const [sort, setSort] = useState<DrillDownSort>(() => initialSort(drill.kind));
  const [paging, setPaging] = useState<Paging>(firstPage);
  const input = drillDownInput(filters, drill);
  const result = useQuery(DashboardDrillDownQuery, {
    variables: { input, sort: apiSort(sort), first: PAGE_SIZE, after: currentCursor(paging) },
    ...livePolling,
  });
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

  const rows = unmaskRows(list.edges.map((e) => e.node));
  const changeSort = (next: DrillDownSort) => {
    setSort(next);
    setPaging(firstPage); // a cursor belongs to one order
  };
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
        <DrillDownTable rows={rows} sort={sort} onSortChange={changeSort} />
      )}
      {(list.pageInfo.hasNextPage || pageNumber(paging) > 1) && (
        <Group justify="space-between" gap="sm" data-testid="drill-down-pager">
          <Text size="sm" c="dimmed" data-testid="drill-down-range">
            {pageRange(paging, PAGE_SIZE, rows.length, list.totalCount)}
          </Text>
          <Group gap="xs">
            <Button
              variant="default"
              size="xs"
              disabled={pageNumber(paging) === 1}
              onClick={() => setPaging(previousPage)}
            >
              Previous
            </Button>
            <Button
              variant="default"
              size="xs"
              disabled={!list.pageInfo.hasNextPage}
              onClick={() => setPaging((p) => nextPage(p, list.pageInfo.endCursor))}
              data-testid="drill-down-next"
            >
              Next
            </Button>
          </Group>
        </Group>
      )}
    </Stack>
  );
}
