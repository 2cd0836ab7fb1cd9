import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import { formatTimeRange } from '../../ui/dates';

const MySessionsTodayQuery = graphql(`
  query MySessionsToday {
    mySessionsToday {
      sessionId
      title
      kind
      startsAt
      endsAt
      status
      rosterSize
      recordedCount
      group {
        id
        waitlistCount
        waitlist {
          id
          clientName
        }
      }
    }
  }
`);

/** The sessions the viewer runs today, each with its roster to take. Hidden when there are none. */
export function MySessionsToday() {
  const { data } = useQuery(MySessionsTodayQuery, { fetchPolicy: 'cache-and-network' });
  const sessions = data?.mySessionsToday ?? [];
  if (sessions.length === 0) return null;
  return (
    <Paper withBorder radius="md" component="section" aria-labelledby="my-sessions-today" p="lg">
      <Title order={2} fz={15} id="my-sessions-today" mb="sm">
        My sessions today
      </Title>
      <Stack gap="xs" data-testid="my-sessions-today">
        {sessions.map((s) => {
          const taken = s.recordedCount >= s.rosterSize && s.rosterSize > 0;
          return (
            <Group key={s.sessionId} justify="space-between" wrap="wrap" gap="xs">
              <div>
                <Text fw={600} size="sm">
                  {s.title}
                </Text>
                <Text size="sm" c="dimmed">
                  {formatTimeRange(s.startsAt, s.endsAt)} · {s.rosterSize} on the roster
                </Text>
                {s.group && s.group.waitlistCount > 0 && (
                  <Text size="sm" data-testid="today-waitlist">
                    Waitlist ({s.group.waitlistCount}):{' '}
                    {s.group.waitlist.map((w) => w.clientName).join(', ') ||
                      'none of them on your caseload'}
                  </Text>
                )}
              </div>
              <Group gap="xs">
                <Badge color={taken ? 'teal' : 'yellow'} variant="light">
                  {taken ? 'Attendance taken' : `${s.recordedCount}/${s.rosterSize} recorded`}
                </Badge>
                <Anchor component={Link} to={`/sessions/${s.sessionId}/attendance`} size="sm">
                  {taken ? 'Review roster' : 'Take attendance'}
                </Anchor>
                <Anchor component={Link} to={`/sessions/${s.sessionId}/notes`} size="sm">
                  Notes
                </Anchor>
              </Group>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
