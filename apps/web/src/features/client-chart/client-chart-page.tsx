import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Grid, Group, Paper, Skeleton, Stack } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { getFragmentData, graphql } from '../../gql';
import { formatTime } from '../../ui/dates';
import { apiError } from '../../ui/graphql-errors';
import { ArrowLeftIcon, ShieldIcon } from '../../ui/icons';
import { PageLoader } from '../../ui/page-loader';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { useCurrentViewer } from '../auth/current-viewer';
import { isDirector } from '../auth/viewer-roles';
import { EpisodeWorkspace } from '../episode/episode-workspace';
import { DischargeSection } from '../discharge/discharge-section';
import { TreatmentPlanChartCard } from '../treatment-plan/plan-chart-card';
import { BreakGlassPanel } from './break-glass-panel';
import { chartAccessOf, ChartAccessFragment } from './chart-access';
import { ChartAccessLogPanel } from './chart-access-log-panel';
import { ChartUnavailable } from './chart-unavailable';
import { ClientChartHeader, ClientChartHeaderFragment } from './client-chart-header';
import { DownloadRecord } from '../fhir-export/download-record';
import { ContactDetailsCard } from './contact-details-card';
import { EmergencyContactsCard } from './emergency-contacts-card';
import { EpisodeList } from './episode-list';
import { HoursCard } from '../attendance/hours-card';
import { ClientScheduleCard } from '../groups/client-schedule-card';
import { useScrollToHash } from '../../ui/use-scroll-to-hash';

const ClientChartQuery = graphql(`
  query ClientChart($id: ID!) {
    client(id: $id) {
      id
      ...ClientChartHeader_client
      ...ContactDetailsCard_client
      ...EmergencyContactsCard_client
      ...EpisodeList_client
      ...ChartAccess_client
      ...EpisodeWorkspace_client
      ...TreatmentPlanChartCard_client
      ...ClientScheduleCard_client
    }
  }
`);

/** One chart per address: moving to another client starts afresh (no leftover grant or form). */
export function ClientChartRoute() {
  const { clientId = '' } = useParams();
  return <ClientChartPage key={clientId} clientId={clientId} />;
}

// Measures and screens (with their forms and the trend chart) load after the chart itself.
const SafetyBanner = lazy(async () => ({
  default: (await import('../measures/clinical-measures')).SafetyBanner,
}));
const MeasuresAndScreens = lazy(async () => ({
  default: (await import('../measures/clinical-measures')).MeasuresAndScreens,
}));
const ReferralsAndConsents = lazy(async () => ({
  default: (await import('../referrals/referrals-card')).ReferralsAndConsents,
}));

const TimelineCard = lazy(async () => ({
  default: (await import('../timeline/timeline-card')).TimelineCard,
}));
const ChartNotesCard = lazy(async () => ({
  default: (await import('../progress-notes/chart-notes-card')).ChartNotesCard,
}));

function BackToCaseload() {
  return (
    <Anchor component={Link} to="/caseload" size="sm" w="fit-content">
      <Group gap={6} wrap="nowrap">
        <ArrowLeftIcon size={14} />
        Caseload
      </Group>
    </Anchor>
  );
}

function ChartSkeleton() {
  return (
    <Stack gap="lg" aria-busy data-testid="chart-loading">
      <Paper withBorder radius="md" p="lg">
        <Skeleton height={28} width="40%" radius="sm" />
        <Skeleton height={14} width="25%" radius="sm" mt="sm" />
        <Group mt="lg" gap="xl">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} height={32} width={160} radius="sm" />
          ))}
        </Group>
      </Paper>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Skeleton height={260} radius="md" />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Skeleton height={260} radius="md" />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function EmergencyAccessBanner({ expiresAt }: { expiresAt: string | null }) {
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<ShieldIcon size={18} />}
      title={`Emergency access${expiresAt ? ` until ${formatTime(expiresAt)}` : ''} · read-only`}
      data-testid="emergency-access-banner"
    >
      This client is not on your caseload. You opened the chart with break-glass access: your reason
      and everything you view are recorded for the program director.
    </Alert>
  );
}

