import { useApolloClient, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import { formatLocalDate } from '../../ui/dates';
import { DashboardSection } from '../dashboard/dashboard-section';
import { formatMinutes } from './roster-state';

const BelowWeeklyHoursQuery = graphql(`
  query BelowWeeklyHours($programIds: [ID!]) {
    belowWeeklyHours(programIds: $programIds) {
      weekStart
      inTreatment
      count
      clients {
        clientId
        episodeId
        clientName
        totalMinutes
        targetMinutes
        daysAttended
        minimumDays
      }
    }
  }
`);

const BillableDaysCsvQuery = graphql(`
  query BillableDaysCsv($programId: ID!, $weekStart: LocalDate!) {
    billableDaysCsv(programId: $programId, weekStart: $weekStart)
  }
`);

/**
 * Rule 2 on the director's dashboard: who was below the weekly hours target last week (the last
 * complete week), with the list behind the figure, and the week's billable IOP days as CSV for
 * one program.
 */
export function BelowHoursSection({ programIds }: { programIds: readonly string[] }) {
  const { data } = useQuery(BelowWeeklyHoursQuery, {
    variables: { programIds: programIds.length ? [...programIds] : null },
    fetchPolicy: 'cache-and-network',
  });
  const [open, setOpen] = useState(false);
  const client = useApolloClient();
  const below = data?.belowWeeklyHours;
  if (!below) return null;

  const download = async () => {
    const programId = programIds[0];
    if (!programId) return;
    const { data: csv } = await client.query({
      query: BillableDaysCsvQuery,
      variables: { programId, weekStart: below.weekStart },
      fetchPolicy: 'network-only',
    });
    if (!csv) return;
    const url = URL.createObjectURL(new Blob([csv.billableDaysCsv], { type: 'text/csv' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `billable-iop-days-${below.weekStart}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <DashboardSection
      title="Below weekly hours"
      description={`Week of ${formatLocalDate(below.weekStart)}: clients in treatment whose attended hours fell short of the program’s target (prorated in a week of admission or discharge).`}
      data-testid="below-hours-section"
      actions={
        programIds.length === 1 ? (
          <Button size="xs" variant="light" onClick={() => void download()}>
            Billable days (CSV)
          </Button>
        ) : undefined
      }
    >
      <Stack gap="sm">
        <Group gap="sm">
          <Text fz={28} fw={700} data-testid="below-hours-count">
            {below.count}
          </Text>
          <Text c="dimmed" size="sm">
            of {below.inTreatment} in treatment
          </Text>
          {below.count > 0 && (
            <Anchor
              component="button"
              size="sm"
              onClick={() => setOpen((o) => !o)}
              aria-expanded={open}
            >
              {open ? 'Hide clients' : 'Show clients'}
            </Anchor>
          )}
        </Group>
        {open && (
          <Table verticalSpacing={4} data-testid="below-hours-clients">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Client</Table.Th>
                <Table.Th>Hours</Table.Th>
                <Table.Th>Days</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {below.clients.map((c) => (
                <Table.Tr key={c.episodeId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/clients/${c.clientId}`} size="sm">
                      {c.clientName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {formatMinutes(c.totalMinutes)} of {formatMinutes(c.targetMinutes)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      variant="light"
                      color={c.daysAttended < c.minimumDays ? 'orange' : 'gray'}
                    >
                      {c.daysAttended}/{c.minimumDays}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </DashboardSection>
  );
}
