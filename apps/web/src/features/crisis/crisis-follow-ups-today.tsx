import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { crisisActionLabel, crisisCallerLabel } from '@waypoint/domain';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import { formatDateTime, formatLocalDate } from '../../ui/dates';

const CrisisFollowUpsTodayQuery = graphql(`
  query CrisisFollowUpsToday {
    myCrisisFollowUps {
      id
      episodeId
      occurredAt
      caller
      riskLevel
      actions
      notes
      followUpDueOn
      program {
        id
        timeZone
      }
      loggedBy {
        id
        displayName
      }
      client {
        id
        displayName
      }
    }
  }
`);

const CompleteCrisisFollowUpMutation = graphql(`
  mutation CompleteCrisisFollowUp($input: CompleteCrisisFollowUpInput!) {
    completeCrisisFollowUp(input: $input) {
      id
      followedUpAt
    }
  }
`);

const riskColors = { HIGH: 'red', MODERATE: 'orange', LOW: 'gray' } as const;

/**
 * Today's urgent section: crisis-line contacts about the clinician's clients still to follow up,
 * high risk first. Nothing is shown when there are none (Today has its own empty state).
 */
export function CrisisFollowUpsToday() {
  const { data, refetch } = useQuery(CrisisFollowUpsTodayQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const [complete, { loading }] = useMutation(CompleteCrisisFollowUpMutation);
  const items = data?.myCrisisFollowUps ?? [];
  if (!items.length) return null;
  return (
    <Paper
      withBorder
      radius="md"
      component="section"
      aria-labelledby="today-crisis"
      data-testid="today-crisis-follow-ups"
      style={{ overflow: 'hidden', borderColor: 'var(--mantine-color-red-4)' }}
    >
      <Group gap="sm" px="lg" py="sm" bg="red.0">
        <Title order={2} fz={15} id="today-crisis">
          Crisis follow-ups
        </Title>
        <Badge color="red" variant="filled" size="sm">
          {items.length}
        </Badge>
      </Group>
      {items.map((c) => (
        <Group
          key={c.id}
          justify="space-between"
          gap="xs"
          px="lg"
          py="sm"
          data-testid="crisis-follow-up"
          style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
        >
          <Group gap="md" wrap="nowrap" style={{ minWidth: 0 }}>
            <Box
              w={4}
              h={36}
              bg={`${riskColors[c.riskLevel]}.6`}
              style={{ borderRadius: 2, flexShrink: 0 }}
              aria-hidden
            />
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Group gap={6}>
                {c.client && (
                  <Anchor
                    component={Link}
                    to={`/clients/${encodeURIComponent(c.client.id)}`}
                    size="sm"
                    fw={600}
                  >
                    {c.client.displayName}
                  </Anchor>
                )}
                <Badge color={riskColors[c.riskLevel]} variant="light" size="sm">
                  {c.riskLevel === 'HIGH'
                    ? 'High risk'
                    : c.riskLevel === 'MODERATE'
                      ? 'Moderate risk'
                      : 'Low risk'}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed">
                {crisisCallerLabel(c.caller)} called{' '}
                {formatDateTime(c.occurredAt, c.program.timeZone)} · taken by{' '}
                {c.loggedBy.displayName}
                {c.followUpDueOn && ` · follow up by ${formatLocalDate(c.followUpDueOn)}`}
              </Text>
              {c.actions.length > 0 && (
                <Text size="xs">{c.actions.map(crisisActionLabel).join(' · ')}</Text>
              )}
              {c.notes && (
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {c.notes}
                </Text>
              )}
            </Stack>
          </Group>
          {c.episodeId && (
            <Button
              size="xs"
              variant="light"
              loading={loading}
              onClick={() =>
                void complete({ variables: { input: { episodeId: c.episodeId!, id: c.id } } }).then(
                  () => refetch(),
                )
              }
            >
              Mark followed up
            </Button>
          )}
        </Group>
      ))}
    </Paper>
  );
}