export function ClientChartPage({ clientId }: { clientId: string }) {
  useScrollToHash();
  const viewer = useCurrentViewer();
  // Every opening of a chart is asked of the API, so every one is checked and audited there.
  const { data, error, refetch, loading } = useQuery(ClientChartQuery, {
    variables: { id: clientId },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const [grant, setGrant] = useState<{ expiresAt: string } | null>(null);
  const [refusedBreakGlass, setRefusedBreakGlass] = useState(false);

  let content;
  if (data?.client) {
    const client = data.client;
    const access = chartAccessOf(getFragmentData(ChartAccessFragment, client));
    content = (
      <Stack gap="lg" data-testid="client-chart">
        <ClientChartHeader client={client} />
        <DownloadRecord
          clientId={client.id}
          programId={getFragmentData(ClientChartHeaderFragment, client).currentEpisode?.program.id}
        />
        {(access.emergencyOnly || grant) && (
          <EmergencyAccessBanner expiresAt={grant?.expiresAt ?? null} />
        )}
        <Suspense fallback={null}>
          <SafetyBanner clientId={client.id} canEdit={access.canEdit && !grant} />
        </Suspense>
        <TreatmentPlanChartCard client={client} />
        <HoursCard clientId={client.id} />
        <EpisodeWorkspace client={client} canEdit={access.canEdit && !grant} />
        <DischargeSection clientId={client.id} canEdit={access.canEdit && !grant} />
        <Suspense fallback={<Skeleton height={200} radius="md" />}>
          <MeasuresAndScreens clientId={client.id} canEdit={access.canEdit && !grant} />
        </Suspense>
        <Suspense fallback={<Skeleton height={200} radius="md" />}>
          <ReferralsAndConsents clientId={client.id} canEdit={access.canEdit && !grant} />
        </Suspense>
        <Suspense fallback={<Skeleton height={200} radius="md" />}>
          <TimelineCard clientId={client.id} />
        </Suspense>
        <Suspense fallback={<Skeleton height={160} radius="md" />}>
          <ChartNotesCard clientId={client.id} canEdit={access.canEdit && !grant} />
        </Suspense>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="lg">
              <ContactDetailsCard client={client} canEdit={access.canEdit && !grant} />
              <EmergencyContactsCard client={client} canEdit={access.canEdit && !grant} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="lg">
              <ClientScheduleCard client={client} canEdit={access.canEdit && !grant} />
              <EpisodeList client={client} />
            </Stack>
          </Grid.Col>
        </Grid>
        {isDirector(viewer) && <ChartAccessLogPanel clientId={client.id} />}
      </Stack>
    );
  } else if (grant && loading) {
    content = <PageLoader label="Opening the chart…" />;
  } else if (error) {
    const e = apiError(error);
    if (
      e?.code === 'FORBIDDEN' &&
      e.extensions.breakGlassAvailable === true &&
      !refusedBreakGlass
    ) {
      content = (
        <BreakGlassPanel
          clientId={clientId}
          onGranted={(g) => {
            setGrant(g);
            void refetch().catch(() => undefined);
          }}
          onRefused={() => setRefusedBreakGlass(true)}
        />
      );
    } else if (e?.code === 'FORBIDDEN') {
      content = <ChartUnavailable reason="no-access" />;
    } else if (e?.code === 'NOT_FOUND' || e?.code === 'BAD_USER_INPUT') {
      content = <ChartUnavailable reason="not-found" />;
    } else if (e?.code === 'UNAUTHENTICATED') {
      // On the way to the sign-in page.
      content = <PageLoader />;
    } else {
      content = (
        <QueryErrorAlert
          data-testid="chart-error"
          error={error}
          onRetry={() => void refetch().catch(() => undefined)}
          retrying={loading}
        />
      );
    }
  } else {
    content = <ChartSkeleton />;
  }

  return (
    <Stack gap="md">
      <BackToCaseload />
      {content}
    </Stack>
  );
}
