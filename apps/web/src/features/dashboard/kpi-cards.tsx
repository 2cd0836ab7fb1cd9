import { Paper, SimpleGrid, Skeleton, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { dashboardKpis, type Kpi, type KpiTone } from './dashboard-figures';
import { useDrillDownLink } from './use-dashboard-url';
import classes from './kpi-cards.module.css';

export const KpiCardsFragment = graphql(`
  fragment KpiCards_dashboard on DirectorDashboard {
    reviews {
      overdue
      dueSoon
    }
    lengthOfStay {
      inTreatment
      averageDays
      medianDays
      pastTwelveWeeks
    }
  }
`);

const toneColor: Record<KpiTone, string | undefined> = {
  default: undefined,
  alert: 'red.8',
  warning: 'orange.8',
};

function KpiCardBody({ kpi }: { kpi: Kpi }) {
  return (
    <>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.04em' }}>
        {kpi.label}
      </Text>
      <Text
        fz={30}
        fw={700}
        lh={1.2}
        mt={6}
        c={toneColor[kpi.tone]}
        style={{ fontVariantNumeric: 'tabular-nums' }}
        data-testid="kpi-value"
      >
        {kpi.value}
      </Text>
      <Text size="xs" c="dimmed" mt={4} lineClamp={2}>
        {kpi.hint}
      </Text>
    </>
  );
}

function KpiCard({ kpi }: { kpi: Kpi }) {
  const link = useDrillDownLink();
  const common = {
    withBorder: true,
    radius: 'md' as const,
    p: 'md',
    className: classes.card,
    'data-tone': kpi.tone,
    'data-testid': `kpi-${kpi.id}`,
  };
  if (!kpi.drill) {
    return (
      <Paper {...common}>
        <KpiCardBody kpi={kpi} />
      </Paper>
    );
  }
  const { to, state } = link(kpi.drill);
  return (
    <Paper {...common} component={Link} to={to} state={state} data-interactive>
      {/* The card's own words name the link (a spoken name must contain the visible one). */}
      <KpiCardBody kpi={kpi} />
      <VisuallyHidden>Show the clients</VisuallyHidden>
    </Paper>
  );
}

export function KpiCards(props: { dashboard: FragmentType<typeof KpiCardsFragment> }) {
  const kpis = dashboardKpis(getFragmentData(KpiCardsFragment, props.dashboard));
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="md" data-testid="kpi-cards">
      {kpis.map((kpi) => (
        <KpiCard key={kpi.id} kpi={kpi} />
      ))}
    </SimpleGrid>
  );
}

export function KpiCardsSkeleton() {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="md" aria-hidden>
      {Array.from({ length: 5 }, (_, i) => (
        <Paper key={i} withBorder radius="md" p="md">
          <Skeleton height={10} width="60%" radius="sm" />
          <Skeleton height={28} width="40%" radius="sm" mt={12} />
          <Skeleton height={10} width="80%" radius="sm" mt={10} />
        </Paper>
      ))}
    </SimpleGrid>
  );
}
