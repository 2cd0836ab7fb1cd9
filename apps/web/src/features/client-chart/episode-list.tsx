import { Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatInstantDate } from '../../ui/dates';
import { EpisodeStatusBadge } from '../../ui/episode-status-badge';
import { newestFirst } from './episodes';

export const EpisodeListFragment = graphql(`
  fragment EpisodeList_client on Client {
    id
    episodes {
      id
      status
      openedAt
      admittedAt
      dischargedAt
      referralSource
      program {
        id
        name
        timeZone
      }
      primaryClinician {
        id
        displayName
      }
      caseManager {
        id
        displayName
      }
    }
  }
`);

function Dated({
  label,
  iso,
  timeZone,
}: {
  label: string;
  iso: string | null | undefined;
  timeZone: string;
}) {
  if (!iso) return null;
  return (
    <Text span size="sm">
      <Text span c="dimmed" size="sm">
        {label}
      </Text>{' '}
      {formatInstantDate(iso, timeZone)}
    </Text>
  );
}

function Labelled({ label, value }: { label: string; value: string }) {
  return (
    <Text span size="sm">
      <Text span c="dimmed" size="sm">
        {label}
      </Text>{' '}
      {value}
    </Text>
  );
}

export function EpisodeList(props: { client: FragmentType<typeof EpisodeListFragment> }) {
  const { episodes } = getFragmentData(EpisodeListFragment, props.client);
  const list = newestFirst(episodes);
  return (
    <Paper withBorder radius="md" p="lg" h="100%" data-testid="episode-list">
      <Group justify="space-between" mb="md">
        <Title order={2} fz={18}>
          Episodes
        </Title>
        <Text size="sm" c="dimmed">
          {list.length === 1 ? '1 episode' : `${list.length} episodes`}
        </Text>
      </Group>
      {list.length === 0 ? (
        <Text size="sm" c="dimmed">
          No episodes of care have been opened for this client.
        </Text>
      ) : (
        <Stack gap="md">
          {list.map((e, i) => (
            <Fragment key={e.id}>
              {i > 0 && <Divider />}
              <Stack gap={4} data-testid="episode">
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <Text fw={600} size="sm">
                    {e.program.name}
                  </Text>
                  <EpisodeStatusBadge status={e.status} />
                </Group>
                <Group gap="md" style={{ rowGap: 2 }}>
                  <Dated label="Opened" iso={e.openedAt} timeZone={e.program.timeZone} />
                  <Dated label="Admitted" iso={e.admittedAt} timeZone={e.program.timeZone} />
                  <Dated label="Discharged" iso={e.dischargedAt} timeZone={e.program.timeZone} />
                </Group>
                <Group gap="md" style={{ rowGap: 2 }}>
                  <Labelled
                    label="Clinician"
                    value={e.primaryClinician?.displayName ?? 'Not assigned'}
                  />
                  {e.caseManager && (
                    <Labelled label="Case manager" value={e.caseManager.displayName} />
                  )}
                  {e.referralSource && <Labelled label="Referred by" value={e.referralSource} />}
                </Group>
              </Stack>
            </Fragment>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
