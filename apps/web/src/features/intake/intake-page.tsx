import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  EmptyState,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { episodeStatusLabel } from '@waypoint/domain';
import { useCallback, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { getFragmentData, graphql } from '../../gql';
import { UsersIcon } from '../../ui/icons';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { useCurrentViewer } from '../auth/current-viewer';
import { readsClientRecords } from '../auth/viewer-roles';
import { inquiryPrograms } from './inquiry-form';
import {
  emptyIntakeMessage,
  intakeSearchParams,
  intakeRows,
  intakeStatuses,
  parseIntakeFilters,
  toIntakeClientFilter,
  type IntakeFilters,
} from './intake-list';
import { IntakeRow, IntakeTable, IntakeTableSkeleton } from './intake-row';
import { NEW_INQUIRY_PATH } from './new-inquiry-page';

// Lists before admission are short, so one page holds them; safety escalations are asked for
// apart (intakeRows), so that none is ever past it on a longer list.
const PAGE_SIZE = 100;

const IntakeListItemFragment = graphql(`
  fragment IntakeListItem_client on Client {
    id
    currentEpisode {
      id
      openedAt
      screening {
        id
        urgency
        escalated
      }
    }
    ...IntakeRow_client
  }
`);

const IntakeClientsQuery = graphql(`
  query IntakeClients(
    $filter: ClientFilter
    $escalated: ClientFilter
    $first: Int!
    $after: String
  ) {
    clients(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...IntakeListItem_client
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
    escalated: clients(filter: $escalated, first: $first) {
      edges {
        node {
          ...IntakeListItem_client
        }
      }
    }
  }
`);

function useIntakeFilters(): [IntakeFilters, (changes: Partial<IntakeFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  const filters = useMemo(() => parseIntakeFilters(new URLSearchParams(query)), [query]);
  const update = useCallback(
    (changes: Partial<IntakeFilters>) => {
      const current = parseIntakeFilters(new URLSearchParams(window.location.search));
      setParams(intakeSearchParams({ ...current, ...changes }));
    },
    [setParams],
  );
  return [filters, update];
}

const statusOptions = [
  { value: '', label: 'All' },
  ...intakeStatuses.map((s) => ({ value: s, label: episodeStatusLabel(s) })),
];

export function IntakePage() {
  const viewer = useCurrentViewer();
  if (!readsClientRecords(viewer)) {
    return (
      <Paper withBorder radius="md" data-testid="intake-no-records">
        <EmptyState
          py={48}
          icon={<UsersIcon size={28} />}
          variant="light"
          title="Your role does not include client records"
          description="Intake coordinators and program directors work with inquiries here."
        />
      </Paper>
    );
  }
  return <IntakeView />;
}

function IntakeView() {
  const viewer = useCurrentViewer();
  const [filters, update] = useIntakeFilters();
  const { data, previousData, loading, error, refetch, fetchMore, networkStatus } = useQuery(
    IntakeClientsQuery,
    {
      variables: {
        filter: toIntakeClientFilter(filters),
        escalated: { ...toIntakeClientFilter(filters), screeningEscalated: true },
        first: PAGE_SIZE,
      },
      // Others move clients along all day: always check for the latest when the list opens.
      fetchPolicy: 'cache-and-network',
      notifyOnNetworkStatusChange: true,
    },
  );
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);
  const programs = useMemo(() => {
    const byId = new Map(viewer.programRoles.map((r) => [r.program.id, r.program.name]));
    return [...byId].map(([value, label]) => ({ value, label }));
  }, [viewer]);
  const canOpen = inquiryPrograms(viewer).length > 0;

  const shown = data ?? (loading ? previousData : undefined);
  const connection = shown?.clients;
  const now = new Date();
  const rows = connection
    ? intakeRows(
        connection.edges.map((e) => getFragmentData(IntakeListItemFragment, e.node)),
        (shown?.escalated.edges ?? []).map((e) => getFragmentData(IntakeListItemFragment, e.node)),
      )
    : [];
  const loadMore = async () => {
    setLoadMoreFailed(false);
    try {
      await fetchMore({ variables: { after: connection?.pageInfo.endCursor } });
    } catch {
      setLoadMoreFailed(true);
    }
  };

  let body;
  if (error && !connection) {
    body = (
      <QueryErrorAlert
        data-testid="intake-error"
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
        retrying={networkStatus === NetworkStatus.refetch}
      />
    );
  } else if (!connection) {
    body = <IntakeTableSkeleton />;
  } else if (rows.length === 0) {
    const empty = emptyIntakeMessage(filters);
    body = (
      <EmptyState
        data-testid="intake-empty"
        py={48}
        icon={<UsersIcon size={28} />}
        variant="light"
        title={empty.title}
        description={empty.description}
      >
        {empty.canClear && (
          <EmptyState.Actions>
            <Button variant="light" onClick={() => update({ programId: null, status: null })}>
              Clear filters
            </Button>
          </EmptyState.Actions>
        )}
      </EmptyState>
    );
  } else {
    body = (
      <>
        <IntakeTable busy={!data}>
          {rows.map((c) => (
            <IntakeRow key={c.id} client={c} now={now} />
          ))}
        </IntakeTable>
        {connection.pageInfo.hasNextPage && (
          <Group
            justify="space-between"
            px="md"
            py="sm"
            style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
          >
            <Text size="sm" c="dimmed">
              Showing {rows.length} of {connection.totalCount}, most pressing first among those
              shown
            </Text>
            <Button
              variant="default"
              onClick={() => void loadMore()}
              loading={networkStatus === NetworkStatus.fetchMore}
            >
              Load more
            </Button>
          </Group>
        )}
        {loadMoreFailed && (
          <Alert color="red" variant="light" m="md" title="More clients could not be loaded">
            Check your connection and try again.
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
            Intake
          </Title>
          <Text c="dimmed" size="sm" mt={2}>
            People before admission, safety escalations and urgent screenings first, then the
            longest waiting: inquiries, screenings, assessments and the waitlist.
          </Text>
        </div>
        <Group gap="md">
          {loading && connection && <Loader size="xs" aria-label="Updating" />}
          {connection && (
            <Text fw={600} data-testid="intake-count" aria-live="polite">
              {connection.totalCount} {connection.totalCount === 1 ? 'client' : 'clients'}
            </Text>
          )}
          {canOpen && (
            <Button component={Link} to={NEW_INQUIRY_PATH} data-testid="new-inquiry">
              New inquiry
            </Button>
          )}
        </Group>
      </Group>
      <Paper withBorder radius="md" p="md">
        <Group gap="md" align="flex-end">
          {programs.length > 1 && (
            <Select
              label="Program"
              placeholder="All programs"
              data={programs}
              value={filters.programId}
              onChange={(programId) => update({ programId })}
              clearable
              w={260}
              comboboxProps={{ withinPortal: true }}
            />
          )}
          <div>
            <Text size="sm" fw={500} mb={4} id="intake-status-label">
              Status
            </Text>
            <SegmentedControl
              aria-labelledby="intake-status-label"
              // Six statuses do not fit a phone: the control scrolls sideways inside its card.
              maw="100%"
              style={{ overflowX: 'auto' }}
              data={statusOptions}
              value={filters.status ?? ''}
              onChange={(value) =>
                update({ status: intakeStatuses.find((s) => s === value) ?? null })
              }
              data-testid="intake-status-filter"
            />
          </div>
        </Group>
      </Paper>
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        {body}
      </Paper>
    </Stack>
  );
}
