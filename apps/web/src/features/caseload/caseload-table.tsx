import { Skeleton, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FragmentType } from '../../gql';
import { CaseloadRow, type CaseloadRowFragment } from './caseload-row';
import { TableHead } from '../../ui/table-head';

const columns = [
  { label: 'Client', width: '24%' },
  { label: 'Age', width: '7%' },
  { label: 'Status', width: '20%' },
  { label: 'Program', width: '17%' },
  { label: 'Primary clinician', width: '19%' },
  { label: 'Admitted', width: '13%' },
];

function CaseloadTableFrame({
  children,
  busy,
  testId,
  interactive,
}: {
  children: ReactNode;
  busy?: boolean;
  testId?: string;
  /** Rows open something when clicked. */
  interactive?: boolean;
}) {
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table
        data-testid={testId}
        verticalSpacing="sm"
        horizontalSpacing="md"
        layout="fixed"
        highlightOnHover={interactive}
        aria-busy={busy}
        style={{ opacity: busy ? 0.55 : 1, transition: 'opacity 150ms ease' }}
      >
        <TableHead columns={columns} />
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface CaseloadTableProps {
  clients: readonly (FragmentType<typeof CaseloadRowFragment> & { id: string })[];
  today: string;
  /** Showing the previous results while new ones load. */
  busy?: boolean;
}

export function CaseloadTable({ clients, today, busy }: CaseloadTableProps) {
  return (
    <CaseloadTableFrame testId="caseload-table" busy={busy} interactive>
      {clients.map((c) => (
        <CaseloadRow key={c.id} client={c} today={today} />
      ))}
    </CaseloadTableFrame>
  );
}

const skeletonWidths = ['70%', '40%', '75%', '80%', '85%', '65%'];

export function CaseloadTableSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <CaseloadTableFrame busy={false}>
      {Array.from({ length: rows }, (_, i) => (
        <Table.Tr key={i} aria-hidden>
          {skeletonWidths.map((w, j) => (
            <Table.Td key={j}>
              <Skeleton height={14} width={w} radius="sm" />
            </Table.Td>
          ))}
        </Table.Tr>
      ))}
    </CaseloadTableFrame>
  );
}
