import { Table } from '@mantine/core';

export interface TableColumn {
  label: string;
  width?: number | string;
}

/** The quiet, small-caps header row every data table in the app uses. */
export function TableHead({ columns }: { columns: readonly TableColumn[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((c) => (
          <Table.Th
            key={c.label}
            w={c.width}
            fz="xs"
            tt="uppercase"
            c="dimmed"
            fw={600}
            style={{ letterSpacing: '0.04em' }}
          >
            {c.label}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}
