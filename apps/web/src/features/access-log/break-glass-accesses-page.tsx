import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  EmptyState,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import { formatDateTime } from '../../ui/dates';
import { apiErrorCode } from '../../ui/graphql-errors';
import { LockIcon, ShieldIcon } from '../../ui/icons';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { useCurrentViewer } from '../auth/current-viewer';
import { isDirector } from '../auth/viewer-roles';
import { grantStatus } from './grant-status';
import { TableHead } from '../../ui/table-head';

const RECENT = 100;

const BreakGlassAccessesQuery = graphql(`
  query BreakGlassAccesses($first: Int!) {
    breakGlassAccesses(first: $first) {
      id
      clientId
      reason
      grantedAt
      expiresAt
      staff {
        id
        displayName
      }
    }
  }
`);

const columns = [
  { label: 'Who', width: '20%' },
  { label: 'When', width: '17%' },
  { label: 'Reason', width: '33%' },
  { label: 'Expires', width: '18%' },
  { label: 'Chart', width: '12%' },
];

function NotForYou() {
  return (
    <Paper withBorder radius="md" data-testid="access-log-forbidden">
      <EmptyState
        py={48}
        icon={<LockIcon size={28} />}
        variant="light"
        title="For program directors"
        description="The emergency access log is shown to the directors of the programs concerned."
      />
    </Paper>
  );
}

function BreakGlassAccessList() {
  const { data, error, refetch, loading } = useQuery(BreakGlassAccessesQuery, {
    variables: { first: RECENT },
    fetchPolicy: 'cache-and-network',
  });
  const grants = data?.breakGlassAccesses;
  const now = Date.now();

  if (!grants && apiErrorCode(error) === 'FORBIDDEN') return <NotForYou />;
  if (!grants && error) {
    return (
      <QueryErrorAlert
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
        retrying={loading}
      />
    );
  }
  if (!grants) {
    return (
      <Paper withBorder radius="md" p="lg">
        <Stack gap="sm" aria-hidden>
          {Array.from({ length: 5 }, (_, i) => (
            <Skeleton key={i} height={18} radius="sm" />
          ))}
        </Stack>
      </Paper>
    );
  }
  if (grants.length === 0) {
    return (
      <Paper withBorder radius="md" data-testid="break-glass-empty">
        <EmptyState
          py={48}
          icon={<ShieldIcon size={28} />}
          variant="light"
          title="No emergency access so far"
          description="When a clinician opens a chart outside their caseload, it is listed here with their reason."
        />
      </Paper>
    );
  }
  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={880}>
        <Table
          verticalSpacing="sm"
          horizontalSpacing="md"
          layout="fixed"
          data-testid="break-glass-table"
        >
          <TableHead columns={columns} />
          <Table.Tbody>
            {grants.map((g) => {
              const status = grantStatus(g.expiresAt, now);
              return (
                <Table.Tr key={g.id} data-testid="break-glass-row">
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {g.staff.displayName}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(g.grantedAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ wordBreak: 'break-word' }}>
                      {g.reason}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(g.expiresAt)}</Text>
                    <Badge
                      color={status.active ? 'orange' : 'gray'}
                      variant="light"
                      tt="none"
                      size="sm"
                      mt={4}
                    >
                      {status.label}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/clients/${g.clientId}`}
                      size="sm"
                      data-testid="break-glass-open-chart"
                    >
                      Open chart
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

/** Emergency (break-glass) accesses to charts in the programs the viewer directs. */
export function BreakGlassAccessesPage() {
  const viewer = useCurrentViewer();
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} fz={28}>
          Emergency access log
        </Title>
        <Text c="dimmed" size="sm" mt={2}>
          Charts opened with break-glass access, outside the clinician’s caseload, newest first and
          with the reason given. Each chart’s own “Who opened this chart” panel shows every view.
          Opening a chart from here is recorded like any other.
        </Text>
      </div>
      {isDirector(viewer) ? <BreakGlassAccessList /> : <NotForYou />}
    </Stack>
  );
}
