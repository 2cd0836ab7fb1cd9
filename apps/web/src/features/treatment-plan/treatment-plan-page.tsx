import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, EmptyState, Group, Paper, Skeleton, Stack } from '@mantine/core';
import { useCallback } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { formatTime } from '../../ui/dates';
import { apiError } from '../../ui/graphql-errors';
import { ArrowLeftIcon, ShieldIcon } from '../../ui/icons';
import { PageLoader } from '../../ui/page-loader';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { ChartUnavailable } from '../client-chart/chart-unavailable';
import { todayIn } from '../dashboard/review-due';
import { PlanVersionsQuery, TreatmentPlanPageQuery, TreatmentPlanViewQuery } from './plan-queries';
import { PlanWorkspace, type PlanView } from './plan-workspace';
import { StartPlanPanel } from './start-plan-panel';
import { useScrollToHash } from '../../ui/use-scroll-to-hash';

/** One plan screen per client: moving to another client starts afresh. */
export function TreatmentPlanRoute() {
  const { clientId = '' } = useParams();
  return <TreatmentPlanPage key={clientId} clientId={clientId} />;
}

function BackToChart({ clientId, name }: { clientId: string; name: string | null }) {
  return (
    <Anchor
      component={Link}
      to={`/clients/${encodeURIComponent(clientId)}`}
      size="sm"
      w="fit-content"
      data-testid="back-to-chart"
    >
      <Group gap={6} wrap="nowrap">
        <ArrowLeftIcon size={14} />
        {name ? `${name} — chart` : 'Client chart'}
      </Group>
    </Anchor>
  );
}

function PlanSkeleton() {
  return (
    <Stack gap="md" aria-busy data-testid="plan-loading">
      <Paper withBorder radius="md" p="lg">
        <Skeleton height={28} width="35%" radius="sm" />
        <Skeleton height={14} width="50%" radius="sm" mt="sm" />
        <Group mt="lg" gap="xl">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} height={36} width={220} radius="sm" />
          ))}
        </Group>
      </Paper>
      <Skeleton height={220} radius="md" />
      <Skeleton height={180} radius="md" />
    </Stack>
  );
}

/** The treatment plan of the client's current episode: read it, write it, sign it, track it. */
export function TreatmentPlanPage({ clientId }: { clientId: string }) {
  useScrollToHash();
  const [params, setParams] = useSearchParams();
  const versionParam = params.get('version');
  const view: PlanView = params.get('view') === 'history' ? 'history' : 'plan';
  const go = useCallback(
    (next: { version?: string | null; view?: PlanView }) =>
      setParams((prev) => {
        const p = new URLSearchParams(prev);
        if (next.version !== undefined) {
          if (next.version) p.set('version', next.version);
          else p.delete('version');
        }
        if (next.view !== undefined) {
          if (next.view === 'history') p.set('view', 'history');
          else p.delete('view');
        }
        return p;
      }),
    [setParams],
  );

  // Every opening is asked of the API, so every one is checked and audited there.
  const page = useQuery(TreatmentPlanPageQuery, {
    variables: { clientId },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  // A refetch that finds the cache incomplete empties `data` until it answers; showing the
  // previous answer meanwhile keeps the workspace (and any open form in it) mounted.
  const client = (page.data ?? page.previousData)?.client ?? null;
  const episode = client?.currentEpisode ?? null;
  const versionsQuery = useQuery(PlanVersionsQuery, {
    variables: { episodeId: episode?.id ?? '' },
    skip: !episode,
    fetchPolicy: 'cache-and-network',
  });
  const versions = versionsQuery.data?.episodeTreatmentPlans ?? [];
  const current = episode?.currentTreatmentPlan ?? null;
  const shownId = versionParam ?? current?.id ?? versions[0]?.id ?? null;
  const shown = useQuery(TreatmentPlanViewQuery, {
    variables: { id: shownId ?? '' },
    skip: shownId === null,
    fetchPolicy: 'cache-and-network',
  });

  let content;
  if (!page.data && page.error) {
    const e = apiError(page.error);
    if (e?.code === 'FORBIDDEN') {
      content =
        e.extensions.breakGlassAvailable === true ? (
          <Alert
            color="orange"
            variant="light"
            icon={<ShieldIcon size={18} />}
            title="This client is not on your caseload"
          >
            Open the client’s chart to request emergency access, stating why you need it.
            <Group mt="sm">
              <Button size="xs" component={Link} to={`/clients/${encodeURIComponent(clientId)}`}>
                Open the chart
              </Button>
            </Group>
          </Alert>
        ) : (
          <ChartUnavailable reason="no-access" />
        );
    } else if (e?.code === 'NOT_FOUND' || e?.code === 'BAD_USER_INPUT') {
      content = <ChartUnavailable reason="not-found" />;
    } else if (e?.code === 'UNAUTHENTICATED') {
      content = <PageLoader />;
    } else {
      content = (
        <QueryErrorAlert
          data-testid="plan-error"
          error={page.error}
          onRetry={() => void page.refetch().catch(() => undefined)}
          retrying={page.loading}
        />
      );
    }
  } else if (!client) {
    content = <PlanSkeleton />;
  } else if (!episode) {
    content = (
      <Paper withBorder radius="md">
        <EmptyState
          py={48}
          variant="light"
          title="No episode of care"
          description="A treatment plan belongs to an episode of care; this client has none."
        />
      </Paper>
    );
  } else if (!shownId) {
    content =
      versionsQuery.loading && !versionsQuery.data ? (
        <PlanSkeleton />
      ) : (
        <StartPlanPanel
          episodeId={episode.id}
          clientName={client.displayName}
          initialPlanDue={episode.initialPlanDue ?? null}
          today={todayIn(episode.program.timeZone)}
          canEdit={client.access.canEdit}
          inTreatment={episode.phase === 'IN_TREATMENT'}
        />
      );
  } else {
    const plan = (shown.data ?? shown.previousData)?.treatmentPlan;
    if (plan && plan.id === shownId) {
      content = (
        <PlanWorkspace
          key={plan.id}
          plan={plan}
          clientName={client.displayName}
          episode={episode}
          versions={versions}
          view={view}
          onView={(v) => go({ view: v })}
          onOpenVersion={(id) =>
            go({ version: id && id !== current?.id ? id : null, view: 'plan' })
          }
        />
      );
    } else if (shown.error) {
      content = (
        <Stack gap="sm">
          <QueryErrorAlert
            error={shown.error}
            onRetry={() => void shown.refetch().catch(() => undefined)}
            retrying={shown.loading}
          />
          <Button variant="default" w="fit-content" onClick={() => go({ version: null })}>
            Show the current plan
          </Button>
        </Stack>
      );
    } else {
      content = <PlanSkeleton />;
    }
  }

  const until = client?.access.emergencyAccessUntil;
  return (
    <Stack gap="md" data-testid="plan-page">
      <BackToChart clientId={clientId} name={client?.displayName ?? null} />
      {until && (
        <Alert
          color="orange"
          variant="light"
          icon={<ShieldIcon size={18} />}
          title={`Emergency access until ${formatTime(until)} · read-only`}
        >
          This client is not on your caseload; what you view is recorded for the program director.
        </Alert>
      )}
      {content}
    </Stack>
  );
}
