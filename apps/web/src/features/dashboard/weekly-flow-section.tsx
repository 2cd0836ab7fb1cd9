// Loaded with the dashboard's own chunk, after Mantine's core styles.
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { SegmentedControl, Table } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatLocalDate } from '../../ui/dates';
import { weeklyFlow, type WeekPoint } from './dashboard-figures';
import { DashboardSection } from './dashboard-section';
import type { DrillDownKind } from './dashboard-url';
import { MetricLink } from './metric-link';
import { useDrillDownLink } from './use-dashboard-url';

export const WeeklyFlowSectionFragment = graphql(`
  fragment WeeklyFlowSection_dashboard on DirectorDashboard {
    weeklyFlow {
      weekStart
      admissions
      discharges
    }
  }
`);

const series = [
  { name: 'admissions', label: 'Admissions', color: 'teal.6', drill: 'admitted' },
  { name: 'discharges', label: 'Discharges', color: 'indigo.3', drill: 'discharged' },
] as const satisfies readonly {
  name: string;
  label: string;
  color: string;
  drill: DrillDownKind;
}[];

function FlowTable({ points }: { points: WeekPoint[] }) {
  return (
    <Table verticalSpacing={4} horizontalSpacing="sm" fz="sm" data-testid="weekly-flow-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th fz="xs" c="dimmed">
            Week of
          </Table.Th>
          <Table.Th fz="xs" c="dimmed" ta="right">
            Admissions
          </Table.Th>
          <Table.Th fz="xs" c="dimmed" ta="right">
            Discharges
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {[...points].reverse().map((w) => (
          <Table.Tr key={w.weekStart}>
            <Table.Td>{formatLocalDate(w.weekStart)}</Table.Td>
            <Table.Td ta="right">
              <MetricLink
                value={w.admissions}
                drill={{ kind: 'admitted', key: w.weekStart, programId: null }}
                label={`admitted in the week of ${w.label}`}
              />
            </Table.Td>
            <Table.Td ta="right">
              <MetricLink
                value={w.discharges}
                drill={{ kind: 'discharged', key: w.weekStart, programId: null }}
                label={`discharged in the week of ${w.label}`}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Admissions and discharges per week; a bar opens the clients admitted or discharged that week. */
export function WeeklyFlowSection(props: {
  dashboard: FragmentType<typeof WeeklyFlowSectionFragment>;
}) {
  const flow = weeklyFlow(getFragmentData(WeeklyFlowSectionFragment, props.dashboard).weeklyFlow);
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const navigate = useNavigate();
  const link = useDrillDownLink();
  const open = (kind: DrillDownKind, point: WeekPoint | undefined, value: number) => {
    if (!point || value <= 0) return;
    const { to, state } = link({ kind, key: point.weekStart, programId: null });
    void navigate(to, { state });
  };

  return (
    <DashboardSection
      title="Admissions and discharges"
      description="Per week, last 12 weeks"
      actions={
        <SegmentedControl
          size="xs"
          value={view}
          onChange={(v) => setView(v === 'table' ? 'table' : 'chart')}
          data={[
            { value: 'chart', label: 'Chart' },
            { value: 'table', label: 'Table' },
          ]}
          aria-label="Show as"
        />
      }
      data-testid="weekly-flow-section"
    >
      {view === 'chart' ? (
        <BarChart
          h={260}
          data={flow.points}
          dataKey="label"
          series={series.map(({ name, label, color }) => ({ name, label, color }))}
          withLegend
          legendProps={{ verticalAlign: 'top', height: 36 }}
          tickLine="y"
          gridAxis="y"
          maxBarWidth={18}
          yAxisProps={{ allowDecimals: false, width: 32 }}
          tooltipAnimationDuration={120}
          barProps={(s) => {
            const kind = series.find((x) => x.name === s.name)?.drill ?? 'admitted';
            return {
              cursor: 'pointer',
              onClick: (bar) => {
                const point = bar.payload as WeekPoint | undefined;
                open(
                  kind,
                  point,
                  point ? point[kind === 'admitted' ? 'admissions' : 'discharges'] : 0,
                );
              },
            };
          }}
          data-testid="weekly-flow-chart"
        />
      ) : (
        <FlowTable points={flow.points} />
      )}
    </DashboardSection>
  );
}
