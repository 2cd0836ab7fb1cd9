import { useQuery } from '@apollo/client/react';
import { Anchor, Drawer, Loader, Table, Text } from '@mantine/core';
import { dischargeTypeLabel } from '@waypoint/domain';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import type { OutcomeFigure } from '../../gql/graphql';
import { formatLocalDate } from '../../ui/dates';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { figureValue, outcomeFigureColumns } from './outcome-drill-down';

const OutcomeFigureClientsQuery = graphql(`
  query OutcomeFigureClients(
    $figure: OutcomeFigure!
    $from: LocalDate!
    $to: LocalDate!
    $programIds: [ID!]
  ) {
    outcomeFigureClients(figure: $figure, from: $from, to: $to, programIds: $programIds) {
      figure
      totalCount
      rows {
        dischargeId
        clientId
        clientName
        dischargeType
        dischargedOn
        startValue
        value
      }
    }
  }
`);

interface OutcomeDrillDownDrawerProps {
  figure: OutcomeFigure | null;
  from: string;
  to: string;
  programIds: readonly string[];
  onClose: () => void;
}

/** The discharges behind the outcome figure that was clicked; opening it reads their records. */
export function OutcomeDrillDownDrawer(props: OutcomeDrillDownDrawerProps) {
  const columns = props.figure ? outcomeFigureColumns(props.figure) : null;
  return (
    <Drawer
      opened={props.figure !== null}
      onClose={props.onClose}
      position="right"
      size="lg"
      title={columns?.title}
      closeButtonProps={{ 'aria-label': 'Close the list' }}
      data-testid="outcome-drill-down"
    >
      {props.figure && <DrillDownList {...props} figure={props.figure} />}
    </Drawer>
  );
}

function DrillDownList({
  figure,
  from,
  to,
  programIds,
}: OutcomeDrillDownDrawerProps & { figure: OutcomeFigure }) {
  const columns = outcomeFigureColumns(figure);
  const { data, error, refetch, loading } = useQuery(OutcomeFigureClientsQuery, {
    variables: { figure, from, to, programIds: programIds.length ? [...programIds] : null },
    fetchPolicy: 'network-only',
  });
  const list = data?.outcomeFigureClients;
  if (!list && error) {
    return (
      <QueryErrorAlert
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
        retrying={loading}
      />
    );
  }
  if (!list) return <Loader size="sm" aria-label="Loading the clients" />;
  if (list.totalCount === 0) {
    return (
      <Text size="sm" c="dimmed">
        No discharge in this period counts towards this figure.
      </Text>
    );
  }
  return (
    <>
      <Text size="sm" mb="sm" data-testid="outcome-drill-down-count">
        {list.totalCount} {list.totalCount === 1 ? 'discharge' : 'discharges'}, discharged{' '}
        {formatLocalDate(from)} to {formatLocalDate(to)}
        {list.rows.length < list.totalCount ? `; the latest ${list.rows.length} are listed` : ''}.
      </Text>
      <Table.ScrollContainer minWidth={340}>
        <Table verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Client</Table.Th>
              <Table.Th>Discharged</Table.Th>
              {columns.start && <Table.Th ta="right">{columns.start}</Table.Th>}
              {columns.value && <Table.Th ta="right">{columns.value}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.rows.map((r) => (
              <Table.Tr key={r.dischargeId}>
                <Table.Td>
                  <Anchor component={Link} to={`/clients/${r.clientId}`} size="sm" fw={600}>
                    {r.clientName}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatLocalDate(r.dischargedOn)}</Text>
                  <Text size="xs" c="dimmed">
                    {dischargeTypeLabel(r.dischargeType)}
                  </Text>
                </Table.Td>
                {columns.start && <Table.Td ta="right">{figureValue(r.startValue)}</Table.Td>}
                {columns.value && <Table.Td ta="right">{figureValue(r.value)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
