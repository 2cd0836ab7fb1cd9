import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  ATTENDANCE_STATUSES,
  attendanceStatusLabel,
  isAbsent,
  type AttendanceStatus,
} from '@waypoint/domain';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatInstantDate, formatTimeRange } from '../../ui/dates';
import { apiError } from '../../ui/graphql-errors';
import { ArrowLeftIcon } from '../../ui/icons';
import { PageLoader } from '../../ui/page-loader';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import {
  formatMinutes,
  initialLines,
  rosterInput,
  rosterProblems,
  rosterSummary,
  statusForKey,
  withMinutes,
  withStatus,
  type RosterLine,
} from './roster-state';
import { useRecordAttendance } from './use-record-attendance';
import classes from './roster-table.module.css';

export const RosterPageFragment = graphql(`
  fragment RosterPage_roster on SessionRoster {
    session {
      id
      kind
      startsAt
      endsAt
      status
    }
    title
    sessionMinutes
    timeZone
    entries {
      episodeId
      clientId
      clientName
      status
      minutes
      absenceReason
      recorded
      version
    }
  }
`);

const SessionRosterQuery = graphql(`
  query SessionRoster($sessionId: ID!) {
    sessionRoster(sessionId: $sessionId) {
      ...RosterPage_roster
    }
  }
`);

type Roster = FragmentType<typeof RosterPageFragment>;

