import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Stack, Tabs, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import type { FollowUpFigureKind } from '../../gql/graphql';
import { formatLocalDate } from '../../ui/dates';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { DashboardSection } from '../dashboard/dashboard-section';

const FollowUpFiguresQuery = graphql(`
  query FollowUpFigures($programIds: [ID!]) {
    followUpFigures(programIds: $programIds) {
      counts {
        kind
        count
      }
      rows {
        kind
        clientId
        clientName
        episodeId
        dueOn
      }
    }
  }
`);

const KINDS: Record<
  FollowUpFigureKind,
  { label: string; color: string; date: string; empty: string }
> = {
  DUE_THIS_WEEK: {
    label: 'Due this week',
    color: 'blue',
    date: 'Due',
    empty: 'No follow-up contact is due in the next seven days.',
  },
  MISSED: {
    label: 'Missed',
    color: 'orange',
    date: 'Missed',
    empty: 'No contact was missed in the last 30 days.',
  },
  OUTREACH: {
    label: 'Flagged for outreach',
    color: 'red',
    date: 'Last missed',
    empty: 'Nobody has missed three contacts in a row.',
  },
};

/**
 * The director's follow-up work after discharge: contacts due this week, contacts missed lately,
 * and clients flagged for outreach (three unreached in a row). Each figure opens the clients
 * behind it, each a link to the chart.
 */
export function FollowUpsDashboardSection({ programIds }: { programIds: readonly string[] }) {
  const { data, error, refetch, loading } = useQuery(FollowUpFiguresQuery, {
    variables: { programIds: programIds.length ? [...programIds] : null },
    fetchPolicy: 'cache-and-network',
  });
  const figures = data?.followUpFigures;
  let body;
  if (!figures && error) {
    body = (
      <QueryErrorAlert
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
        retrying={loading}
      />
    );
  } else if (!figures) {
    return null;
  } else {
    body = (
      <Tabs defaultValue="DUE_THIS_WEEK" keepMounted={false}>
        <Tabs.List>
          {figures.counts.map((c) => (
            <Tabs.Tab key={c.kind} value={c.kind}>
              <Group gap={6} wrap="nowrap">
                {KINDS[c.kind].label}
                <Badge
                  size="sm"
                  variant="light"
                  color={c.count ? KINDS[c.kind].color : 'gray'}
                  style={{ flexShrink: 0 }}
                  data-testid={`follow-up-count-${c.kind}`}
                >
                  {c.count.toLocaleString('en-US')}
                </Badge>
              </Group>
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {figures.counts.map((c) => {
          const rows = figures.rows.filter((r) => r.kind === c.kind);
          return (
            <Tabs.Panel key={c.kind} value={c.kind} pt="sm">
              {rows.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {KINDS[c.kind].empty}
                </Text>
              ) : (
                <Stack gap={0} data-testid={`follow-up-list-${c.kind}`}>
                  {rows.map((r, i) => (
                    <Group
                      key={`${r.episodeId}:${r.dueOn ?? ''}`}
                      justify="space-between"
                      wrap="nowrap"
                      py={8}
                      style={i ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined}
                    >
                      <Anchor component={Link} to={`/clients/${r.clientId}`} size="sm" fw={600}>
                        {r.clientName}
                      </Anchor>
                      {r.dueOn && (
                        <Text size="sm" c="dimmed">
                          {KINDS[c.kind].date} {formatLocalDate(r.dueOn)}
                        </Text>
                      )}
                    </Group>
                  ))}
                  {rows.length < c.count && (
                    <Text size="xs" c="dimmed" pt="xs">
                      The first {rows.length} of {c.count} are listed.
                    </Text>
                  )}
                </Stack>
              )}
            </Tabs.Panel>
          );
        })}
      </Tabs>
    );
  }
  return (
    <DashboardSection
      title="Follow-up after discharge"
      description="Contacts due, contacts missed, and clients to reach out to"
      data-testid="follow-ups-section"
    >
      {body}
    </DashboardSection>
  );
}
