import { lazy, Suspense } from 'react';
import { useQuery } from '@apollo/client/react';
import { Badge, EmptyState, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { mayOnSomeProgram } from '@waypoint/domain';
import { graphql } from '../../gql';
import type { TodayWorklistQuery } from '../../gql/graphql';
import { formatWeekdayDate, todayIn } from '../../ui/dates';
import { CheckIcon, UsersIcon } from '../../ui/icons';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { useCurrentViewer } from '../auth/current-viewer';
import { hasRole, readsClientRecords } from '../auth/viewer-roles';
import { TodayItem } from './today-item';
import { groupWorklist, urgencyColors, worklistSummary, type WorklistGroup } from './worklist';

// Its own chunk: Today's first load is held to the bundle budget (check:bundle).
const MySessionsToday = lazy(async () => ({
  default: (await import('../attendance/my-sessions-today')).MySessionsToday,
}));
const CrisisFollowUpsToday = lazy(async () => ({
  default: (await import('../crisis/crisis-follow-ups-today')).CrisisFollowUpsToday,
}));
const NotesToSignSection = lazy(async () => ({
  default: (await import('../progress-notes/notes-to-sign-section')).NotesToSignSection,
}));
const ReferralsToday = lazy(async () => ({
  default: (await import('../referrals/referrals-today')).ReferralsToday,
}));
const AftercareToday = lazy(async () => ({
  default: (await import('../discharge/aftercare-today')).AftercareToday,
}));
const ConsentsExpiringToday = lazy(async () => ({
  default: (await import('../consents/consents-expiring-today')).ConsentsExpiringToday,
}));
const ResourcesToReverifyToday = lazy(async () => ({
  default: (await import('../resources/resources-to-reverify-today')).ResourcesToReverifyToday,
}));

const TodayWorklist = graphql(`
  query TodayWorklist {
    myWorklist {
      kind
      daysUntilDue
      client {
        id
      }
      episode {
        id
        program {
          id
          timeZone
        }
      }
      ...TodayItem_item
    }
  }
`);

function TodaySkeleton() {
  return (
    <Stack gap="lg" aria-busy data-testid="today-loading">
      {[3, 2].map((rows, i) => (
        <Paper key={i} withBorder radius="md" p="lg">
          <Skeleton height={14} width={120} radius="sm" />
          {Array.from({ length: rows }, (_, j) => (
            <Skeleton key={j} height={36} radius="sm" mt="md" />
          ))}
        </Paper>
      ))}
    </Stack>
  );
}

type WorklistEntry = TodayWorklistQuery['myWorklist'][number];

/** One urgency's items, in a section of its own. */
function WorklistSection({ group }: { group: WorklistGroup<WorklistEntry> }) {
  return (
    <Paper
      withBorder
      radius="md"
      component="section"
      aria-labelledby={`today-${group.urgency}`}
      data-testid={`today-group-${group.urgency}`}
      style={{ overflow: 'hidden' }}
    >
      <Group
        gap="sm"
        px="lg"
        py="sm"
        bg="gray.0"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
      >
        <Title order={2} fz={15} id={`today-${group.urgency}`}>
          {group.label}
        </Title>
        <Badge color={urgencyColors[group.urgency]} variant="light" size="sm">
          {group.items.length}
        </Badge>
      </Group>
      {group.items.map((item, i) => (
        <div
          key={`${item.kind}:${item.episode.id}`}
          style={i ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined}
        >
          <TodayItem item={item} />
        </div>
      ))}
    </Paper>
  );
}

/** A clinician's caseload, as what needs doing: most urgent first, in sections by urgency. */
export function TodayPage() {
  const viewer = useCurrentViewer();
  const reads = readsClientRecords(viewer);
  const keepsDirectory = mayOnSomeProgram(
    viewer.programRoles.map((r) => ({ programId: r.program.id, role: r.role })),
    'MANAGE_RESOURCES',
  );
  const { data, error, loading, refetch } = useQuery(TodayWorklist, {
    fetchPolicy: 'cache-and-network',
    skip: !reads,
  });
  const items = data?.myWorklist;
  const groups = items ? groupWorklist(items) : [];

  let body;
  if (!reads) {
    body = (
      <Paper withBorder radius="md">
        <EmptyState
          py={48}
          icon={<UsersIcon size={28} />}
          variant="light"
          title="Your role does not include client records"
          description="Administrators manage programs and staff accounts."
        />
      </Paper>
    );
  } else if (!items && error) {
    body = (
      <QueryErrorAlert
        data-testid="today-error"
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
        retrying={loading}
      />
    );
  } else if (!items) {
    body = <TodaySkeleton />;
  } else if (items.length === 0) {
    body = (
      <Paper withBorder radius="md" data-testid="today-empty">
        <EmptyState
          py={56}
          icon={<CheckIcon size={28} />}
          variant="light"
          title="Nothing urgent today"
          description={
            hasRole(viewer, 'CLINICIAN')
              ? 'No plan is overdue, due or waiting for signatures on your caseload, and everyone has finished orientation.'
              : 'This list shows plan reviews, signatures and orientation for clients you are the primary clinician of.'
          }
        />
      </Paper>
    );
  } else {
    body = (
      <Stack gap="lg" data-testid="today-list">
        {groups
          .filter((g) => g.urgency !== 'safety')
          .map((group) => (
            <WorklistSection key={group.urgency} group={group} />
          ))}
      </Stack>
    );
  }
  // Safety comes before everything else the day holds (sessions, notes to sign, referrals...).
  const safety = groups.find((g) => g.urgency === 'safety');

  return (
    <Stack gap="lg" maw={980}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} fz={28}>
            Today
          </Title>
          <Text c="dimmed" size="sm" mt={2}>
            {formatWeekdayDate(todayIn(items?.[0]?.episode.program.timeZone))} · what needs doing on
            your caseload, most urgent first
          </Text>
        </div>
        {items && items.length > 0 && (
          <Text fw={600} data-testid="today-summary">
            {worklistSummary(items)}
          </Text>
        )}
      </Group>
      <Suspense fallback={null}>{reads && <CrisisFollowUpsToday />}</Suspense>
      {safety && <WorklistSection group={safety} />}
      <Suspense fallback={null}>
        <MySessionsToday />
        {reads && <AftercareToday />}
        {reads && <NotesToSignSection />}
        {reads && <ReferralsToday />}
        {keepsDirectory && <ResourcesToReverifyToday />}
        {reads && <ConsentsExpiringToday />}
      </Suspense>
      {body}
    </Stack>
  );
}
