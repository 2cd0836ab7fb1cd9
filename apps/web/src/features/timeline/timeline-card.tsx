import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  Badge,
  Box,
  Button,
  Chip,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { TIMELINE_KINDS, timelineKindLabel, type TimelineKind } from '@waypoint/domain';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { ClientTimelineQuery as TimelineData } from '../../gql/graphql';
import { formatTime } from '../../ui/dates';
import { AlertIcon, HistoryIcon } from '../../ui/icons';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { byDay } from './timeline-days';

const ClientTimelineQuery = graphql(`
  query ClientTimeline($clientId: ID!, $kinds: [TimelineKind!], $after: String) {
    client(id: $clientId) {
      id
      currentEpisode {
        id
        program {
          id
          timeZone
        }
      }
      timeline(kinds: $kinds, first: 40, after: $after) {
        entries {
          id
          kind
          at
          title
          detail
          alert
        }
        hasMore
        endCursor
      }
    }
  }
`);

type Page = NonNullable<TimelineData['client']>['timeline'];
type Entry = Page['entries'][number];

const KIND_COLOR: Record<TimelineKind, string> = {
  SESSION: 'teal',
  NOTE: 'indigo',
  MEASURE: 'violet',
  DRUG_SCREEN: 'orange',
  PLAN: 'blue',
  LIFECYCLE: 'gray',
  REFERRAL: 'cyan',
};

function TimelineEntryRow({ entry, timeZone }: { entry: Entry; timeZone: string | null }) {
  return (
    <Group
      gap="sm"
      wrap="nowrap"
      align="flex-start"
      py={6}
      pl="sm"
      style={{
        borderLeft: `3px solid var(--mantine-color-${entry.alert ? 'red-6' : 'gray-3'})`,
      }}
      data-testid="timeline-entry"
    >
      <Text size="sm" c="dimmed" w={86} style={{ flexShrink: 0 }}>
        {formatTime(entry.at, timeZone)}
      </Text>
      <Box style={{ minWidth: 0, flex: 1 }}>
        <Group gap={6} wrap="wrap">
          {entry.alert && (
            <>
              <AlertIcon size={16} color="var(--mantine-color-red-7)" aria-hidden />
              <VisuallyHidden>Needs attention:</VisuallyHidden>
            </>
          )}
          <Text size="sm" fw={600}>
            {entry.title}
          </Text>
          <Badge size="xs" variant="light" color={KIND_COLOR[entry.kind]}>
            {timelineKindLabel(entry.kind)}
          </Badge>
        </Group>
        {entry.detail && (
          <Text
            size="sm"
            c={entry.alert ? 'red.8' : undefined}
            style={{ overflowWrap: 'anywhere' }}
          >
            {entry.detail}
          </Text>
        )}
      </Box>
    </Group>
  );
}

/** The timeline for one choice of kinds: the first page from the query, older pages on demand. */
function TimelineEntries({ clientId, kinds }: { clientId: string; kinds: TimelineKind[] }) {
  const client = useApolloClient();
  const { data, error, loading, refetch } = useQuery(ClientTimelineQuery, {
    variables: { clientId, kinds: kinds.length ? kinds : null },
  });
  const [older, setOlder] = useState<{ entries: Entry[]; page: Page | null }>({
    entries: [],
    page: null,
  });
  const [loadingOlder, setLoadingOlder] = useState(false);

  if (error) {
    return <QueryErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  }
  const first = data?.client?.timeline;
  if (!first) return loading ? <Skeleton height={160} radius="sm" /> : null;
  const last = older.page ?? first;
  const entries = [...first.entries, ...older.entries];
  const timeZone = data.client?.currentEpisode?.program.timeZone ?? null;

  async function showOlder() {
    setLoadingOlder(true);
    try {
      const res = await client.query({
        query: ClientTimelineQuery,
        variables: { clientId, kinds: kinds.length ? kinds : null, after: last.endCursor },
        fetchPolicy: 'network-only',
      });
      const page = res.data?.client?.timeline;
      if (page) setOlder((o) => ({ entries: [...o.entries, ...page.entries], page }));
    } finally {
      setLoadingOlder(false);
    }
  }

  if (!entries.length) {
    return (
      <Text size="sm" c="dimmed">
        Nothing recorded yet{kinds.length ? ' of these kinds' : ''}.
      </Text>
    );
  }
  return (
    <Stack gap="md">
      {byDay(entries, timeZone).map(({ day, entries: ofDay }) => (
        <Stack key={day} gap={4} component="section" aria-label={day}>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed">
            {day}
          </Text>
          {ofDay.map((entry) => (
            <TimelineEntryRow key={entry.id} entry={entry} timeZone={timeZone} />
          ))}
        </Stack>
      ))}
      {last.hasMore && (
        <Button
          variant="default"
          size="xs"
          w="fit-content"
          loading={loadingOlder}
          onClick={() => void showOlder()}
        >
          Show older
        </Button>
      )}
    </Stack>
  );
}

/**
 * The chart's timeline: sessions, measures, screens, plan versions, episode moves and referrals in
 * one chronological view — what a clinician reads before a session — filterable by kind.
 */
export function TimelineCard({ clientId }: { clientId: string }) {
  const [kinds, setKinds] = useState<TimelineKind[]>([]);
  return (
    <Paper withBorder radius="md" p="lg" id="timeline" data-testid="timeline-card">
      <Stack gap="md">
        <Group gap="xs">
          <HistoryIcon size={20} aria-hidden />
          <Title order={2} size="h3">
            Timeline
          </Title>
        </Group>
        <Chip.Group multiple value={kinds} onChange={(v) => setKinds(v)}>
          <Group gap={6} role="group" aria-label="Show only">
            {TIMELINE_KINDS.map((kind) => (
              <Chip key={kind} value={kind} size="xs" variant="outline">
                {timelineKindLabel(kind)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <TimelineEntries key={kinds.join(',')} clientId={clientId} kinds={kinds} />
      </Stack>
    </Paper>
  );
}
