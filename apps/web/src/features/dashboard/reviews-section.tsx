import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  type MantineColor,
} from '@mantine/core';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import { CheckIcon } from '../../ui/icons';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { reviewDueSummary } from './dashboard-format';
import { DashboardSection } from './dashboard-section';
import type { DashboardFilters, DrillDown } from './dashboard-url';
import { drillDownInput } from './drill-down';
import { unmaskRows, type DrillDownRowData } from './drill-down-table';
import { reviewReasonLabel, todayIn } from './review-due';
import { useDrillDownLink } from './use-dashboard-url';
import { livePolling } from './use-live-polling';

// The first page of the drill-downs behind "see all" (most urgent first), as many as are shown.
const DashboardReviewsPreviewQuery = graphql(`
  query DashboardReviewsPreview(
    $overdue: DashboardDrillDownInput!
    $dueSoon: DashboardDrillDownInput!
    $first: Int!
  ) {
    overdue: dashboardClients(input: $overdue, first: $first) {
      totalCount
      edges {
        node {
          ...DrillDownRow_row
        }
      }
    }
    dueSoon: dashboardClients(input: $dueSoon, first: $first) {
      totalCount
      edges {
        node {
          ...DrillDownRow_row
        }
      }
    }
  }
`);

/** How many of the most urgent are shown before "see all" (the query's `first`). */
const PREVIEW_SIZE = 5;

const overdueDrill: DrillDown = { kind: 'reviews-overdue', key: null, programId: null };
const dueSoonDrill: DrillDown = { kind: 'reviews-due-soon', key: null, programId: null };

function PreviewItem({ row }: { row: DrillDownRowData }) {
  const reason = reviewReasonLabel(row.reviewReason);
  const when = reviewDueSummary(
    row.reviewDueDate,
    todayIn(row.episode.program.timeZone),
    row.reviewStatus,
  );
  return (
    <Group justify="space-between" gap="sm" wrap="nowrap" py={8} data-testid="review-preview-item">
      <div style={{ minWidth: 0 }}>
        <Anchor
          component={Link}
          to={`/clients/${encodeURIComponent(row.client.id)}`}
          size="sm"
          fw={600}
          data-testid="review-preview-client"
        >
          {row.client.displayName}
        </Anchor>
        <Text size="xs" c="dimmed" truncate>
          {row.episode.primaryClinician?.displayName ?? 'No primary clinician'}
        </Text>
      </div>
      <div style={{ textAlign: 'right', flexShrink: 0 }}>
        <Text size="sm" fw={500} c={row.reviewStatus === 'OVERDUE' ? 'red.8' : undefined}>
          {when}
        </Text>
        {reason && (
          <Text size="xs" c="dimmed">
            {reason}
          </Text>
        )}
      </div>
    </Group>
  );
}

function PreviewColumn({
  title,
  color,
  list,
  drill,
  emptyText,
  testId,
}: {
  title: string;
  color: MantineColor;
  list: { totalCount: number; rows: readonly DrillDownRowData[] };
  drill: DrillDown;
  emptyText: string;
  testId: string;
}) {
  const link = useDrillDownLink();
  const { to, state } = link(drill);
  const shown = list.rows.slice(0, PREVIEW_SIZE);
  return (
    <Stack gap={4} data-testid={testId}>
      <Group justify="space-between" gap="xs">
        <Group gap={8}>
          <Text fw={600} size="sm">
            {title}
          </Text>
          <Badge color={list.totalCount ? color : 'gray'} variant="light" size="sm">
            {list.totalCount.toLocaleString('en-US')}
          </Badge>
        </Group>
        {list.totalCount > 0 && (
          <Anchor
            component={Link}
            to={to}
            state={state}
            size="sm"
            data-testid={`${testId}-see-all`}
          >
            See all {list.totalCount.toLocaleString('en-US')}
          </Anchor>
        )}
      </Group>
      {shown.length === 0 ? (
        <Group gap={8} py="sm">
          <ThemeIcon size="sm" variant="light" color="teal" radius="xl">
            <CheckIcon size={12} />
          </ThemeIcon>
          <Text size="sm" c="dimmed">
            {emptyText}
          </Text>
        </Group>
      ) : (
        <div>
          {shown.map((row, i) => (
            <div
              key={row.client.id}
              style={i ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined}
            >
              <PreviewItem row={row} />
            </div>
          ))}
        </div>
      )}
    </Stack>
  );
}

/** The most urgent plan reviews, overdue and coming due, with the way to every one of them. */
export function ReviewsSection({ filters }: { filters: DashboardFilters }) {
  const { data, error, refetch, loading } = useQuery(DashboardReviewsPreviewQuery, {
    variables: {
      overdue: drillDownInput(filters, overdueDrill),
      dueSoon: drillDownInput(filters, dueSoonDrill),
      first: PREVIEW_SIZE,
    },
    ...livePolling,
  });

  let body;
  if (!data && error) {
    body = (
      <QueryErrorAlert
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
        retrying={loading}
      />
    );
  } else if (!data) {
    body = (
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl" aria-hidden>
        {[0, 1].map((i) => (
          <Stack key={i} gap="sm">
            <Skeleton height={16} width="50%" radius="sm" />
            {[0, 1, 2].map((j) => (
              <Skeleton key={j} height={32} radius="sm" />
            ))}
          </Stack>
        ))}
      </SimpleGrid>
    );
  } else {
    body = (
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <PreviewColumn
          title="Overdue"
          color="red"
          list={{
            totalCount: data.overdue.totalCount,
            rows: unmaskRows(data.overdue.edges.map((e) => e.node)),
          }}
          drill={overdueDrill}
          emptyText="No plan review is overdue."
          testId="reviews-overdue"
        />
        <PreviewColumn
          title="Due within 7 days"
          color="orange"
          list={{
            totalCount: data.dueSoon.totalCount,
            rows: unmaskRows(data.dueSoon.edges.map((e) => e.node)),
          }}
          drill={dueSoonDrill}
          emptyText="Nothing comes due this week."
          testId="reviews-due-soon"
        />
      </SimpleGrid>
    );
  }

  return (
    <DashboardSection
      title="Plan reviews"
      description="Clients in treatment whose plan review or initial plan is due, most urgent first"
      data-testid="reviews-section"
    >
      {body}
    </DashboardSection>
  );
}
