import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import { formatLocalDate } from '../../ui/dates';
import { DashboardSection } from '../dashboard/dashboard-section';

const GroupRatesQuery = graphql(`
  query GroupRates($programId: ID!) {
    groups(programId: $programId) {
      id
      name
      capacity
      activeCount
      waitlistCount
      attendanceByWeek(weeks: 5) {
        weekStart
        sessions
        recorded
        rate
      }
    }
  }
`);

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);
const rateColor = (rate: number | null) =>
  rate === null ? 'dimmed' : rate >= 0.85 ? 'teal.8' : rate >= 0.7 ? 'yellow.9' : 'red.8';

function ProgramGroups({ program }: { program: { id: string; name: string } }) {
  const { data } = useQuery(GroupRatesQuery, { variables: { programId: program.id } });
  const groups = data?.groups;
  if (!groups?.length) return null;
  // This week is still under way: the four complete weeks before it are compared.
  const weeks = groups[0]!.attendanceByWeek.slice(1);
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        {program.name}
      </Text>
      <Table.ScrollContainer minWidth={520}>
        <Table verticalSpacing={4} data-testid="group-rates-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Group</Table.Th>
              <Table.Th>Filled</Table.Th>
              <Table.Th>Waitlist</Table.Th>
              {weeks.map((w) => (
                <Table.Th
                  key={w.weekStart}
                  title={`Week of ${formatLocalDate(w.weekStart)}`}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {formatLocalDate(w.weekStart).replace(/ \d{4}$/, '')}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((g) => (
              <Table.Tr key={g.id} data-testid="group-rates-row">
                <Table.Td>
                  <Anchor component={Link} to={`/groups/${g.id}`} size="sm">
                    {g.name}
                  </Anchor>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">
                    {g.activeCount}/{g.capacity} ({percent(g.activeCount / g.capacity)})
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{g.waitlistCount || '—'}</Text>
                </Table.Td>
                {g.attendanceByWeek.slice(1).map((w) => (
                  <Table.Td key={w.weekStart}>
                    <Text
                      size="sm"
                      fw={600}
                      c={rateColor(w.rate)}
                      title={`${w.sessions} sessions, ${w.recorded} attendance records`}
                    >
                      {percent(w.rate)}
                    </Text>
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/**
 * The director's groups: how full each is (members of capacity, the waitlist) and, per complete
 * week, the share of attendance taken that was attended; each group opens its page.
 */
export function GroupRatesSection({
  programs,
}: {
  programs: readonly { id: string; name: string }[];
}) {
  if (!programs.length) return null;
  return (
    <DashboardSection
      title="Groups"
      description="Members of capacity, the waitlist, and the attendance rate of each of the last four complete weeks."
      data-testid="group-rates-section"
    >
      <Stack gap="md">
        {programs.map((p) => (
          <ProgramGroups key={p.id} program={p} />
        ))}
      </Stack>
    </DashboardSection>
  );
}
