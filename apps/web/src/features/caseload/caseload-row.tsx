import { Group, Table, Text } from '@mantine/core';
import { ageOn } from '@waypoint/domain';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatInstantDate } from '../../ui/dates';
import { EpisodeStatusBadge } from '../../ui/episode-status-badge';
import { phaseLabels } from '../../ui/episode-status';

export const CaseloadRowFragment = graphql(`
  fragment CaseloadRow_client on Client {
    id
    displayName
    pronouns
    dateOfBirth
    currentEpisode {
      id
      status
      phase
      admittedAt
      program {
        id
        name
        timeZone
      }
      primaryClinician {
        id
        displayName
      }
    }
  }
`);

function Dimmed({ children }: { children: string }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}

interface CaseloadRowProps {
  client: FragmentType<typeof CaseloadRowFragment>;
  /** Today as a LocalDate, for ages. */
  today: string;
}

export function CaseloadRow(props: CaseloadRowProps) {
  const client = getFragmentData(CaseloadRowFragment, props.client);
  const episode = client.currentEpisode;
  return (
    <Table.Tr data-testid="caseload-row">
      <Table.Td>
        <Text fw={600} size="sm" component="span">
          {client.displayName}
        </Text>
        {client.pronouns && (
          <Text size="xs" c="dimmed" component="span" ml={6}>
            {client.pronouns}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{ageOn(client.dateOfBirth, props.today)}</Text>
      </Table.Td>
      <Table.Td>
        {episode ? (
          <Group gap={8} wrap="nowrap">
            <EpisodeStatusBadge status={episode.status} />
            <Text size="xs" c="dimmed">
              {phaseLabels[episode.phase]}
            </Text>
          </Group>
        ) : (
          <Dimmed>No episode</Dimmed>
        )}
      </Table.Td>
      <Table.Td>
        {episode ? <Text size="sm">{episode.program.name}</Text> : <Dimmed>—</Dimmed>}
      </Table.Td>
      <Table.Td>
        {episode?.primaryClinician ? (
          <Text size="sm">{episode.primaryClinician.displayName}</Text>
        ) : (
          <Dimmed>{episode ? 'Not assigned' : '—'}</Dimmed>
        )}
      </Table.Td>
      <Table.Td>
        {episode?.admittedAt ? (
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {formatInstantDate(episode.admittedAt, episode.program.timeZone)}
          </Text>
        ) : (
          <Dimmed>{episode ? 'Not admitted' : '—'}</Dimmed>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
