import { useMutation, useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Menu,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import {
  addCalendarDays,
  localDate,
  mondayOf,
  sessionKindLabel,
  zonedInstant,
} from '@waypoint/domain';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { graphql } from '../../gql';
import type { MyWeekQuery } from '../../gql/graphql';
import { formatTimeRange, formatWeekdayDate, todayIn } from '../../ui/dates';
import { useCurrentViewer } from '../auth/current-viewer';
import { apiError, fieldErrors } from '../../ui/graphql-errors';
import { PageLoader } from '../../ui/page-loader';
import { QueryErrorAlert } from '../../ui/query-error-alert';

const MyWeekQueryDoc = graphql(`
  query MyWeek($week: LocalDate!) {
    mySessionsInWeek(week: $week) {
      id
      version
      programId
      kind
      status
      startsAt
      endsAt
      modality
      location
      group {
        id
        name
      }
    }
    programs {
      id
      timeZone
    }
  }
`);

const UpdateSessionMutation = graphql(`
  mutation MoveSession($input: UpdateSessionInput!) {
    updateSession(input: $input) {
      __typename
      ... on ClinicalSessionConflict {
        message
      }
    }
  }
`);

const CancelSessionMutation = graphql(`
  mutation CancelMySession($input: CancelSessionInput!) {
    cancelSession(input: $input) {
      __typename
      ... on ClinicalSessionConflict {
        message
      }
    }
  }
`);

type Session = MyWeekQuery['mySessionsInWeek'][number];

const statusLabels: Record<string, { label: string; color: string }> = {
  SCHEDULED: { label: 'Scheduled', color: 'blue' },
  HELD: { label: 'Held', color: 'teal' },
  CANCELLED: { label: 'Cancelled', color: 'gray' },
  NO_SHOW: { label: 'No-show', color: 'orange' },
};

const titleOf = (s: Session) => s.group?.name ?? sessionKindLabel[s.kind];

/** The time of day of an instant where the program is, "09:00" (for the move form). */
function wallTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** Moves one session to another date or time (the group's schedule is left as it is). */
function MoveSessionForm({
  session,
  timeZone,
  onDone,
}: {
  session: Session;
  timeZone: string;
  onDone: (message: string) => void;
}) {
  const [date, setDate] = useState(localDate(new Date(session.startsAt), timeZone));
  const [start, setStart] = useState(wallTime(session.startsAt, timeZone));
  const [end, setEnd] = useState(wallTime(session.endsAt, timeZone));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [move, { loading }] = useMutation(UpdateSessionMutation, {
    refetchQueries: ['MyWeek', 'MySessionsToday'],
  });
  const save = async () => {
    try {
      const res = await move({
        variables: {
          input: {
            id: session.id,
            version: session.version,
            startsAt: zonedInstant(date, start, timeZone).toISOString(),
            endsAt: zonedInstant(date, end, timeZone).toISOString(),
            modality: session.modality,
            location: session.location,
          },
        },
      });
      const result = res.data?.updateSession;
      onDone(
        result?.__typename === 'ClinicalSessionConflict'
          ? result.message
          : `${titleOf(session)} moved to ${formatWeekdayDate(date)}, ${start}–${end}.`,
      );
    } catch (e) {
      const fields = fieldErrors(e);
      setErrors(
        Object.keys(fields).length ? fields : { form: apiError(e)?.message ?? 'Not moved' },
      );
    }
  };
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack gap="sm">
        <TextInput
          type="date"
          label="Date"
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          required
        />
        <Group grow>
          <TextInput
            type="time"
            label="Starts"
            value={start}
            onChange={(e) => setStart(e.currentTarget.value)}
            required
          />
          <TextInput
            type="time"
            label="Ends"
            value={end}
            onChange={(e) => setEnd(e.currentTarget.value)}
            error={errors.endsAt}
            required
          />
        </Group>
        {(errors.form ?? errors.startsAt) && (
          <Text c="red" size="sm" role="alert">
            {errors.form ?? errors.startsAt}
          </Text>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            Move session
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function SessionCard({
  session,
  timeZone,
  onMove,
  onCancel,
}: {
  session: Session;
  timeZone: string;
  onMove: () => void;
  onCancel: () => void;
}) {
  const status = statusLabels[session.status] ?? { label: session.status, color: 'gray' };
  const cancelled = session.status === 'CANCELLED';
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="week-session" opacity={cancelled ? 0.7 : 1}>
      <Stack gap={2}>
        <Text size="sm" fw={600} td={cancelled ? 'line-through' : undefined}>
          {formatTimeRange(session.startsAt, session.endsAt, timeZone)}
        </Text>
        {cancelled ? (
          <Text size="sm">{titleOf(session)}</Text>
        ) : (
          <Anchor component={Link} to={`/sessions/${session.id}/attendance`} size="sm">
            {titleOf(session)}
          </Anchor>
        )}
        <Group gap={4} justify="space-between" wrap="nowrap">
          <Badge size="xs" variant="light" color={status.color}>
            {status.label}
          </Badge>
          {session.status === 'SCHEDULED' && (
            <Menu position="bottom-end">
              <Menu.Target>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  aria-label={`Change ${titleOf(session)}`}
                >
                  Change
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={onMove}>Move this session</Menu.Item>
                <Menu.Item color="red" onClick={onCancel}>
                  Cancel this session
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/**
 * The clinician's week: the sessions they run, Monday to Sunday (day columns on a wide screen, a
 * list of days on a phone), each linking to its roster; a single session can be moved or
 * cancelled here without touching its group's schedule.
 */
export function MyWeekPage() {
  const [params, setParams] = useSearchParams();
  const [notice, setNotice] = useState<string | null>(null);
  const [moving, setMoving] = useState<Session | null>(null);
  const [cancelling, setCancelling] = useState<Session | null>(null);
  const [cancel, cancelState] = useMutation(CancelSessionMutation, {
    refetchQueries: ['MyWeek', 'MySessionsToday'],
  });
  // "Today" is the program's (the first of the viewer's programs), not the browser's: on a Sunday
  // evening in the program, a browser on UTC is already in next week.
  const zone = useCurrentViewer().programRoles[0]?.program.timeZone ?? null;
  const week = mondayOf(params.get('week') ?? todayIn(zone));
  const { data, error, loading, refetch } = useQuery(MyWeekQueryDoc, { variables: { week } });
  const zoneOf = (s: Session) =>
    data?.programs.find((p) => p.id === s.programId)?.timeZone ?? 'UTC';
  const days = Array.from({ length: 7 }, (_, i) => addCalendarDays(week, i));
  // Between two groups the facilitator looks for today first: its day stands out.
  const today = todayIn(zone);
  const sessionsOn = (day: string) =>
    (data?.mySessionsInWeek ?? []).filter(
      (s) => localDate(new Date(s.startsAt), zoneOf(s)) === day,
    );
  const confirmCancel = async (s: Session) => {
    const res = await cancel({
      variables: { input: { id: s.id, version: s.version } },
    });
    const result = res.data?.cancelSession;
    setCancelling(null);
    setNotice(
      result?.__typename === 'ClinicalSessionConflict'
        ? result.message
        : `${titleOf(s)} cancelled.`,
    );
  };
  const go = (days: number) => setParams({ week: addCalendarDays(week, days) });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={1}>My week</Title>
        <Group gap="xs" wrap="nowrap">
          <Button variant="default" onClick={() => go(-7)} aria-label="Previous week">
            ‹ Previous
          </Button>
          <Button variant="default" onClick={() => setParams({})}>
            This week
          </Button>
          <Button variant="default" onClick={() => go(7)} aria-label="Next week">
            Next ›
          </Button>
        </Group>
      </Group>
      <Text c="dimmed" aria-live="polite" data-testid="week-range">
        Week of {formatWeekdayDate(week)} – {formatWeekdayDate(addCalendarDays(week, 6))}
      </Text>
      {notice && (
        <Text role="status" size="sm">
          {notice}
        </Text>
      )}
      {error && <QueryErrorAlert error={error} onRetry={() => void refetch()} />}
      {loading && !data && <PageLoader label="Loading your week…" />}
      {data && (
        <SimpleGrid cols={{ base: 1, md: 7 }} spacing="xs" data-testid="week-calendar">
          {days.map((day) => {
            const sessions = sessionsOn(day);
            const isToday = day === today;
            return (
              <Stack
                key={day}
                gap={6}
                component="section"
                aria-label={formatWeekdayDate(day)}
                aria-current={isToday ? 'date' : undefined}
                data-testid="week-day"
                bg={isToday ? 'teal.0' : undefined}
                p={isToday ? 6 : undefined}
                style={isToday ? { borderRadius: 'var(--mantine-radius-sm)' } : undefined}
              >
                <Text fw={700} size="sm" c={isToday ? 'teal.9' : undefined}>
                  {isToday ? `Today, ${formatWeekdayDate(day)}` : formatWeekdayDate(day)}
                </Text>
                {sessions.length === 0 && (
                  <Text size="xs" c="dimmed">
                    No sessions
                  </Text>
                )}
                {sessions.map((s) => (
                  <SessionCard
                    key={s.id}
                    session={s}
                    timeZone={zoneOf(s)}
                    onMove={() => setMoving(s)}
                    onCancel={() => setCancelling(s)}
                  />
                ))}
              </Stack>
            );
          })}
        </SimpleGrid>
      )}
      <Modal
        opened={!!moving}
        onClose={() => setMoving(null)}
        title={moving ? `Move ${titleOf(moving)}` : ''}
      >
        {moving && (
          <MoveSessionForm
            session={moving}
            timeZone={zoneOf(moving)}
            onDone={(message) => {
              setMoving(null);
              setNotice(message);
            }}
          />
        )}
      </Modal>
      <Modal
        opened={!!cancelling}
        onClose={() => setCancelling(null)}
        title={cancelling ? `Cancel ${titleOf(cancelling)}?` : ''}
      >
        {cancelling && (
          <Stack gap="sm">
            <Text size="sm">
              {formatWeekdayDate(localDate(new Date(cancelling.startsAt), zoneOf(cancelling)))},{' '}
              {formatTimeRange(cancelling.startsAt, cancelling.endsAt, zoneOf(cancelling))}. It
              stays on record as cancelled; the group’s other sessions are not changed.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setCancelling(null)}>
                Keep it
              </Button>
              <Button
                color="red"
                loading={cancelState.loading}
                onClick={() => void confirmCancel(cancelling)}
              >
                Cancel session
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
