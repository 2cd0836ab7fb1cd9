import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type { ChartMeasuresQuery as ChartMeasuresData } from '../../gql/graphql';
import { formatInstantDate, formatLocalDate } from '../../ui/dates';
import { MeasureForm } from './measure-form';
import { ChartMeasuresQuery } from './measures-query';
import { TrendChart } from './trend-chart';

type Episode = NonNullable<NonNullable<ChartMeasuresData['client']>['currentEpisode']>;
type Trend = Episode['measureTrends'][number];

const BAND_LABEL: Record<string, string> = {
  MINIMAL: 'Minimal',
  MILD: 'Mild',
  MODERATE: 'Moderate',
  MODERATELY_SEVERE: 'Moderately severe',
  SEVERE: 'Severe',
};

function changeText(trend: Trend): string {
  const c = trend.changeSinceIntake;
  if (!c) return 'Change since intake: needs two complete administrations';
  const direction = c.change < 0 ? 'down' : c.change > 0 ? 'up' : 'unchanged';
  return `Change since intake: ${c.first} → ${c.latest} (${direction}${c.change ? ` ${Math.abs(c.change)}` : ''})`;
}

function TotalTrend({ trend, timeZone }: { trend: Trend; timeZone: string }) {
  const latest = trend.points[trend.points.length - 1];
  return (
    <Stack gap={4} data-testid={`measure-trend-${trend.instrument}`}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text fw={600}>
          {trend.name}
          {trend.totalLoinc && (
            <Text span size="xs" c="dimmed">
              {' '}
              LOINC {trend.totalLoinc}
            </Text>
          )}
        </Text>
        {latest && (
          <Text size="sm">
            Latest {formatInstantDate(latest.administeredAt, timeZone)}:{' '}
            {latest.totalScore ?? 'incomplete'}
            {latest.severityBand && ` · ${BAND_LABEL[latest.severityBand]}`}
          </Text>
        )}
      </Group>
      <TrendChart
        title={trend.name}
        maxTotal={trend.maxTotal ?? 27}
        bands={trend.bands}
        points={trend.points}
      />
      <Text size="sm" data-testid="change-since-intake">
        {changeText(trend)}
      </Text>
    </Stack>
  );
}

function BamTable({ trend, timeZone }: { trend: Trend; timeZone: string }) {
  return (
    <Stack gap={4} data-testid="measure-trend-BAM">
      <Text fw={600}>BAM subscales (Use and Risk lower is better; Protective higher)</Text>
      <Table.ScrollContainer minWidth={0}>
        <Table striped fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Given</Table.Th>
              <Table.Th>Use</Table.Th>
              <Table.Th>Risk</Table.Th>
              <Table.Th>Protective</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {trend.points.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{formatInstantDate(p.administeredAt, timeZone)}</Table.Td>
                {p.scoreStatus === 'INCOMPLETE' ? (
                  <Table.Td colSpan={3}>Incomplete</Table.Td>
                ) : (
                  <>
                    <Table.Td>{p.bamSubscales?.use}</Table.Td>
                    <Table.Td>{p.bamSubscales?.risk}</Table.Td>
                    <Table.Td>{p.bamSubscales?.protective}</Table.Td>
                  </>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** PHQ-9, GAD-7 and BAM on the chart: what is due, each trend on its bands, and giving one. */
export function MeasuresCard({ clientId, canEdit }: { clientId: string; canEdit: boolean }) {
  const { data, loading, error } = useQuery(ChartMeasuresQuery, { variables: { clientId } });
  const [giving, setGiving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const episode = data?.client?.currentEpisode;
  if (!episode || episode.phase === 'PRE_ADMISSION' || episode.phase === 'ENDED') {
    if (loading) return null;
    if (error) return <Alert color="red">Measures could not be loaded.</Alert>;
    return null;
  }
  const timeZone = episode.program.timeZone;
  const due = episode.measuresDue.filter((d) => d.daysUntilDue <= 7);
  return (
    <Paper withBorder radius="md" p="lg" id="measures" data-testid="measures-card">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h4">
            Measures
          </Title>
          {canEdit && (
            <Button size="xs" onClick={() => setGiving(true)} data-testid="give-measure">
              Give a measure
            </Button>
          )}
        </Group>
        {saved && (
          <Alert color="teal" role="status" withCloseButton onClose={() => setSaved(null)}>
            {saved}
          </Alert>
        )}
        {due.length > 0 && (
          <Group gap="xs">
            {due.map((d) => (
              <Badge
                key={d.instrument}
                color={d.daysUntilDue <= 0 ? 'orange' : 'gray'}
                variant="light"
              >
                {d.instrument === 'PHQ9' ? 'PHQ-9' : d.instrument === 'GAD7' ? 'GAD-7' : 'BAM'} due{' '}
                {formatLocalDate(d.dueDate)}
              </Badge>
            ))}
          </Group>
        )}
        {episode.measureTrends.length === 0 && (
          <Text size="sm" c="dimmed">
            No measures given in this episode yet.
          </Text>
        )}
        {episode.measureTrends.map((trend) =>
          trend.instrument === 'BAM' ? (
            <BamTable key={trend.instrument} trend={trend} timeZone={timeZone} />
          ) : (
            <TotalTrend key={trend.instrument} trend={trend} timeZone={timeZone} />
          ),
        )}
      </Stack>
      <Modal opened={giving} onClose={() => setGiving(false)} title="Give a measure" size="lg">
        <MeasureForm
          episodeId={episode.id}
          clientId={clientId}
          onCancel={() => setGiving(false)}
          onDone={(message) => {
            setGiving(false);
            setSaved(message);
          }}
        />
      </Modal>
    </Paper>
  );
}
