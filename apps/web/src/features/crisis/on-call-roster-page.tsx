import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { localDate, monthDates } from '@waypoint/domain';
import { useState } from 'react';
import { graphql } from '../../gql';
import { formatDateTime, formatLocalDate, formatTime } from '../../ui/dates';
import { fieldErrors } from '../../ui/graphql-errors';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { useCurrentViewer } from '../auth/current-viewer';

const OnCallRosterQuery = graphql(`
  query OnCallRosterMonth($programId: ID!, $month: String!) {
    onCallRoster(programId: $programId, month: $month) {
      month
      timeZone
      shifts {
        id
        version
        startsAt
        endsAt
        staff {
          id
          displayName
        }
      }
      gaps {
        from
        to
      }
      overlaps {
        from
        to
      }
    }
    staffMembers(programId: $programId) {
      id
      displayName
    }
  }
`);

const AddOnCallShiftMutation = graphql(`
  mutation AddOnCallShift($input: AddOnCallShiftInput!) {
    addOnCallShift(input: $input) {
      id
    }
  }
`);

const RemoveOnCallShiftMutation = graphql(`
  mutation RemoveOnCallShift($input: RemoveOnCallShiftInput!) {
    removeOnCallShift(input: $input) {
      __typename
    }
  }
`);

function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

/**
 * The crisis line's roster for a month, in the program's time zone: each day's shifts, and the
 * gaps (nobody answers) and overlaps called out above it. Directors add and remove shifts here;
 * everyone else reads it.
 */
