import { useQuery } from '@apollo/client/react';
import { Badge, Button, List, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { formatDateTime } from '../../ui/dates';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { ProgramSettingsHistoryQuery } from './program-queries';

const PAGE = 20;

/** Who changed which settings, when and why, newest first. */
export function SettingsHistory({ programId }: { programId: string }) {
  const { data, error, loading, refetch, fetchMore } = useQuery(ProgramSettingsHistoryQuery, {
    variables: { programId, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const history = data?.programSettingsHistory;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="history-heading">
      <Stack gap="md">
        <Title order={2} size="h4" id="history-heading">
          Change history
        </Title>
        {!history && error && (
          <QueryErrorAlert
            error={error}
            onRetry={() => void refetch().catch(() => undefined)}
            retrying={loading}
          />
        )}
        {!history && !error && <Skeleton height={80} />}
        {history && history.edges.length === 0 && (
          <Text size="sm" c="dimmed">
            No changes recorded yet.
          </Text>
        )}
        {history && (
          <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {history.edges.map(({ node }) => (
              <li key={node.id} data-testid="settings-version">
                <Paper withBorder radius="sm" p="sm" bg="gray.0">
                  <Stack gap={4}>
                    <Text size="sm" fw={600}>
                      {node.changedBy?.displayName ?? 'Recorded by the system'}
                      <Text span size="sm" c="dimmed" fw={400}>
                        {' · '}
                        <time dateTime={node.changedAt}>{formatDateTime(node.changedAt)}</time>
                        {' · version '}
                        {node.programVersion}
                      </Text>
                    </Text>
                    {node.changes.length === 0 ? (
                      <Badge variant="light" color="gray" tt="none" w="fit-content">
                        Settings as first recorded
                      </Badge>
                    ) : (
                      <List size="sm" spacing={2}>
                        {node.changes.map((c) => (
                          <List.Item key={c.field}>
                            {c.label}: {c.before === null ? '' : `${c.before} → `}
                            <strong>{c.after}</strong>
                          </List.Item>
                        ))}
                      </List>
                    )}
                    {node.reason && (
                      <Text size="sm" c="dimmed" style={{ wordBreak: 'break-word' }}>
                        Reason: {node.reason}
                      </Text>
                    )}
                  </Stack>
                </Paper>
              </li>
            ))}
          </Stack>
        )}
        {history?.pageInfo.hasNextPage && (
          <Button
            variant="default"
            loading={loading}
            onClick={() =>
              void fetchMore({
                variables: { after: history.pageInfo.endCursor },
                updateQuery: (prev, { fetchMoreResult }) => ({
                  programSettingsHistory: {
                    ...fetchMoreResult.programSettingsHistory,
                    edges: [
                      ...prev.programSettingsHistory.edges,
                      ...fetchMoreResult.programSettingsHistory.edges,
                    ],
                  },
                }),
              }).catch(() => undefined)
            }
          >
            Show earlier changes
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
