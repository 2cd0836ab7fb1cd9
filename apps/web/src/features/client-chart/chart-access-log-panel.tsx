import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { getFragmentData, graphql } from '../../gql';
import { formatDateTime } from '../../ui/dates';
import { apiErrorCode } from '../../ui/graphql-errors';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { accessRows, actionLabel, outcomeLabel } from './access-log-events';
import { TableHead } from '../../ui/table-head';

const PAGE_SIZE = 25;

export const ChartAccessLogEventFragment = graphql(`
  fragment ChartAccessLogPanel_event on AuditEvent {
    id
    occurredAt
    action
    outcome
    recordType
    requestId
    note
    operation
    actor {
      id
      displayName
    }
  }
`);

const ChartAccessLogQuery = graphql(`
  query ChartAccessLog($clientId: ID!, $first: Int!, $after: String) {
    chartAccessLog(clientId: $clientId, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...ChartAccessLogPanel_event
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const columns = [
  { label: 'When', width: '18%' },
  { label: 'Who', width: '20%' },
  { label: 'Action', width: '19%' },
  { label: 'Outcome', width: '11%' },
  { label: 'Details', width: '32%' },
];

/** "Who opened this chart": the audit trail of one client, newest first, for directors. */
export function ChartAccessLogPanel({ clientId }: { clientId: string }) {
  const { data, error, loading, refetch, fetchMore, networkStatus } = useQuery(
    ChartAccessLogQuery,
    {
      variables: { clientId, first: PAGE_SIZE },
      // Always the latest: the log is read to see who has been here, including just now.
      fetchPolicy: 'network-only',
      nextFetchPolicy: 'cache-first',
      notifyOnNetworkStatusChange: true,
    },
  );
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);

  // Not a director of this client's program: the panel is simply not there.
  if (apiErrorCode(error) === 'FORBIDDEN') return null;

  const log = data?.chartAccessLog;
  const events = log
    ? getFragmentData(
        ChartAccessLogEventFragment,
        log.edges.map((e) => e.node),
      )
    : [];
  const rows = accessRows(events);
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  const loadMore = async () => {
    setLoadMoreFailed(false);
    try {
      await fetchMore({ variables: { after: log?.pageInfo.endCursor } });
    } catch {
      setLoadMoreFailed(true);
    }
  };

  let body;
  if (!log && error) {
    body = (
      <QueryErrorAlert
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
        retrying={loading}
      />
    );
  } else if (!log) {
    body = (
      <Stack gap="xs" aria-hidden>
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} height={18} radius="sm" />
        ))}
      </Stack>
    );
  } else if (rows.length === 0) {
    body = (
      <Text size="sm" c="dimmed">
        No one has opened this chart yet.
      </Text>
    );
  } else {
    body = (
      <>
        <Table.ScrollContainer minWidth={820}>
          <Table
            verticalSpacing="xs"
            horizontalSpacing="sm"
            layout="fixed"
            striped
            data-testid="access-log-table"
          >
            <TableHead columns={columns} />
            <Table.Tbody>
              {rows.map((r) => {
                const outcome = outcomeLabel(r.outcome);
                return (
                  <Table.Tr key={r.key} data-testid="access-log-row">
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {formatDateTime(r.occurredAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{r.who}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text
                        size="sm"
                        fw={r.action === 'BREAK_GLASS' ? 600 : undefined}
                        c={r.action === 'BREAK_GLASS' ? 'orange.8' : undefined}
                      >
                        {actionLabel(r.action)}
                      </Text>
                      {r.via && (
                        <Text size="xs" c="dimmed" data-testid="access-log-via">
                          {r.via}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={outcome.color} variant="light" tt="none" radius="sm">
                        {outcome.label}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{r.records}</Text>
                      {r.note && (
                        <Text size="sm" c="dimmed" fs="italic">
                          Reason: “{r.note}”
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="space-between" mt="sm">
          <Text size="sm" c="dimmed">
            {log.edges.length.toLocaleString('en-US')} of {log.totalCount.toLocaleString('en-US')}{' '}
            recorded events
          </Text>
          {log.pageInfo.hasNextPage && (
            <Button
              variant="default"
              size="xs"
              onClick={() => void loadMore()}
              loading={loadingMore}
              data-testid="access-log-more"
            >
              Load more
            </Button>
          )}
        </Group>
        {loadMoreFailed && (
          <Alert color="red" variant="light" mt="sm">
            Older entries could not be loaded. Check your connection and try again.
          </Alert>
        )}
      </>
    );
  }

  return (
    <Paper withBorder radius="md" p="lg" data-testid="chart-access-log">
      <Group justify="space-between" mb="md" align="flex-end">
        <div>
          <Title order={2} fz={18}>
            Who opened this chart
          </Title>
          <Text size="sm" c="dimmed">
            Every view, change and refusal, newest first. Visible to program directors.
          </Text>
        </div>
      </Group>
      {body}
    </Paper>
  );
}
