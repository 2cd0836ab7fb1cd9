import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import { formatLocalDate } from '../../ui/dates';
import { QueryErrorAlert } from '../../ui/query-error-alert';

const AftercareTodayQuery = graphql(`
  query AftercareToday {
    myAftercareWork {
      id
      kind
      dueOn
      daysOverdue
      client {
        id
        displayName
      }
    }
  }
`);

function what(item: { kind: string; dueOn?: string | null; daysOverdue: number }): string {
  if (item.kind === 'SUMMARY_UNSIGNED') return 'Discharge summary to sign';
  if (item.kind === 'OUTREACH') return 'Three follow-ups missed: reach out';
  if (item.daysOverdue === 0) return 'Follow-up contact due today';
  return `Follow-up contact overdue by ${item.daysOverdue} day${item.daysOverdue === 1 ? '' : 's'}${item.dueOn ? ` (due ${formatLocalDate(item.dueOn)})` : ''}`;
}

/** Today's aftercare work: follow-ups due and overdue, summaries to sign. Hidden when there is none. */
export function AftercareToday() {
  const { data, error } = useQuery(AftercareTodayQuery, { fetchPolicy: 'cache-and-network' });
  if (error) return <QueryErrorAlert error={error} />;
  const items = data?.myAftercareWork ?? [];
  if (!items.length) return null;
  return (
    <Paper withBorder radius="md" p="lg" data-testid="aftercare-today">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          Aftercare
        </Title>
        {items.map((item) => (
          <Group key={`${item.kind}-${item.id}`} justify="space-between" wrap="wrap" gap="xs">
            <div>
              <Anchor component={Link} to={`/clients/${item.client.id}`} fw={600}>
                {item.client.displayName}
              </Anchor>
              <Text size="sm">{what(item)}</Text>
            </div>
            {item.kind === 'FOLLOW_UP_DUE' && item.daysOverdue > 0 && (
              <Badge color="red" variant="light">
                Overdue
              </Badge>
            )}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
