import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Modal,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { sessionKindLabel, zonedInstant } from '@waypoint/domain';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatInstantDate, formatTimeRange, todayIn } from '../../ui/dates';
import { PlusIcon } from '../../ui/icons';
import { useCurrentViewer } from '../auth/current-viewer';
import { failure } from './use-group-mutations';

export const ClientScheduleCardFragment = graphql(`
  fragment ClientScheduleCard_client on Client {
    id
    currentEpisode {
      id
      program {
        id
        timeZone
      }
    }
    weeklySchedule {
      memberships {
        id
        status
        group {
          id
          name
          scheduleText
        }
      }
      upcoming {
        id
        kind
        startsAt
        endsAt
        group {
          id
          name
        }
        staff {
          id
          displayName
        }
      }
    }
  }
`);

const BookSessionMutation = graphql(`
  mutation BookSession($input: BookSessionInput!) {
    bookSession(input: $input) {
      id
    }
  }
`);

type Kind = 'INDIVIDUAL' | 'FAMILY' | 'CASE_MANAGEMENT' | 'INTAKE';

function BookSessionForm({
  episodeId,
  timeZone,
  onDone,
}: {
  episodeId: string;
  timeZone: string;
  onDone: () => void;
}) {
  const viewer = useCurrentViewer();
  const [kind, setKind] = useState<Kind>('INDIVIDUAL');
  const [date, setDate] = useState(todayIn(timeZone));
  const [start, setStart] = useState('13:00');
  const [end, setEnd] = useState('14:00');
  const [modality, setModality] = useState<'IN_PERSON' | 'TELEHEALTH'>('IN_PERSON');
  const [relative, setRelative] = useState({ name: '', relation: '' });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [book, { loading }] = useMutation(BookSessionMutation, {
    refetchQueries: ['ClientChart'],
  });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!date || !start || !end) {
      setProblems({ startsAt: 'Choose a date and times' });
      return;
    }
    try {
      await book({
        variables: {
          input: {
            episodeId,
            kind,
            startsAt: zonedInstant(date, start, timeZone).toISOString(),
            endsAt: zonedInstant(date, end, timeZone).toISOString(),
            modality,
            staffIds: [viewer.staff.id],
            participants:
              kind === 'FAMILY' && relative.name.trim()
                ? [{ name: relative.name, relation: relative.relation }]
                : [],
          },
        },
      });
      onDone();
    } catch (error) {
      const result = failure(error);
      setProblems(
        result.kind === 'invalid'
          ? result.fields
          : { startsAt: 'message' in result ? result.message : 'Not booked' },
      );
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="book-session-form">
      <Stack gap="sm">
        {(problems.startsAt || problems.endsAt || problems.staffIds || problems.episodeId) && (
          <Alert color="orange" role="alert">
            {problems.startsAt ?? problems.endsAt ?? problems.staffIds ?? problems.episodeId}
          </Alert>
        )}
        <Select
          label="Kind of session"
          value={kind}
          allowDeselect={false}
          data={(['INDIVIDUAL', 'FAMILY', 'CASE_MANAGEMENT', 'INTAKE'] as const).map((k) => ({
            value: k,
            label: sessionKindLabel[k],
          }))}
          onChange={(v) => v && setKind(v)}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label="Date"
            type="date"
            required
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
          />
          <TextInput
            label="Starts at"
            type="time"
            required
            value={start}
            onChange={(e) => setStart(e.currentTarget.value)}
          />
          <TextInput
            label="Ends at"
            type="time"
            required
            value={end}
            onChange={(e) => setEnd(e.currentTarget.value)}
          />
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="modality-label">
            Where
          </Text>
          <SegmentedControl
            aria-labelledby="modality-label"
            value={modality}
            onChange={(v) => setModality(v)}
            data={[
              { value: 'IN_PERSON', label: 'In person' },
              { value: 'TELEHEALTH', label: 'Telehealth' },
            ]}
          />
        </Stack>
        {kind === 'FAMILY' && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Family member’s name"
              value={relative.name}
              error={problems.participants}
              onChange={(e) => setRelative({ ...relative, name: e.currentTarget.value })}
            />
            <TextInput
              label="Relation"
              placeholder="e.g. mother"
              value={relative.relation}
              onChange={(e) => setRelative({ ...relative, relation: e.currentTarget.value })}
            />
          </SimpleGrid>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Book session
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The client's groups and next sessions, and booking an individual or family session. */
export function ClientScheduleCard({
  client: ref,
  canEdit,
}: {
  client: FragmentType<typeof ClientScheduleCardFragment>;
  canEdit: boolean;
}) {
  const client = getFragmentData(ClientScheduleCardFragment, ref);
  const [booking, setBooking] = useState(false);
  const tz = client.currentEpisode?.program.timeZone;
  const { memberships, upcoming } = client.weeklySchedule;
  return (
    <Paper withBorder radius="md" p="lg" data-testid="client-schedule-card">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4">
            Schedule
          </Title>
          {canEdit && client.currentEpisode && (
            <Button
              size="xs"
              variant="light"
              leftSection={<PlusIcon size={14} />}
              onClick={() => setBooking(true)}
            >
              Book session
            </Button>
          )}
        </Group>
        {memberships.length === 0 ? (
          <Text size="sm">Not in any group.</Text>
        ) : (
          <List listStyleType="none" spacing={4}>
            {memberships.map((m) => (
              <List.Item key={m.id}>
                <Anchor component={Link} to={`/groups/${m.group.id}`}>
                  {m.group.name}
                </Anchor>{' '}
                <Text span size="sm" c="dimmed">
                  {m.group.scheduleText}
                </Text>{' '}
                {m.status === 'WAITLISTED' && (
                  <Badge size="sm" color="orange" variant="light">
                    waitlist
                  </Badge>
                )}
              </List.Item>
            ))}
          </List>
        )}
        <Text size="sm" fw={600}>
          Next 14 days
        </Text>
        {upcoming.length === 0 ? (
          <Text size="sm">Nothing scheduled.</Text>
        ) : (
          <List listStyleType="none" spacing={4} data-testid="client-upcoming-sessions">
            {upcoming.slice(0, 8).map((s) => (
              <List.Item key={s.id}>
                <Text size="sm">
                  {formatInstantDate(s.startsAt, tz)}, {formatTimeRange(s.startsAt, s.endsAt, tz)} ·{' '}
                  {s.group?.name ?? sessionKindLabel[s.kind]}
                  {s.staff.length > 0 && ` · ${s.staff.map((x) => x.displayName).join(', ')}`}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      <Modal opened={booking} onClose={() => setBooking(false)} title="Book a session">
        {client.currentEpisode && tz && (
          <BookSessionForm
            episodeId={client.currentEpisode.id}
            timeZone={tz}
            onDone={() => setBooking(false)}
          />
        )}
      </Modal>
    </Paper>
  );
}
