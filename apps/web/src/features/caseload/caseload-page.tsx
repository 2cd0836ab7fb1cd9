import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, EmptyState, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../gql';
import { todayIn } from '../../ui/dates';
import { describeError } from '../../ui/error-message';
import { UsersIcon } from '../../ui/icons';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { useCurrentViewer } from '../auth/current-viewer';
import { readsClientRecords, readsOnlyPreAdmission } from '../auth/viewer-roles';
import { CaseloadFilterBar } from './caseload-filter-bar';
import {
  defaultCaseloadFilters,
  emptyCaseloadMessage,
  isDefaultCaseloadFilters,
  toClientFilter,
} from './caseload-filters';
import { CaseloadTable, CaseloadTableSkeleton } from './caseload-table';
import { useCaseloadFilters } from './use-caseload-filters';

const PAGE_SIZE = 25;

const CaseloadClientsQuery = graphql(`
  query CaseloadClients($filter: ClientFilter, $first: Int!, $after: String) {
    clients(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...CaseloadRow_client
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

function clientCount(n: number): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'client' : 'clients'}`;
}

/** Administrators manage accounts and programs; client records are not theirs to see. */
function NoClientRecords() {
  return (
    <Stack gap="lg">
      <Title order={1} fz={28}>
        Caseload
      </Title>
      <Paper withBorder radius="md" data-testid="caseload-no-records">
        <EmptyState
          py={48}
          icon={<UsersIcon size={28} />}
          variant="light"
          title="Your role does not include client records"
          description="Administrators manage programs and staff accounts. Clinical staff and program directors see clients here."
        />
      </Paper>
    </Stack>
  );
}

export function CaseloadPage() {
  const viewer = useCurrentViewer();
  if (!readsClientRecords(viewer)) return <NoClientRecords />;
  return <CaseloadView intakeOnly={readsOnlyPreAdmission(viewer)} />;
}

function CaseloadView({ intakeOnly }: { intakeOnly: boolean }) {
  const [filters, updateFilters] = useCaseloadFilters();
  const { data, previousData, loading, error, refetch, fetchMore, networkStatus } = useQuery(
    CaseloadClientsQuery,
    {
      variables: { filter: toClientFilter(filters), first: PAGE_SIZE },
      notifyOnNetworkStatusChange: true,
    },
  );
  const [loadMoreError, setLoadMoreError] = useState<unknown>(null);

  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const refetching = networkStatus === NetworkStatus.refetch;
  // While a new filter loads, keep showing the last results (dimmed) instead of flashing skeletons.
  const connection = (data ?? (loading ? previousData : undefined))?.clients;
  const showingPrevious = !data && Boolean(connection);
  const filtered = !isDefaultCaseloadFilters(filters);
  const today = todayIn(null);

  const clearFilters = () => updateFilters(defaultCaseloadFilters);
  const loadMore = async () => {
    setLoadMoreError(null);
    try {
      await fetchMore({ variables: { after: connection?.pageInfo.endCursor } });
    } catch (err) {
      setLoadMoreError(err);
    }
  };

  let body;
  if (error && !connection) {
    body = (
      <QueryErrorAlert
        data-testid="caseload-error"
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
        retrying={refetching}
        extraActions={
          // Offered when the filters themselves were refused (e.g. a mangled link).
          filtered && describeError(error).code === 'BAD_USER_INPUT' ? (
            <Button size="xs" variant="default" onClick={clearFilters}>
              Clear filters
            </Button>
          ) : null
        }
      />
    );
  } else if (!connection) {
    body = <CaseloadTableSkeleton />;
  } else if (connection.edges.length === 0) {
    const empty = emptyCaseloadMessage(filters);
    // Intake staff see clients before admission only; point them there rather than at "no one".
    const intakeHint = intakeOnly && !filters.phases.includes('PRE_ADMISSION');
    body = (
      <EmptyState
        data-testid="caseload-empty"
        py={48}
        icon={<UsersIcon size={28} />}
        variant="light"
        title={intakeHint ? 'Intake works with clients before admission' : empty.title}
        description={
          intakeHint
            ? 'Your role shows clients in the pre-admission phase: inquiries, screenings, assessments and the waitlist.'
            : empty.description
        }
      >
        {(intakeHint || empty.canClear) && (
          <EmptyState.Actions>
            {intakeHint ? (
              <Button variant="light" onClick={() => updateFilters({ phases: ['PRE_ADMISSION'] })}>
                Show pre-admission
              </Button>
            ) : (
              <Button variant="light" onClick={clearFilters}>
                Clear filters
              </Button>
            )}
          </EmptyState.Actions>
        )}
      </EmptyState>
    );
  } else {
    const shown = connection.edges.length;
    body = (
      <>
        <CaseloadTable
          clients={connection.edges.map((e) => e.node)}
          today={today}
          busy={showingPrevious}
        />
        {(connection.pageInfo.hasNextPage || shown > PAGE_SIZE) && (
          <Group
            justify="space-between"
            px="md"
            py="sm"
            style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
          >
            <Text size="sm" c="dimmed">
              Showing {shown.toLocaleString('en-US')} of {clientCount(connection.totalCount)}
            </Text>
            {connection.pageInfo.hasNextPage && (
              <Button variant="default" onClick={() => void loadMore()} loading={loadingMore}>
                Load more
              </Button>
            )}
          </Group>
        )}
        {loadMoreError !== null && (
          <Alert color="red" variant="light" m="md" title="More clients could not be loaded">
            <Group justify="space-between">
              <Text size="sm">Check your connection and try again.</Text>
              <Button size="xs" color="red" onClick={() => void loadMore()}>
                Try again
              </Button>
            </Group>
          </Alert>
        )}
      </>
    );
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} fz={28}>
            Caseload
          </Title>
          <Text c="dimmed" size="sm" mt={2}>
            Clients by name, with where they stand in their current episode of care.
          </Text>
        </div>
        <Group gap="xs" h={28}>
          {(loading || refetching) && !loadingMore && connection && (
            <Loader size="xs" aria-label="Updating" />
          )}
          {connection && (
            <Text fw={600} data-testid="caseload-count" aria-live="polite">
              {clientCount(connection.totalCount)}
            </Text>
          )}
        </Group>
      </Group>
      <Paper withBorder radius="md" p="md">
        <CaseloadFilterBar filters={filters} onChange={updateFilters} />
      </Paper>
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        {body}
      </Paper>
    </Stack>
  );
}