export function OnCallRosterPage() {
  const viewer = useCurrentViewer();
  const programs = [
    ...new Map(
      viewer.programRoles.filter((r) => r.role !== 'ADMIN').map((r) => [r.program.id, r.program]),
    ).values(),
  ];
  const [programId, setProgramId] = useState(programs[0]?.id ?? '');
  const [month, setMonth] = useState(() => new Date().toISOString().slice(0, 7));
  const directs = viewer.programRoles.some(
    (r) => r.role === 'DIRECTOR' && r.program.id === programId,
  );
  const { data, error, refetch } = useQuery(OnCallRosterQuery, {
    variables: { programId, month },
    skip: !programId,
  });
  const [add, adding] = useMutation(AddOnCallShiftMutation);
  const [remove] = useMutation(RemoveOnCallShiftMutation);
  const [form, setForm] = useState({
    staffId: '',
    startDate: `${month}-01`,
    startTime: '17:00',
    endDate: `${month}-02`,
    endTime: '09:00',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});

  if (!programs.length) {
    return <Alert color="gray">The on-call roster is kept by each program’s director.</Alert>;
  }
  const roster = data?.onCallRoster;
  const tz = roster?.timeZone;
  const byDay = new Map<string, NonNullable<typeof roster>['shifts']>();
  for (const s of roster?.shifts ?? []) {
    const day = localDate(s.startsAt, tz ?? 'UTC');
    byDay.set(day, [...(byDay.get(day) ?? []), s]);
  }
  // The API refuses anyone not a director, clinician or case manager of the program (staffId).
  const rosterable = data?.staffMembers ?? [];

  const submit = async () => {
    setErrors({});
    try {
      await add({ variables: { input: { programId, ...form } } });
      await refetch();
    } catch (err) {
      const fields = fieldErrors(err);
      setErrors(Object.keys(fields).length ? fields : { form: 'The shift was not saved.' });
    }
  };

  return (
    <Stack gap="md" maw={980}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} fz={26}>
            On-call roster
          </Title>
          <Text c="dimmed" size="sm">
            Who answers the 24/7 crisis line{tz ? `, in ${tz} time` : ''}.
          </Text>
        </div>
        <Group gap="xs">
          {programs.length > 1 && (
            <Select
              aria-label="Program"
              data={programs.map((p) => ({ value: p.id, label: p.name }))}
              value={programId}
              onChange={(v) => setProgramId(v ?? programId)}
              allowDeselect={false}
            />
          )}
          <Button
            variant="default"
            onClick={() => setMonth(shiftMonth(month, -1))}
            aria-label="Previous month"
          >
            ‹
          </Button>
          <Text fw={600} data-testid="roster-month" miw={80} ta="center">
            {month}
          </Text>
          <Button
            variant="default"
            onClick={() => setMonth(shiftMonth(month, 1))}
            aria-label="Next month"
          >
            ›
          </Button>
        </Group>
      </Group>
      {error && <QueryErrorAlert error={error} onRetry={() => void refetch()} />}
      {roster && roster.gaps.length > 0 && (
        <Alert
          color="red"
          title={`${roster.gaps.length} gap${roster.gaps.length > 1 ? 's' : ''}: nobody on call`}
          data-testid="roster-gaps"
        >
          <Stack gap={2}>
            {roster.gaps.slice(0, 6).map((g) => (
              <Text key={g.from} size="sm">
                {formatDateTime(g.from, tz)} – {formatDateTime(g.to, tz)}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {roster && roster.overlaps.length > 0 && (
        <Alert
          color="orange"
          title={`${roster.overlaps.length} overlap${roster.overlaps.length > 1 ? 's' : ''}: two on call at once`}
        >
          <Stack gap={2}>
            {roster.overlaps.slice(0, 6).map((o) => (
              <Text key={o.from} size="sm">
                {formatDateTime(o.from, tz)} – {formatDateTime(o.to, tz)}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {directs && (
        <Paper
          withBorder
          radius="md"
          p="md"
          component="form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Stack gap="sm">
            <Title order={2} fz={16}>
              Add a shift
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 5 }} spacing="sm">
              <Select
                label="Who"
                data={rosterable.map((s) => ({ value: s.id, label: s.displayName }))}
                value={form.staffId || null}
                onChange={(v) => setForm({ ...form, staffId: v ?? '' })}
                searchable
                error={errors.staffId}
              />
              <TextInput
                type="date"
                label="From"
                value={form.startDate}
                onChange={(e) => setForm({ ...form, startDate: e.currentTarget.value })}
                error={errors.startDate}
              />
              <TextInput
                type="time"
                label="at"
                value={form.startTime}
                onChange={(e) => setForm({ ...form, startTime: e.currentTarget.value })}
                error={errors.startTime}
              />
              <TextInput
                type="date"
                label="To"
                value={form.endDate}
                onChange={(e) => setForm({ ...form, endDate: e.currentTarget.value })}
                error={errors.endDate}
              />
              <TextInput
                type="time"
                label="at"
                value={form.endTime}
                onChange={(e) => setForm({ ...form, endTime: e.currentTarget.value })}
                error={errors.endTime}
              />
            </SimpleGrid>
            {errors.form && (
              <Text c="red.8" size="sm" role="alert">
                {errors.form}
              </Text>
            )}
            <Group>
              <Button type="submit" loading={adding.loading} disabled={!form.staffId}>
                Add shift
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
        <Table verticalSpacing="xs" data-testid="roster-month-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Day</Table.Th>
              <Table.Th scope="col">On call</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {monthDates(month).map((day) => (
              <Table.Tr key={day}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatLocalDate(day)}</Table.Td>
                <Table.Td>
                  {(byDay.get(day) ?? []).length === 0 ? (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  ) : (
                    <Stack gap={4}>
                      {byDay.get(day)!.map((s) => (
                        <Group key={s.id} gap="xs" wrap="nowrap">
                          <Text size="sm">
                            <b>{s.staff.displayName}</b> {formatTime(s.startsAt, tz)} –{' '}
                            {formatDateTime(s.endsAt, tz)}
                          </Text>
                          {directs && (
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              color="red"
                              aria-label={`Remove ${s.staff.displayName}’s shift`}
                              onClick={() =>
                                void remove({
                                  variables: { input: { programId, id: s.id, version: s.version } },
                                }).then(() => refetch())
                              }
                            >
                              Remove
                            </Button>
                          )}
                        </Group>
                      ))}
                    </Stack>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
