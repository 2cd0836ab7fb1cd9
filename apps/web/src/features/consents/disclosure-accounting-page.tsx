import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router-dom';
import { graphql } from '../../gql';
import { formatLocalDate } from '../../ui/dates';
import '../../ui/print.css';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { DisclosuresTable } from './disclosures-table';
import { DisclosurePeriodFields, useDisclosurePeriod } from './disclosure-period';

const DisclosureAccountingQuery = graphql(`
  query DisclosureAccounting($clientId: ID!, $from: LocalDate!, $to: LocalDate!) {
    client(id: $clientId) {
      id
      firstName
      lastName
      preferredName
    }
    disclosureAccounting(clientId: $clientId, from: $from, to: $to) {
      id
      disclosedAt
      recipientName
      purpose
      informationDisclosed
      noticeText
      disclosedBy {
        id
        displayName
      }
    }
  }
`);

export function DisclosuresRoute() {
  const { clientId = '' } = useParams();
  return <DisclosureAccountingPage key={clientId} clientId={clientId} />;
}

/**
 * The accounting of disclosures made with the client's consent over a period, printable for the
 * client who asks for it (who received what, when, why, by whom).
 */
export function DisclosureAccountingPage({ clientId }: { clientId: string }) {
  const period = useDisclosurePeriod();
  const { from, to, valid } = period;
  const { data, error, loading, refetch } = useQuery(DisclosureAccountingQuery, {
    variables: { clientId, from, to },
    skip: !valid,
  });
  const client = data?.client;
  const name = client
    ? `${client.preferredName ?? client.firstName} ${client.lastName}`
    : 'the client';
  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/clients/${clientId}`} size="sm" data-print-hide>
        Back to the chart
      </Anchor>
      <Paper withBorder radius="md" p="lg" data-print-sheet data-testid="disclosure-accounting">
        <Stack gap="md">
          <Title order={1} size="h2">
            Accounting of disclosures
          </Title>
          <Text>
            Disclosures of {name}’s records made with their written consent (42 CFR Part 2)
            {valid && `, from ${formatLocalDate(from)} to ${formatLocalDate(to)}`}.
          </Text>
          <Group align="end" gap="sm" wrap="wrap" data-print-hide>
            <DisclosurePeriodFields period={period} />
            <Button variant="default" onClick={() => window.print()}>
              Print for the client
            </Button>
          </Group>
          {error && (
            <QueryErrorAlert
              error={error}
              onRetry={() => void refetch().catch(() => undefined)}
              retrying={loading}
            />
          )}
          {valid && !data && !error && <Skeleton height={120} />}
          {data && data.disclosureAccounting.length === 0 && (
            <Text c="dimmed">No disclosure was made in this period.</Text>
          )}
          {data && data.disclosureAccounting.length > 0 && (
            <DisclosuresTable rows={data.disclosureAccounting} />
          )}
          {data && data.disclosureAccounting[0] && (
            <Text size="xs" c="dimmed">
              Each disclosure was sent with this notice: {data.disclosureAccounting[0].noticeText}
            </Text>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
