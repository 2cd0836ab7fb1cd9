import { Anchor, Badge, Group, Skeleton, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { DrillDownRow_RowFragment } from '../../gql/graphql';
import { formatLocalDate } from '../../ui/dates';
import { EpisodeStatusBadge } from '../../ui/episode-status-badge';
import { plural, reviewDueSummary } from './dashboard-format';
import type { DrillDownSort } from './drill-down-sort';
import { reviewReasonLabel, reviewStatusColor, reviewStatusLabel, todayIn } from './review-due';

export const DrillDownRowFragment = graphql(`
  fragment DrillDownRow_row on DashboardClientRow {
    client {
      id
      displayName
      pronouns
    }
    episode {
      id
      status
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
    reviewDueDate
    reviewStatus
    reviewReason
    daysInProgram
  }
`);

export type DrillDownRowData = DrillDownRow_RowFragment;
export type DrillDownRowRef = FragmentType<typeof DrillDownRowFragment>;

export function unmaskRows(rows: readonly DrillDownRowRef[]): readonly DrillDownRowData[] {
  return getFragmentData(DrillDownRowFragment, rows);
}

const chartPath = (clientId: string) => `/clients/${encodeURIComponent(clientId)}`;

/** The plan review as the drill-down shows it: date, status, why and how far off. */
export function ReviewDue({ row, compact }: { row: DrillDownRowData; compact?: boolean }) {
  if (!row.reviewDueDate || !row.reviewStatus) {
    return (
      <Text size="sm" c="dimmed">
        No plan review due
      </Text>
    );
  }
  const reason = reviewReasonLabel(row.reviewReason);
  const summary = reviewDueSummary(
    row.reviewDueDate,
    todayIn(row.episode.program.timeZone),
    row.reviewStatus,
  );
  return (
    <Stack gap={2}>
      <Group gap={8} wrap="nowrap">
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatLocalDate(row.reviewDueDate)}
        </Text>
        <Badge
          color={reviewStatusColor(row.reviewStatus)}
          variant="light"
          size="sm"
          tt="none"
          style={{ flexShrink: 0 }}
          data-testid="review-status"
        >
          {reviewStatusLabel(row.reviewStatus)}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {[reason, compact ? null : summary].filter(Boolean).join(' · ')}
      </Text>
    </Stack>
  );
}

function SortHeader({
  children,
  active,
  onClick,
}: {
  children: ReactNode;
  active: boolean;
  onClick: () => void;
}) {
  return (
    <UnstyledButton
      onClick={onClick}
      fz="xs"
      fw={600}
      c={active ? 'teal.8' : 'dimmed'}
      tt="uppercase"
      aria-pressed={active}
      style={{ letterSpacing: '0.04em', whiteSpace: 'nowrap' }}
    >
      {children}
      {active ? ' ↓' : ''}
    </UnstyledButton>
  );
}

const th = {
  fz: 'xs',
  tt: 'uppercase',
  c: 'dimmed',
  fw: 600,
  style: { letterSpacing: '0.04em', whiteSpace: 'nowrap' },
} as const;

interface DrillDownTableProps {
  /** One page, already in `sort` order: the API sorts the whole list. */
  rows: readonly DrillDownRowData[];
  sort: DrillDownSort;
  onSortChange: (sort: DrillDownSort) => void;
}

/** The clients behind a figure, each a link to their chart. */
export function DrillDownTable({ rows, sort, onSortChange: setSort }: DrillDownTableProps) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" horizontalSpacing="md" data-testid="drill-down-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th {...th} w="22%">
              Client
            </Table.Th>
            <Table.Th {...th} w="21%">
              Status
            </Table.Th>
            <Table.Th {...th} w="18%">
              Primary clinician
            </Table.Th>
            <Table.Th w="26%">
              <SortHeader active={sort === 'review'} onClick={() => setSort('review')}>
                Plan review
              </SortHeader>
            </Table.Th>
            <Table.Th w="13%" ta="right">
              <SortHeader active={sort === 'days'} onClick={() => setSort('days')}>
                Since admission
              </SortHeader>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.client.id}:${row.episode.id}`} data-testid="drill-down-row">
              <Table.Td>
                <Anchor
                  component={Link}
                  to={chartPath(row.client.id)}
                  fw={600}
                  size="sm"
                  data-testid="drill-down-client-link"
                >
                  {row.client.displayName}
                </Anchor>
                {row.client.pronouns && (
                  <Text span size="xs" c="dimmed" ml={6}>
                    {row.client.pronouns}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Stack gap={2} align="flex-start">
                  <EpisodeStatusBadge status={row.episode.status} />
                  <Text size="xs" c="dimmed">
                    {row.episode.program.name}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                {row.episode.primaryClinician ? (
                  <Text size="sm">{row.episode.primaryClinician.displayName}</Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    Not assigned
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <ReviewDue row={row} />
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {row.daysInProgram === null || row.daysInProgram === undefined
                    ? '—'
                    : plural(row.daysInProgram, 'day')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function DrillDownTableSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <Stack gap="md" aria-hidden data-testid="drill-down-loading">
      {Array.from({ length: rows }, (_, i) => (
        <Group key={i} gap="lg" wrap="nowrap">
          <Skeleton height={14} width="24%" radius="sm" />
          <Skeleton height={14} width="18%" radius="sm" />
          <Skeleton height={14} width="18%" radius="sm" />
          <Skeleton height={14} width="20%" radius="sm" />
          <Skeleton height={14} width="10%" radius="sm" />
        </Group>
      ))}
    </Stack>
  );
}
