import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Menu,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { getFragmentData, graphql } from '../../gql';
import { formatInstantDate, formatTimeRange } from '../../ui/dates';
import { ArrowLeftIcon, PencilIcon } from '../../ui/icons';
import { PageLoader } from '../../ui/page-loader';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { EnrolClientPanel } from './enrol-client-panel';
import { GroupForm, groupInput, type GroupFormValues } from './group-form';
import { formatLabels, topicLabels } from './group-labels';
import { ScheduleExceptionsPanel } from './schedule-exceptions-panel';
import { useGroupMutations } from './use-group-mutations';

export const GroupDetailsFragment = graphql(`
  fragment GroupDetails_group on Group {
    id
    version
    programId
    name
    format
    topic
    capacity
    location
    telehealthUrl
    enrollmentMode
    startsOn
    endsOn
    weekdays
    startTime
    endTime
    scheduleText
    fill
    activeCount
    waitlistCount
    canManage
    facilitators {
      id
      displayName
    }
  }
`);

const GroupDetailQuery = graphql(`
  query GroupDetail($id: ID!) {
    group(id: $id) {
      id
      ...GroupDetails_group
      members {
        id
        version
        status
        startsOn
        waitlistedAt
        clientName
        clientId
        episodeId
      }
      upcomingSessions(first: 6) {
        id
        startsAt
        endsAt
        status
      }
      exceptions {
        id
        onDate
        kind
        reason
      }
    }
    programs {
      id
      timeZone
      maxGroupSize
    }
  }
`);

export function GroupDetailRoute() {
  const { groupId = '' } = useParams();
  return <GroupDetailPage key={groupId} groupId={groupId} />;
}

function formValues(g: {
  name: string;
  format: GroupFormValues['format'];
  topic: GroupFormValues['topic'];
  capacity: number;
  location?: string | null;
  telehealthUrl?: string | null;
  enrollmentMode: GroupFormValues['enrollmentMode'];
  startsOn: string;
  endsOn?: string | null;
  weekdays: number[];
  startTime: string;
  endTime: string;
  facilitators: { id: string }[];
}): GroupFormValues {
  return {
    name: g.name,
    format: g.format,
    topic: g.topic,
    capacity: g.capacity,
    location: g.location ?? '',
    telehealthUrl: g.telehealthUrl ?? '',
    enrollmentMode: g.enrollmentMode,
    startsOn: g.startsOn,
    endsOn: g.endsOn ?? '',
    weekdays: g.weekdays,
    startTime: g.startTime,
    endTime: g.endTime,
    facilitatorIds: g.facilitators.map((f) => f.id),
  };
}

