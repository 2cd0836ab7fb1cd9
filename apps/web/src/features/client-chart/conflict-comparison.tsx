import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { formatLocalDate, formatTime } from '../../ui/dates';
import type { ConflictRow } from './contact-details';

function Value({ field, value }: { field: ConflictRow['field']; value: string }) {
  if (!value) {
    return (
      <Text span size="sm" c="dimmed" fs="italic">
        empty
      </Text>
    );
  }
  return (
    <Text span size="sm" style={{ wordBreak: 'break-word' }}>
      {field === 'sobrietyDate' ? formatLocalDate(value) || value : value}
    </Text>
  );
}

interface ConflictComparisonProps {
  rows: ConflictRow[];
  theirSavedAt: string | null;
  busy: boolean;
  onReapply: () => void;
  onEditTheirs: () => void;
  onDiscard: () => void;
}

/** Their saved version beside my unsaved edit, field by field, and what I can do about it. */
export function ConflictComparison({
  rows,
  theirSavedAt,
  busy,
  onReapply,
  onEditTheirs,
  onDiscard,
}: ConflictComparisonProps) {
  const mineCount = rows.filter((r) => r.changedByMe).length;
  return (
    <Stack gap="md" data-testid="conflict-comparison">
      <Alert
        color="yellow"
        variant="light"
        title="Someone else saved these details first"
        role="alert"
      >
        <Text size="sm">
          Another member of staff saved changes
          {theirSavedAt ? ` at ${formatTime(theirSavedAt)}` : ''} while you were editing. Your
          changes have not been saved yet. Compare the two versions below.
        </Text>
      </Alert>
      <Table.ScrollContainer minWidth={520}>
        <Table
          withTableBorder
          withColumnBorders
          verticalSpacing="sm"
          layout="fixed"
          data-testid="conflict-table"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="24%">Field</Table.Th>
              <Table.Th w="38%">Their saved version</Table.Th>
              <Table.Th w="38%">Your edit</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.field} data-testid="conflict-row">
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {r.label}
                  </Text>
                  {r.changedByBoth && (
                    <Badge color="orange" variant="light" size="xs" mt={4} tt="none">
                      You both changed this
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td bg={r.changedByMe ? undefined : 'teal.0'}>
                  <Value field={r.field} value={r.theirs} />
                </Table.Td>
                <Table.Td bg={r.changedByMe ? 'teal.0' : undefined}>
                  {r.changedByMe ? (
                    <Value field={r.field} value={r.mine} />
                  ) : (
                    <Text size="sm" c="dimmed">
                      Not changed by you
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        Highlighted values are what will be saved if you re-apply: your{' '}
        {mineCount === 1 ? 'edit goes' : 'edits go'} on top of their version, and fields you did not
        change keep their new values.
      </Text>
      <Group gap="sm">
        <Button onClick={onReapply} loading={busy} data-testid="conflict-reapply">
          Re-apply my changes and save
        </Button>
        <Button variant="default" onClick={onEditTheirs} disabled={busy}>
          Edit their version
        </Button>
        <Button
          variant="subtle"
          color="red"
          onClick={onDiscard}
          disabled={busy}
          data-testid="conflict-discard"
        >
          Discard my changes
        </Button>
      </Group>
    </Stack>
  );
}
