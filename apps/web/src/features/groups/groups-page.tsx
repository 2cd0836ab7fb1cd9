import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { graphql } from '../../gql';
import { todayIn } from '../../ui/dates';
import { PlusIcon } from '../../ui/icons';
import { PageLoader } from '../../ui/page-loader';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { TableHead } from '../../ui/table-head';
import { useCurrentViewer } from '../auth/current-viewer';
import { emptyGroup, GroupForm, groupInput } from './group-form';
import { formatLabels, groupPrograms, mayCreateGroup, topicLabels } from './group-labels';
import { useGroupMutations } from './use-group-mutations';

const GroupsPageQuery = graphql(`
  query GroupsPage($programId: ID!) {
    programs {
      id
      timeZone
      maxGroupSize
    }
    groups(programId: $programId) {
      id
      name
      format
      topic
      scheduleText
      fill
      capacity
      activeCount
      waitlistCount
      enrollmentMode
      facilitators {
        id
        displayName
      }
    }
  }
`);

const columns = [
  { label: 'Group' },
  { label: 'Schedule' },
  { label: 'Facilitators' },
  { label: 'Fill', width: 140 },
];

/** The program's groups: when they meet, who runs them, how full they are. */
export function GroupsPage() {
  const viewer = useCurrentViewer();
  const programs = groupPrograms(viewer.programRoles);
  const [params, setParams] = useSearchParams();
  const programId = params.get('program') ?? programs[0]?.id ?? '';
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const mutations = useGroupMutations();
  const { data, error, loading, refetch } = useQuery(GroupsPageQuery, {
    variables: { programId },
    skip: !programId,
  });
  const program = data?.programs.find((p) => p.id === programId);

  if (!programs.length) {
    return <Text>Groups are kept by the clinical staff of a program.</Text>;
  }
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Title order={1}>Groups</Title>
        <Group gap="sm" wrap="wrap">
          {programs.length > 1 && (
            <Select
              label="Program"
              value={programId}
              allowDeselect={false}
              data={programs.map((p) => ({ value: p.id, label: p.name }))}
              onChange={(id) => id && setParams({ program: id })}
            />
          )}
          {mayCreateGroup(viewer.programRoles, programId) && (
            <Button
              leftSection={<PlusIcon size={16} />}
              onClick={() => setCreating(true)}
              data-testid="new-group"
            >
              New group
            </Button>
          )}
        </Group>
      </Group>
      {error && <QueryErrorAlert error={error} onRetry={() => void refetch()} />}
      {loading && !data && <PageLoader label="Loading groups…" />}
      {data && data.groups.length === 0 && (
        <Paper withBorder p="lg" radius="md">
          <Text>No groups yet. Start one with “New group”.</Text>
        </Paper>
      )}
      {data && data.groups.length > 0 && (
        <Table.ScrollContainer minWidth={0}>
          <Table verticalSpacing="sm" data-testid="groups-table">
            <TableHead columns={columns} />
            <Table.Tbody>
              {data.groups.map((g) => (
                <Table.Tr key={g.id} data-testid="group-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/groups/${g.id}`} fw={600}>
                      {g.name}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {formatLabels[g.format]} · {topicLabels[g.topic]}
                      {g.enrollmentMode === 'CLOSED' ? ' · closed' : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>{g.scheduleText}</Table.Td>
                  <Table.Td>{g.facilitators.map((f) => f.displayName).join(', ')}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="wrap">
                      <Text fw={600} aria-label={`${g.activeCount} of ${g.capacity} places taken`}>
                        {g.fill}
                      </Text>
                      {g.waitlistCount > 0 && (
                        <Badge color="orange" variant="light">
                          {g.waitlistCount} waiting
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={creating} onClose={() => setCreating(false)} title="New group" size="lg">
        {program && (
          <GroupForm
            programId={programId}
            defaultCapacity={program.maxGroupSize}
            initial={emptyGroup(todayIn(program.timeZone), viewer.staff.id)}
            saving={mutations.saving}
            submitLabel="Create group"
            onCancel={() => setCreating(false)}
            onSave={async (values) => {
              const result = await mutations.createGroup({ programId, ...groupInput(values) });
              if (result.kind === 'saved') void navigate(`/groups/${result.id}`);
              return result;
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
