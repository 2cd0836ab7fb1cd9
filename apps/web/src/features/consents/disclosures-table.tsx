import { Anchor, Table } from '@mantine/core';
import { consentPurposeLabel, type ConsentPurpose } from '@waypoint/domain';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../ui/dates';

export interface DisclosureRow {
  id: string;
  disclosedAt: string;
  recipientName: string;
  purpose: ConsentPurpose;
  informationDisclosed: string;
  disclosedBy: { displayName: string };
  /** Shown (linked to the chart) on the program's list; the client's own list leaves it out. */
  client?: { id: string; firstName: string; lastName: string; preferredName?: string | null };
}

/** Disclosures as the accounting lists them: when, to whom, why, what, by whom. */
export function DisclosuresTable({ rows }: { rows: readonly DisclosureRow[] }) {
  const withClient = rows.some((d) => d.client);
  return (
    <Table.ScrollContainer minWidth={withClient ? 720 : 560}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            {withClient && <Table.Th>Client</Table.Th>}
            <Table.Th>To whom</Table.Th>
            <Table.Th>Why</Table.Th>
            <Table.Th>What was disclosed</Table.Th>
            <Table.Th>By</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>{formatDateTime(d.disclosedAt)}</Table.Td>
              {withClient && (
                <Table.Td>
                  {d.client && (
                    <Anchor component={Link} to={`/clients/${d.client.id}`} size="sm">
                      {d.client.preferredName ?? d.client.firstName} {d.client.lastName}
                    </Anchor>
                  )}
                </Table.Td>
              )}
              <Table.Td>{d.recipientName}</Table.Td>
              <Table.Td>{consentPurposeLabel(d.purpose)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-line' }}>{d.informationDisclosed}</Table.Td>
              <Table.Td>{d.disclosedBy.displayName}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
