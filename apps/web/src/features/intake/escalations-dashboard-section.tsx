import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { episodeStatusLabel } from '@waypoint/domain';
import { graphql } from '../../gql';
import { DashboardSection } from '../dashboard/dashboard-section';
import { chartPath } from '../caseload/caseload-row';
import { ScreeningUrgencyBadge } from './intake-row';
import { daysSinceInquiry, mostPressingFirst, waitLabel } from './intake-list';

// Escalations before admission are few; a program with more than this has a list to work.
const SHOWN = 50;

const EscalatedScreeningsQuery = graphql(`
  query EscalatedScreenings($first: Int!) {
    clients(filter: { phases: [PRE_ADMISSION], screeningEscalated: true }, first: $first) {
      totalCount
      edges {
        node {
          id
          displayName
          currentEpisode {
            id
            status
            openedAt
            program {
              id
              timeZone
            }
            screening {
              id
              urgency
              escalated
            }
          }
        }
      }
    }
  }
`);

/**
 * The director's view of who screened with a positive safety answer and is not admitted yet
 * (emergent first, then the longest waiting): an escalation must reach someone beyond the
 * screener. Each links to the chart, where the escalation record says what was advised.
 */
export function EscalationsDashboardSection({ programIds }: { programIds: readonly string[] }) {
  const { data } = useQuery(EscalatedScreeningsQuery, {
    variables: { first: SHOWN },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.clients;
  if (!connection) return null;
  const now = new Date();
  const shown = mostPressingFirst(
    connection.edges
      .map((e) => e.node)
      .filter((c) => !programIds.length || programIds.includes(c.currentEpisode?.program.id ?? '')),
  );
  return (
    <DashboardSection
      title="Safety escalations before admission"
      description="Screened with a positive safety answer and not admitted yet, most urgent first."
      actions={
        <Badge
          color={shown.length ? 'red' : 'teal'}
          variant="light"
          data-testid="escalations-count"
        >
          {programIds.length ? shown.length : connection.totalCount}
        </Badge>
      }
      data-testid="escalations-section"
    >
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          No one who screened with a safety escalation is waiting for admission.
        </Text>
      ) : (
        <Stack gap="xs" mah={420} style={{ overflowY: 'auto' }}>
          {shown.map((c) => {
            const episode = c.currentEpisode;
            return (
              <Group key={c.id} gap="xs" wrap="wrap" data-testid="escalation-row">
                <ScreeningUrgencyBadge screening={episode?.screening} />
                <Anchor component={Link} to={chartPath(c.id)} size="sm" fw={600}>
                  {c.displayName}
                </Anchor>
                {episode && (
                  <Text size="sm" c="dimmed">
                    {episodeStatusLabel(episode.status)} ·{' '}
                    {waitLabel(daysSinceInquiry(episode.openedAt, episode.program.timeZone, now))}
                  </Text>
                )}
              </Group>
            );
          })}
          {connection.totalCount > SHOWN && (
            <Text size="xs" c="dimmed">
              {SHOWN} of {connection.totalCount} read here;{' '}
              <Anchor component={Link} to="/intake" size="xs">
                the intake list
              </Anchor>{' '}
              has them all.
            </Text>
          )}
        </Stack>
      )}
    </DashboardSection>
  );
}