export function RosterRoute() {
  const { sessionId = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(SessionRosterQuery, {
    variables: { sessionId },
    fetchPolicy: 'network-only',
  });
  if (data?.sessionRoster) return <RosterPage key={sessionId} roster={data.sessionRoster} />;
  if (error) {
    return (
      <QueryErrorAlert
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
        retrying={loading}
      />
    );
  }
  return <PageLoader label="Opening the roster…" />;
}

const STATUS_KEYS: Record<AttendanceStatus, string> = {
  PRESENT: 'P',
  LATE: 'L',
  LEFT_EARLY: 'E',
  ABSENT_EXCUSED: 'X',
  ABSENT_UNEXCUSED: 'U',
};
const statusColor: Record<AttendanceStatus, string> = {
  PRESENT: 'teal',
  LATE: 'yellow',
  LEFT_EARLY: 'orange',
  ABSENT_EXCUSED: 'gray',
  ABSENT_UNEXCUSED: 'red',
};

/**
 * Taking attendance between two groups: everyone is PRESENT for the whole session; the
 * facilitator moves down the list with the arrow keys and presses one key per client who was not
 * (P, L, E, X, U — focus moves on to the next client), types minutes or a reason where needed,
 * and saves once.
 */
export function RosterPage({ roster: rosterRef }: { roster: Roster }) {
  const roster = getFragmentData(RosterPageFragment, rosterRef);
  const { session } = roster;
  const [lines, setLines] = useState<RosterLine[]>(() => initialLines(roster.entries));
  const [focused, setFocused] = useState(0);
  const [showProblems, setShowProblems] = useState(false);
  const [notice, setNotice] = useState<{ color: string; title: string; body: string } | null>(null);
  const rows = useRef<(HTMLTableRowElement | null)[]>([]);
  const [record, { loading: saving }] = useRecordAttendance();
  const problems = rosterProblems(lines, session);
  const hasProblems = Object.keys(problems).length > 0;

  useEffect(() => {
    rows.current[focused]?.focus();
  }, [focused]);

  const update = (i: number, f: (l: RosterLine) => RosterLine) =>
    setLines((ls) => ls.map((l, j) => (j === i ? f(l) : l)));

  const onRowKey = (i: number) => (event: React.KeyboardEvent<HTMLTableRowElement>) => {
    if (event.target !== event.currentTarget) return; // typing in a field
    if (event.key === 'ArrowDown' || event.key === 'j') {
      event.preventDefault();
      setFocused(Math.min(lines.length - 1, i + 1));
    } else if (event.key === 'ArrowUp' || event.key === 'k') {
      event.preventDefault();
      setFocused(Math.max(0, i - 1));
    } else if (!event.ctrlKey && !event.metaKey && !event.altKey) {
      const status = statusForKey(event.key);
      if (!status) return;
      event.preventDefault();
      update(i, (l) => withStatus(l, status, session));
      if (i < lines.length - 1) setFocused(i + 1);
    }
  };

  const save = async () => {
    setShowProblems(true);
    if (hasProblems) {
      setNotice({
        color: 'red',
        title: 'Some lines need attention',
        body: 'Fix the marked minutes or reasons, then save again.',
      });
      return;
    }
    setNotice(null);
    try {
      const { data } = await record({
        variables: { input: { sessionId: session.id, entries: rosterInput(lines) } },
      });
      const result = data?.recordAttendance;
      if (result?.__typename === 'RosterConflict') {
        const current = getFragmentData(RosterPageFragment, result.roster);
        const fresh = new Map(initialLines(current.entries).map((l) => [l.episodeId, l]));
        // Their lines take the saved values; everyone else keeps what you entered, with the
        // current version, so saving again applies your other changes.
        setLines((ls) =>
          ls.map((l) => {
            const now = fresh.get(l.episodeId);
            if (!now) return l;
            return result.staleEpisodeIds.includes(l.episodeId)
              ? now
              : { ...l, version: now.version };
          }),
        );
        setNotice({
          color: 'yellow',
          title: 'Someone saved this roster first',
          body: `${result.staleClientNames.join(', ')}: now showing what they recorded. Nothing was saved; check these lines and save again.`,
        });
      } else if (result) {
        const saved = getFragmentData(RosterPageFragment, result);
        setLines(initialLines(saved.entries));
        setShowProblems(false);
        notifications.show({ color: 'teal', message: `Attendance saved for ${saved.title}` });
        setNotice({
          color: 'teal',
          title: 'Saved',
          body: rosterSummary(initialLines(saved.entries)),
        });
      }
    } catch (err) {
      const e = apiError(err);
      const fields = Array.isArray(e?.extensions.fields)
        ? (e.extensions.fields as { message?: string }[]).map((f) => f.message).join(' ')
        : '';
      setNotice({
        color: 'red',
        title: 'Not saved',
        body: fields || e?.message || 'The roster could not be saved. Try again.',
      });
    }
  };

  // Ctrl+Enter (⌘+Enter) saves from anywhere on the roster: no hunting for the button.
  const onRosterKey = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };

  return (
    <Stack gap="md" maw={980} onKeyDown={onRosterKey}>
      <Anchor component={Link} to="/today" size="sm" w="fit-content">
        <Group gap={6} wrap="nowrap">
          <ArrowLeftIcon size={14} />
          Today
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} fz={26}>
            {roster.title}
          </Title>
          <Text c="dimmed" size="sm">
            {formatInstantDate(session.startsAt, roster.timeZone)} ·{' '}
            {formatTimeRange(session.startsAt, session.endsAt, roster.timeZone)} ·{' '}
            {formatMinutes(roster.sessionMinutes)} ·{' '}
            {session.status === 'HELD' ? 'Held' : 'Not yet taken'}
          </Text>
        </div>
        <Text fw={600} data-testid="roster-summary">
          {rosterSummary(lines)}
        </Text>
      </Group>
      <Text size="sm" id="roster-help">
        Everyone starts present. Use ↑ ↓ to move, then press <kbd>P</kbd> present, <kbd>L</kbd>{' '}
        late, <kbd>E</kbd> left early, <kbd>X</kbd> excused, <kbd>U</kbd> unexcused. Tab reaches
        minutes and reasons; <kbd>Ctrl</kbd>+<kbd>Enter</kbd> saves.
      </Text>
      {notice && (
        <Alert color={notice.color} title={notice.title} data-testid="roster-notice" role="status">
          {notice.body}
        </Alert>
      )}
      {lines.length === 0 ? (
        <Paper withBorder p="lg">
          <Text>No one is enrolled in this group on this date.</Text>
        </Paper>
      ) : (
        <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
          <Table
            verticalSpacing="xs"
            aria-describedby="roster-help"
            data-testid="roster-table"
            className={classes.table}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Client</Table.Th>
                <Table.Th>Attendance</Table.Th>
                <Table.Th>Minutes</Table.Th>
                <Table.Th>Reason</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((line, i) => {
                const p = showProblems ? problems[line.episodeId] : undefined;
                const absent = isAbsent(line.status);
                return (
                  <Table.Tr
                    key={line.episodeId}
                    ref={(el) => {
                      rows.current[i] = el;
                    }}
                    tabIndex={i === focused ? 0 : -1}
                    onFocus={(e) => {
                      if (e.target === e.currentTarget) setFocused(i);
                    }}
                    onKeyDown={onRowKey(i)}
                    aria-label={`${line.clientName}: ${attendanceStatusLabel(line.status)}`}
                    data-testid="roster-row"
                    data-status={line.status}
                    className={classes.row}
                    style={{ outlineOffset: -2 }}
                    bg={i === focused ? 'blue.0' : undefined}
                  >
                    <Table.Td className={classes.wide}>
                      <Text fw={600} size="sm">
                        {line.clientName}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Badge
                          color={statusColor[line.status]}
                          variant="light"
                          w={24}
                          p={0}
                          aria-hidden
                        >
                          {STATUS_KEYS[line.status]}
                        </Badge>
                        <NativeSelect
                          size="xs"
                          tabIndex={-1}
                          style={{ flex: 1 }}
                          aria-label={`Attendance of ${line.clientName}`}
                          value={line.status}
                          onChange={(e) =>
                            update(i, (l) =>
                              withStatus(l, e.currentTarget.value as AttendanceStatus, session),
                            )
                          }
                          data={ATTENDANCE_STATUSES.map((s) => ({
                            value: s,
                            label: attendanceStatusLabel(s),
                          }))}
                        />
                      </Group>
                    </Table.Td>
                    <Table.Td w={110}>
                      <NumberInput
                        size="xs"
                        aria-label={`Minutes attended by ${line.clientName}`}
                        min={0}
                        max={roster.sessionMinutes}
                        value={line.minutes}
                        disabled={absent}
                        onChange={(v) =>
                          update(i, (l) => withMinutes(l, typeof v === 'number' ? v : 0))
                        }
                        error={p?.minutes}
                      />
                    </Table.Td>
                    <Table.Td miw={180} className={classes.wide}>
                      {absent && (
                        <TextInput
                          size="xs"
                          aria-label={`Reason ${line.clientName} was absent`}
                          placeholder={line.status === 'ABSENT_EXCUSED' ? 'Required' : 'Optional'}
                          value={line.absenceReason}
                          onChange={(e) => {
                            const value = e.currentTarget.value;
                            update(i, (l) => ({ ...l, absenceReason: value }));
                          }}
                          error={p?.absenceReason}
                        />
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <Group className={classes.actions}>
        <Button onClick={() => void save()} loading={saving} data-testid="roster-save">
          Save attendance
        </Button>
      </Group>
    </Stack>
  );
}
