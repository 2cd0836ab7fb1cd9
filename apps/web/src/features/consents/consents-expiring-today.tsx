import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import { formatLocalDate } from '../../ui/dates';
import { QueryErrorAlert } from '../../ui/query-error-alert';

const ConsentsExpiringQuery = graphql(`
  query ConsentsExpiring {
    consentsExpiring(mine: true, programIds: null) {
      daysLeft
      consent {
        id
        expiresOn
        purposeDescription
        recipients {
          name
        }
        generalDesignation
        client {
          id
          displayName
        }
      }
    }
  }
`);

const lapses = (daysLeft: number) =>
  daysLeft === 0 ? 'Last day today' : daysLeft === 1 ? '1 day left' : `${daysLeft} days left`;

/**
 * Today: my clients' active consents that lapse within 30 days, soonest first, so the client can
 * be asked to renew before a referral can no longer be sent.
 */
export function ConsentsExpiringToday() {
  const { data, error } = useQuery(ConsentsExpiringQuery, { fetchPolicy: 'cache-and-network' });
  if (error) return <QueryErrorAlert error={error} />;
  const items = data?.consentsExpiring ?? [];
  if (!items.length) return null;
  return (
    <Paper withBorder radius="md" p="lg" data-testid="consents-expiring">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          Consents expiring in 30 days
        </Title>
        {items.map(({ consent: c, daysLeft }) => (
          <Group key={c.id} justify="space-between" wrap="wrap" gap="xs">
            <div>
              <Anchor component={Link} to={`/clients/${c.client.id}`} fw={600}>
                {c.client.displayName}
              </Anchor>
              <Text size="sm">
                To{' '}
                {c.generalDesignation
                  ? 'treating providers and payers (general designation)'
                  : c.recipients.map((r) => r.name).join(', ')}
                {c.expiresOn && ` · holds through ${formatLocalDate(c.expiresOn)}`}
              </Text>
            </div>
            <Badge color={daysLeft <= 7 ? 'red' : 'yellow'} variant="light">
              {lapses(daysLeft)}
            </Badge>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
