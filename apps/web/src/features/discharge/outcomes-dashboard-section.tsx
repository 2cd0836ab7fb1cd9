import { useQuery } from '@apollo/client/react';
import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { addCalendarDays, dischargeTypeLabel, instrumentName, todayIn } from '@waypoint/domain';
import { useState } from 'react';
import { graphql } from '../../gql';
import { formatLocalDate } from '../../ui/dates';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { DashboardSection } from '../dashboard/dashboard-section';
import { outcomesCsv, percent, type OutcomeFiguresData } from './outcomes-csv';

const OutcomeFiguresQuery = graphql(`
  query OutcomeFigures($from: LocalDate!, $to: LocalDate!, $programIds: [ID!]) {
    outcomeFigures(from: $from, to: $to, programIds: $programIds) {
      from
      to
      discharges
      byType {
        dischargeType
        count
      }
      completionRate
      meanLengthOfStayDays
      followUpsRecorded
      followUpsReached
      followUpReachRate
      bam {
        clients
        useAtAdmission
        useAtFollowUp
        abstinentAtAdmission
        abstinentAtFollowUp
      }
      measureChanges {
        instrument
        clients
        meanAtAdmission
        meanAtDischarge
      }
      readmittedWithin30Days
      readmittedWithin90Days
    }
  }
`);

const PERIODS = [
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: 'Year' },
];

function Figure(props: { label: string; value: string; detail?: string; testId?: string }) {
  return (
    <Paper withBorder radius="sm" p="sm" data-testid={props.testId}>
      <Text size="xs" c="dimmed">
        {props.label}
      </Text>
      <Text fw={700} fz={22}>
        {props.value || '—'}
      </Text>
      {props.detail && (
        <Text size="xs" c="dimmed">
          {props.detail}
        </Text>
      )}
    </Paper>
  );
}

const mean = (n: number | null) => (n === null ? '—' : n.toFixed(1));

function download(f: OutcomeFiguresData) {
  const url = URL.createObjectURL(new Blob([outcomesCsv(f)], { type: 'text/csv' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `outcomes-${f.from}-to-${f.to}.csv`;
  a.click();
  URL.revokeObjectURL(url);
}

/**
 * What became of the clients discharged in the last 30, 90 or 365 days (by discharge day):
 * how they left, how long they stayed, whether follow-up reached them, BAM use at admission and
 * at the last follow-up, and who came back; downloadable as CSV for funders.
 */
export function OutcomesDashboardSection({ programIds }: { programIds: readonly string[] }) {
  const [days, setDays] = useState('90');
  const to = todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const from = addCalendarDays(to, 1 - Number(days));
  const { data, error, refetch, loading } = useQuery(OutcomeFiguresQuery, {
    variables: { from, to, programIds: programIds.length ? [...programIds] : null },
    fetchPolicy: 'cache-and-network',
  });
  const f = data?.outcomeFigures;
  let body;
  if (!f && error) {
    body = (
      <QueryErrorAlert
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
        retrying={loading}
      />
    );
  } else if (!f) {
    return null;
  } else {
    body = (
      <Stack gap="md">
        <SimpleGrid cols={2} spacing="sm">
          <Figure label="Discharges" value={String(f.discharges)} testId="outcome-discharges" />
          <Figure
            label="Completion rate"
            value={percent(f.completionRate)}
            testId="outcome-completion"
          />
          <Figure
            label="Follow-up reach"
            value={percent(f.followUpReachRate)}
            detail={`${f.followUpsReached} of ${f.followUpsRecorded} contacts`}
            testId="outcome-reach"
          />
          <Figure
            label="Readmitted"
            value={`${f.readmittedWithin30Days} / ${f.readmittedWithin90Days}`}
            detail="within 30 / 90 days"
            testId="outcome-readmitted"
          />
        </SimpleGrid>
        <Stack gap="md">
          <Table withTableBorder verticalSpacing={4} data-testid="outcome-by-type">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Discharge type</Table.Th>
                <Table.Th ta="right">Clients</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {f.byType.map((t) => (
                <Table.Tr key={t.dischargeType}>
                  <Table.Td>{dischargeTypeLabel(t.dischargeType)}</Table.Td>
                  <Table.Td ta="right">{t.count}</Table.Td>
                </Table.Tr>
              ))}
              {f.byType.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={2}>
                    <Text size="sm" c="dimmed">
                      Nobody was discharged in this period.
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
          <Stack gap={4} data-testid="outcome-bam">
            <Text size="sm" fw={600}>
              BAM at admission and at follow-up
            </Text>
            {f.bam.clients === 0 ? (
              <Text size="sm" c="dimmed">
                No client discharged in this period has a BAM at admission and at follow-up yet.
              </Text>
            ) : (
              <Text size="sm">
                {f.bam.clients} clients: mean use score {mean(f.bam.useAtAdmission)} at admission,{' '}
                {mean(f.bam.useAtFollowUp)} at the last follow-up; abstinent{' '}
                {f.bam.abstinentAtAdmission} at admission, {f.bam.abstinentAtFollowUp} at follow-up.
              </Text>
            )}
            {f.measureChanges.map((m) => (
              <Text size="sm" key={m.instrument} data-testid="outcome-measure-change">
                {instrumentName(m.instrument)}: mean {mean(m.meanAtAdmission)} at admission,{' '}
                {mean(m.meanAtDischarge)} at discharge ({m.clients}{' '}
                {m.clients === 1 ? 'client' : 'clients'} with two totals)
              </Text>
            ))}
            <Text size="sm" c="dimmed">
              Mean length of stay:{' '}
              {f.meanLengthOfStayDays === null ? '—' : `${mean(f.meanLengthOfStayDays)} days`}
            </Text>
          </Stack>
        </Stack>
      </Stack>
    );
  }
  return (
    <DashboardSection
      title="Outcomes"
      description={`Clients discharged ${formatLocalDate(from)} to ${formatLocalDate(to)}`}
      data-testid="outcomes-section"
      actions={
        <Group gap="xs" wrap="wrap" justify="flex-end">
          <SegmentedControl
            size="xs"
            aria-label="Period"
            value={days}
            onChange={setDays}
            data={PERIODS}
          />
          {f && (
            <Button size="xs" variant="light" onClick={() => download(f)}>
              Download CSV
            </Button>
          )}
        </Group>
      }
    >
      {body}
    </DashboardSection>
  );
}