/** One group: its schedule, members, waitlist in the order places are offered, next sessions. */
export function GroupDetailPage({ groupId }: { groupId: string }) {
  const { data, error, loading, refetch } = useQuery(GroupDetailQuery, {
    variables: { id: groupId },
  });
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const mutations = useGroupMutations();

  if (error) return <QueryErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <PageLoader label="Loading the group…" />;
  const group = getFragmentData(GroupDetailsFragment, data.group);
  const program = data.programs.find((p) => p.id === group.programId);
  const tz = program?.timeZone;
  const active = data.group.members.filter((m) => m.status === 'ACTIVE');
  const waitlist = data.group.members.filter((m) => m.status === 'WAITLISTED');

  const end = async (m: (typeof active)[number], status: 'COMPLETED' | 'WITHDRAWN') => {
    const result = await mutations.endEnrollment({
      episodeId: m.episodeId,
      id: m.id,
      version: m.version,
      status,
    });
    setNotice(
      result.kind === 'saved'
        ? `${m.clientName ?? 'The client'} ${status === 'COMPLETED' ? 'completed' : 'withdrew from'} the group.`
        : 'That membership changed meanwhile; the list now shows it as it is.',
    );
  };

  return (
    <Stack gap="lg" data-testid="group-detail">
      <Anchor component={Link} to={`/groups?program=${group.programId}`} size="sm" w="fit-content">
        <Group gap={6} wrap="nowrap">
          <ArrowLeftIcon size={14} />
          Groups
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Title order={1}>{group.name}</Title>
          <Text c="dimmed">
            {formatLabels[group.format]} · {topicLabels[group.topic]} ·{' '}
            {group.enrollmentMode === 'CLOSED' ? 'closed enrollment' : 'open enrollment'}
          </Text>
        </Stack>
        {group.canManage && (
          <Button
            variant="default"
            leftSection={<PencilIcon size={16} />}
            onClick={() => setEditing(true)}
          >
            Edit group
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Paper withBorder p="md" radius="md">
          <Text size="sm" c="dimmed">
            Schedule
          </Text>
          <Text fw={600}>{group.scheduleText}</Text>
          <Text size="sm">{group.location ?? (group.telehealthUrl ? 'Telehealth' : '')}</Text>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Text size="sm" c="dimmed">
            Members
          </Text>
          <Text fw={600} data-testid="group-fill">
            {group.fill}
          </Text>
          <Text size="sm">{group.waitlistCount} on the waitlist</Text>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Text size="sm" c="dimmed">
            Facilitators
          </Text>
          <Text fw={600}>{group.facilitators.map((f) => f.displayName).join(', ')}</Text>
        </Paper>
      </SimpleGrid>
      {notice && (
        <Text role="status" size="sm">
          {notice}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Title order={2} size="h4">
              Members ({active.length})
            </Title>
            {active.length === 0 && <Text size="sm">No members yet.</Text>}
            <List listStyleType="none" spacing="xs" data-testid="group-members">
              {active.map((m) => (
                <List.Item key={m.id}>
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Anchor component={Link} to={`/clients/${m.clientId}`}>
                      {m.clientName}
                    </Anchor>
                    <Menu position="bottom-end">
                      <Menu.Target>
                        <Button
                          size="xs"
                          variant="subtle"
                          aria-label={`End ${m.clientName ?? ''}’s membership`}
                        >
                          End
                        </Button>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item onClick={() => void end(m, 'COMPLETED')}>
                          Completed the group
                        </Menu.Item>
                        <Menu.Item onClick={() => void end(m, 'WITHDRAWN')}>Withdrew</Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Group>
                </List.Item>
              ))}
            </List>
            <Title order={3} size="h5">
              Waitlist ({waitlist.length})
            </Title>
            {waitlist.length === 0 ? (
              <Text size="sm">Nobody is waiting.</Text>
            ) : (
              <List type="ordered" spacing="xs" data-testid="group-waitlist">
                {waitlist.map((m) => (
                  <List.Item key={m.id}>
                    {m.clientName}{' '}
                    <Text span size="xs" c="dimmed">
                      since {m.waitlistedAt ? formatInstantDate(m.waitlistedAt, tz) : ''}
                    </Text>
                  </List.Item>
                ))}
              </List>
            )}
            <EnrolClientPanel groupId={group.id} programId={group.programId} />
          </Stack>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Title order={2} size="h4">
              Upcoming sessions
            </Title>
            {data.group.upcomingSessions.length === 0 && <Text size="sm">None scheduled.</Text>}
            <List listStyleType="none" spacing="xs" data-testid="group-sessions">
              {data.group.upcomingSessions.map((s) => (
                <List.Item key={s.id}>
                  <Group gap="xs" wrap="wrap">
                    <Text size="sm">
                      {formatInstantDate(s.startsAt, tz)},{' '}
                      {formatTimeRange(s.startsAt, s.endsAt, tz)}
                    </Text>
                    {s.status !== 'SCHEDULED' && (
                      <Badge variant="light">{s.status.toLowerCase()}</Badge>
                    )}
                  </Group>
                </List.Item>
              ))}
            </List>
            <ScheduleExceptionsPanel
              groupId={group.id}
              exceptions={data.group.exceptions}
              canManage={group.canManage}
              timeZone={tz}
            />
          </Stack>
        </Paper>
      </SimpleGrid>
      <Modal opened={editing} onClose={() => setEditing(false)} title="Edit group" size="lg">
        <GroupForm
          programId={group.programId}
          defaultCapacity={program?.maxGroupSize ?? group.capacity}
          initial={formValues(group)}
          saving={mutations.saving}
          submitLabel="Save group"
          onCancel={() => setEditing(false)}
          onSave={async (values) => {
            const result = await mutations.updateGroup({
              id: group.id,
              version: group.version,
              ...groupInput(values),
            });
            if (result.kind === 'saved') setEditing(false);
            return result;
          }}
        />
      </Modal>
    </Stack>
  );
}
