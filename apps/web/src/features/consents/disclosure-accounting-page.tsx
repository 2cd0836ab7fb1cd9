import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Button,
  Group,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { consentPurposeLabel } from '@waypoint/domain';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { graphql } from '../../gql';
import { formatDateTime, formatLocalDate } from '../../ui/dates';
import '../../ui/print.css';
import { QueryErrorAlert } from '../../ui/query-error-alert';

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

/** `YYYY-MM-DD` of a day `years` before today (the default period asks for a few years back). */
function yearsAgo(years: number, from = new Date()): string {
  const d = new Date(from);
  d.setFullYear(d.getFullYear() - years);
  return d.toISOString().slice(0, 10);
}

export function DisclosuresRoute() {
  const { clientId = '' } = useParams();
  return <DisclosureAccountingPage key={clientId} clientId={clientId} />;
}

/**
 * The accounting of disclosures made with the client's consent over a period, printable for the
 * client who asks for it (who received what, when, why, by whom).
 */
export function DisclosureAccountingPage({ clientId }: { clientId: string }) {
  const [from, setFrom] = useState(yearsAgo(3));
  const [to, setTo] = useState(new Date().toISOString().slice(0, 10));
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
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
            <TextInput
              type="date"
              label="From"
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
              error={valid ? undefined : 'Choose a start on or before the end'}
            />
            <TextInput
              type="date"
              label="To"
              value={to}
              onChange={(e) => setTo(e.currentTarget.value)}
            />
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
            <Table.ScrollContainer minWidth={560}>
              <Table striped verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>When</Table.Th>
                    <Table.Th>To whom</Table.Th>
                    <Table.Th>Why</Table.Th>
                    <Table.Th>What was disclosed</Table.Th>
                    <Table.Th>By</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.disclosureAccounting.map((d) => (
                    <Table.Tr key={d.id}>
                      <Table.Td>{formatDateTime(d.disclosedAt)}</Table.Td>
                      <Table.Td>{d.recipientName}</Table.Td>
                      <Table.Td>{consentPurposeLabel(d.purpose)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'pre-line' }}>
                        {d.informationDisclosed}
                      </Table.Td>
                      <Table.Td>{d.disclosedBy.displayName}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
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
