import { useQuery } from '@apollo/client/react';
import { Badge, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { graphql } from '../../gql';
import { formatLocalDate } from '../../ui/dates';
import { formatMinutes } from './roster-state';

const ClientHoursQuery = graphql(`
  query ClientHours($id: ID!) {
    client(id: $id) {
      id
      currentEpisode {
        id
        weeklyHours(weeks: 12) {
          weekStart
          groupMinutes
          individualFamilyMinutes
          totalMinutes
          targetMinutes
          daysAttended
          minimumDays
          billableDays
          partial
          belowTarget
        }
        attendanceSummary {
          attendedThisWeek
          missedThisWeek
          attendedLast14Days
          missedLast14Days
        }
      }
    }
  }
`);

interface Week {
  weekStart: string;
  groupMinutes: number;
  individualFamilyMinutes: number;
  totalMinutes: number;
  targetMinutes: number;
  belowTarget: boolean;
}

const H = 120;
/** Room for the axes: hour ticks and their title on the left, week dates and theirs below. */
const LEFT = 34;
const TOP = 8;
const BOTTOM = 30;
const HOUR = 60;

/**
 * Twelve weeks as bars (group dark, individual/family light) against each week's target, on
 * labelled axes: hours per week up the side, the week's Monday along the bottom.
 */
function HoursChart({ weeks }: { weeks: readonly Week[] }) {
  // On a phone the chart is drawn narrower rather than shrunk, so its labels stay readable.
  const phone = useMediaQuery('(max-width: 36em)') ?? false;
  const W = phone ? 270 : 360;
  const fontSize = phone ? 10 : 9;
  const most = Math.max(HOUR, ...weeks.map((w) => Math.max(w.totalMinutes, w.targetMinutes)));
  // Ticks every 3 hours (the IOP's session length), the top one above the tallest bar.
  const tickStep = 3 * HOUR;
  const max = Math.ceil(most / tickStep) * tickStep;
  const ticks = Array.from({ length: max / tickStep + 1 }, (_, i) => i * tickStep);
  const slot = W / weeks.length;
  const y = (m: number) => TOP + H - (m / max) * H;
  const belowCount = weeks.filter((w) => w.belowTarget).length;
  const first = weeks[0]?.weekStart ?? '';
  const last = weeks[weeks.length - 1]?.weekStart ?? '';
  return (
    <svg
      viewBox={`0 0 ${LEFT + W} ${TOP + H + BOTTOM}`}
      width="100%"
      style={{ maxWidth: 560, display: 'block' }}
      role="img"
      aria-label={`Hours attended per week, weeks starting ${formatLocalDate(first)} to ${formatLocalDate(last)}, against each week’s target; ${belowCount} of ${weeks.length} weeks below target.`}
      data-testid="hours-chart"
    >
      <g aria-hidden="true" fontSize={fontSize} fill="currentColor">
        <text
          transform={`translate(9 ${TOP + H / 2}) rotate(-90)`}
          textAnchor="middle"
          data-testid="hours-axis-y"
        >
          Hours per week
        </text>
        {ticks.map((t) => (
          <g key={t}>
            <line
              x1={LEFT - 3}
              x2={LEFT + W}
              y1={y(t)}
              y2={y(t)}
              stroke="var(--mantine-color-gray-3)"
            />
            <text x={LEFT - 5} y={y(t) + 3} textAnchor="end">
              {`${t / HOUR} h`}
            </text>
          </g>
        ))}
        <text
          x={LEFT + W / 2}
          y={TOP + H + BOTTOM - 3}
          textAnchor="middle"
          data-testid="hours-axis-x"
        >
          Week starting (month-day)
        </text>
      </g>
      {weeks.map((w, i) => {
        const x = LEFT + i * slot + slot * 0.15;
        const bw = slot * 0.7;
        return (
          <g key={w.weekStart}>
            <title>
              {`Week of ${formatLocalDate(w.weekStart)}: ${formatMinutes(w.totalMinutes)} of ${formatMinutes(w.targetMinutes)}`}
            </title>
            <rect
              x={x}
              y={y(w.groupMinutes)}
              width={bw}
              height={y(0) - y(w.groupMinutes)}
              fill={w.belowTarget ? 'var(--mantine-color-orange-7)' : 'var(--mantine-color-teal-7)'}
            />
            <rect
              x={x}
              y={y(w.totalMinutes)}
              width={bw}
              height={y(w.groupMinutes) - y(w.totalMinutes)}
              fill={w.belowTarget ? 'var(--mantine-color-orange-3)' : 'var(--mantine-color-teal-3)'}
            />
            {w.targetMinutes > 0 && (
              <line
                x1={LEFT + i * slot + 1}
                x2={LEFT + (i + 1) * slot - 1}
                y1={y(w.targetMinutes)}
                y2={y(w.targetMinutes)}
                stroke="var(--mantine-color-dark-6)"
                strokeDasharray="3 2"
              />
            )}
            {i % 2 === weeks.length % 2 && (
              <text
                x={LEFT + i * slot + slot / 2}
                y={TOP + H + 12}
                fontSize={fontSize}
                textAnchor="middle"
                fill="currentColor"
                aria-hidden="true"
              >
                {w.weekStart.slice(5)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** Rule 2 on the chart: this week against the target, and twelve weeks at a glance. */
export function HoursCard({ clientId }: { clientId: string }) {
  const { data } = useQuery(ClientHoursQuery, {
    variables: { id: clientId },
    fetchPolicy: 'cache-and-network',
  });
  const episode = data?.client?.currentEpisode;
  if (!episode) return null;
  const weeks = episode.weeklyHours;
  const week = weeks[weeks.length - 1];
  if (!week) return null;
  const s = episode.attendanceSummary;
  const pct = week.targetMinutes
    ? Math.min(100, (100 * week.totalMinutes) / week.targetMinutes)
    : 0;
  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component="section"
      aria-labelledby="hours-card"
      data-testid="hours-card"
    >
      <Group justify="space-between" mb="xs">
        <Title order={2} fz={16} id="hours-card">
          Hours
        </Title>
        {week.targetMinutes > 0 && (
          <Badge color={week.belowTarget ? 'orange' : 'teal'} variant="light">
            {week.belowTarget ? 'Below target so far' : 'Target met'}
          </Badge>
        )}
      </Group>
      <Stack gap={6}>
        <Text size="sm" data-testid="hours-this-week">
          This week: <b>{formatMinutes(week.totalMinutes)}</b> of{' '}
          {formatMinutes(week.targetMinutes)}
          {week.partial ? ' (prorated: admitted or discharged this week)' : ''} · group{' '}
          {formatMinutes(week.groupMinutes)}, individual/family{' '}
          {formatMinutes(week.individualFamilyMinutes)} · {week.daysAttended} of {week.minimumDays}{' '}
          days, {week.billableDays} billable (3 h or more)
        </Text>
        <Progress
          value={pct}
          color={week.belowTarget ? 'orange' : 'teal'}
          aria-label="This week against the target"
        />
        <HoursChart weeks={weeks} />
        <Text size="xs" c="dimmed">
          Sessions attended this week {s.attendedThisWeek}, missed {s.missedThisWeek} · last 14 days
          attended {s.attendedLast14Days}, missed {s.missedLast14Days}. Bars: group (dark) and
          individual/family (light) hours; dashed line: the week’s target.
        </Text>
      </Stack>
    </Paper>
  );
}
