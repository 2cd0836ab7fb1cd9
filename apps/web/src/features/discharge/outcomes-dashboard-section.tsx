import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import {
  ABSTINENCE_DEFINITION,
  addCalendarDays,
  dischargeTypeLabel,
  instrumentName,
  todayIn,
} from '@waypoint/domain';
import { useState } from 'react';
import { graphql } from '../../gql';
import { formatLocalDate } from '../../ui/dates';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { DashboardSection } from '../dashboard/dashboard-section';
import type { OutcomeFigure } from '../../gql/graphql';
import { abstinenceFigure, figureValue } from './outcome-drill-down';
import { OutcomeDrillDownDrawer } from './outcome-drill-down-drawer';
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
      daysAbstinent {
        mark
        clients
        abstinentAllDays
        meanDaysAbstinent
      }
    }
  }
`);

const PERIODS = [
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: 'Year' },
];

/** Opens the list of discharges behind a figure. */
function ClientsLink(props: { label: string; onOpen: () => void }) {
  return (
    <Anchor
      component="button"
      type="button"
      size="xs"
      onClick={props.onOpen}
      aria-label={props.label}
    >
      Clients
    </Anchor>
  );
}

function Figure(props: {
  label: string;
  value: string;
  detail?: string;
  testId?: string;
  /** Opens the clients behind it; figures about contacts rather than clients have none. */
  onOpen?: () => void;
}) {
  return (
    <Paper withBorder radius="sm" p="sm" data-testid={props.testId}>
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Text size="xs" c="dimmed">
          {props.label}
        </Text>
        {props.onOpen && (
          <ClientsLink label={`Clients behind: ${props.label}`} onOpen={props.onOpen} />
        )}
      </Group>
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
  const [drill, setDrill] = useState<OutcomeFigure | null>(null);
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
          <Figure
            label="Discharges"
            value={String(f.discharges)}
            testId="outcome-discharges"
            onOpen={() => setDrill('DISCHARGES')}
          />
          <Figure
            label="Completion rate"
            value={percent(f.completionRate)}
            testId="outcome-completion"
            onOpen={() => setDrill('DISCHARGES')}
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
            onOpen={() => setDrill('READMITTED_WITHIN_90_DAYS')}
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
                {m.clients === 1 ? 'client' : 'clients'} with two totals){' '}
                <ClientsLink
                  label={`Clients behind: ${instrumentName(m.instrument)} change`}
                  onOpen={() => setDrill(m.instrument === 'PHQ9' ? 'PHQ9_CHANGE' : 'GAD7_CHANGE')}
                />
              </Text>
            ))}
            <Text size="sm" c="dimmed">
              Mean length of stay:{' '}
              {f.meanLengthOfStayDays === null ? '—' : `${mean(f.meanLengthOfStayDays)} days`}{' '}
              <ClientsLink
                label="Clients behind: length of stay"
                onOpen={() => setDrill('LENGTH_OF_STAY')}
              />
            </Text>
          </Stack>
          <Stack gap={4} data-testid="outcome-days-abstinent">
            <Text size="sm" fw={600}>
              Days abstinent after discharge
            </Text>
            <Table withTableBorder verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>After</Table.Th>
                  <Table.Th ta="right">Clients</Table.Th>
                  <Table.Th ta="right">All 30 days</Table.Th>
                  <Table.Th ta="right">Mean days</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {f.daysAbstinent.map((a) => (
                  <Table.Tr key={a.mark}>
                    <Table.Td>{a.mark} days</Table.Td>
                    <Table.Td ta="right">{a.clients}</Table.Td>
                    <Table.Td ta="right">{a.abstinentAllDays}</Table.Td>
                    <Table.Td ta="right">{figureValue(a.meanDaysAbstinent)}</Table.Td>
                    <Table.Td ta="right">
                      <ClientsLink
                        label={`Clients behind: days abstinent at ${a.mark} days`}
                        onOpen={() => setDrill(abstinenceFigure(a.mark))}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="xs" c="dimmed" data-testid="outcome-days-abstinent-help">
              {ABSTINENCE_DEFINITION}
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
      <OutcomeDrillDownDrawer
        figure={drill}
        from={from}
        to={to}
        programIds={programIds}
        onClose={() => setDrill(null)}
      />
    </DashboardSection>
  );
}
