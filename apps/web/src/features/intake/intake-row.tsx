import { Anchor, Badge, Skeleton, Stack, Table, Text } from '@mantine/core';
import { SCREENING_URGENCY_LABELS } from '@waypoint/domain';
import type { MouseEvent, ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { IntakeRow_ClientFragment } from '../../gql/graphql';
import { formatInstantDate } from '../../ui/dates';
import { EpisodeStatusBadge } from '../../ui/episode-status-badge';
import { TableHead } from '../../ui/table-head';
import { chartPath } from '../caseload/caseload-row';
import { daysSinceInquiry, LONG_WAIT_DAYS, nextIntakeStep, waitLabel } from './intake-list';

export const IntakeRowFragment = graphql(`
  fragment IntakeRow_client on Client {
    id
    displayName
    pronouns
    currentEpisode {
      id
      status
      openedAt
      referralSource
      screening {
        id
        urgency
        escalated
      }
      program {
        id
        name
        timeZone
      }
    }
  }
`);

const columns = [
  { label: 'Client', width: '22%' },
  { label: 'Status', width: '13%' },
  { label: 'Next step', width: '17%' },
  { label: 'Waiting', width: '14%' },
  { label: 'Referral source', width: '17%' },
  { label: 'Program', width: '17%' },
];

function Dimmed({ children }: { children: string }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}

type Screening = NonNullable<NonNullable<IntakeRow_ClientFragment['currentEpisode']>['screening']>;

/**
 * A screening that cannot wait: a positive safety answer (filled; red when emergent), or an
 * urgency the screener chose. Short enough for the column; the full urgency is its title.
 */
export function ScreeningUrgencyBadge({ screening }: { screening: Screening | null | undefined }) {
  const urgency = screening?.urgency;
  if (!screening || !urgency || (urgency === 'ROUTINE' && !screening.escalated)) return null;
  const full = SCREENING_URGENCY_LABELS[urgency];
  return (
    <Badge
      size="sm"
      variant={screening.escalated ? 'filled' : 'light'}
      color={urgency === 'EMERGENT' ? 'red' : 'orange'}
      tt="none"
      data-testid="intake-urgency"
      title={screening.escalated ? `A safety answer was positive: ${full}` : full}
    >
      {screening.escalated ? 'Safety · ' : ''}
      {urgency === 'EMERGENT' ? 'Emergent' : 'Urgent'}
    </Badge>
  );
}

export function IntakeRow(props: { client: FragmentType<typeof IntakeRowFragment>; now: Date }) {
  const client = getFragmentData(IntakeRowFragment, props.client);
  const episode = client.currentEpisode;
  const navigate = useNavigate();
  const to = chartPath(client.id);
  const days = episode
    ? daysSinceInquiry(episode.openedAt, episode.program.timeZone, props.now)
    : null;

  // As in the caseload: the row opens the chart for a mouse; the name is the real link.
  const openFromRow = (e: MouseEvent<HTMLTableRowElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    if ((e.target as HTMLElement).closest('a, button, input')) return;
    if (window.getSelection()?.toString()) return;
    void navigate(to);
  };

  return (
    <Table.Tr data-testid="intake-row" onClick={openFromRow} style={{ cursor: 'pointer' }}>
      <Table.Td>
        <Anchor
          component={Link}
          to={to}
          fw={600}
          size="sm"
          c="inherit"
          data-testid="intake-client-link"
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
        {episode ? (
          <Stack gap={4} align="flex-start">
            <EpisodeStatusBadge status={episode.status} />
            <ScreeningUrgencyBadge screening={episode.screening} />
          </Stack>
        ) : (
          <Dimmed>—</Dimmed>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{episode ? (nextIntakeStep(episode.status) ?? '—') : '—'}</Text>
      </Table.Td>
      <Table.Td>
        {episode && days !== null ? (
          <>
            <Text
              size="sm"
              fw={days >= LONG_WAIT_DAYS ? 600 : undefined}
              c={days >= LONG_WAIT_DAYS ? 'orange.8' : undefined}
              title={days >= LONG_WAIT_DAYS ? `Waiting ${LONG_WAIT_DAYS} days or more` : undefined}
            >
              {waitLabel(days)}
            </Text>
            <Text size="xs" c="dimmed">
              since {formatInstantDate(episode.openedAt, episode.program.timeZone)}
            </Text>
          </>
        ) : (
          <Dimmed>—</Dimmed>
        )}
      </Table.Td>
      <Table.Td>
        {episode?.referralSource ? (
          <Text size="sm">{episode.referralSource}</Text>
        ) : (
          <Dimmed>Not recorded</Dimmed>
        )}
      </Table.Td>
      <Table.Td>
        {episode ? <Text size="sm">{episode.program.name}</Text> : <Dimmed>—</Dimmed>}
      </Table.Td>
    </Table.Tr>
  );
}

export function IntakeTable({ children, busy }: { children: ReactNode; busy?: boolean }) {
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table
        data-testid="intake-table"
        verticalSpacing="sm"
        horizontalSpacing="md"
        layout="fixed"
        highlightOnHover
        aria-busy={busy}
        style={{ opacity: busy ? 0.55 : 1, transition: 'opacity 150ms ease' }}
      >
        <TableHead columns={columns} />
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function IntakeTableSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <IntakeTable>
      {Array.from({ length: rows }, (_, i) => (
        <Table.Tr key={i} aria-hidden>
          {columns.map((c, j) => (
            <Table.Td key={c.label}>
              <Skeleton height={14} width={`${60 + ((i + j) % 4) * 10}%`} radius="sm" />
            </Table.Td>
          ))}
        </Table.Tr>
      ))}
    </IntakeTable>
  );
}
