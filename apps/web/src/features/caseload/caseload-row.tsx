import { Anchor, Group, Table, Text } from '@mantine/core';
import { ageOn } from '@waypoint/domain';
import type { MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
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

/** A chart's address. */
export const chartPath = (clientId: string) => `/clients/${encodeURIComponent(clientId)}`;

export function CaseloadRow(props: CaseloadRowProps) {
  const client = getFragmentData(CaseloadRowFragment, props.client);
  const episode = client.currentEpisode;
  const navigate = useNavigate();
  const to = chartPath(client.id);

  // The whole row opens the chart for a mouse; the name is the real link (keyboard, screen
  // readers, new tabs), so clicks on it, modified clicks and text selection are left alone.
  const openFromRow = (e: MouseEvent<HTMLTableRowElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    if ((e.target as HTMLElement).closest('a, button, input')) return;
    if (window.getSelection()?.toString()) return;
    void navigate(to);
  };

  return (
    <Table.Tr data-testid="caseload-row" onClick={openFromRow} style={{ cursor: 'pointer' }}>
      <Table.Td>
        <Anchor
          component={Link}
          to={to}
          fw={600}
          size="sm"
          c="inherit"
          data-testid="caseload-client-link"
        >
          {client.displayName}
        </Anchor>
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
