import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Who saved the version a conflict shows: their name when the API could say, else in general. */
export function whoSaved(savedBy: string | null): string {
  return savedBy ?? 'Another member of staff';
}

/** One field where their saved version and my unsaved edit disagree. */
export interface ConflictRowView {
  key: string;
  label: string;
  theirs: string;
  mine: string;
  /** I changed this field, so re-applying puts my value over theirs. */
  changedByMe: boolean;
  /** They changed it too: re-applying replaces their change. */
  changedByBoth: boolean;
}

function EmptyValue() {
  return (
    <Text span size="sm" c="dimmed" fs="italic">
      empty
    </Text>
  );
}

interface ConflictComparisonProps {
  title: string;
  description: ReactNode;
  rows: readonly ConflictRowView[];
  /** How a value reads (a date, a code's label); plain text unless given. */
  renderValue?: (key: string, value: string) => ReactNode;
  busy: boolean;
  onReapply: () => void;
  /** Open the form on their version, with my changes on top, to keep editing. */
  onEditTheirs?: () => void;
  onDiscard: () => void;
  reapplyLabel?: string;
  discardLabel?: string;
}

/**
 * Their saved version beside my unsaved edit, field by field, and what I can do about it. Used
 * wherever a save answers a conflict (Rule 8): the chart's contact details, plan elements.
 */
export function ConflictComparison({
  title,
  description,
  rows,
  renderValue,
  busy,
  onReapply,
  onEditTheirs,
  onDiscard,
  reapplyLabel = 'Re-apply my changes and save',
  discardLabel = 'Discard my changes',
}: ConflictComparisonProps) {
  const mineCount = rows.filter((r) => r.changedByMe).length;
  const value = (key: string, v: string) =>
    v ? (
      <Text span size="sm" style={{ wordBreak: 'break-word' }}>
        {renderValue ? renderValue(key, v) : v}
      </Text>
    ) : (
      <EmptyValue />
    );
  return (
    <Stack gap="md" data-testid="conflict-comparison">
      <Alert color="yellow" variant="light" title={title} role="alert">
        <Text size="sm">{description}</Text>
      </Alert>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          Their saved version already has the values you entered.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
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
                <Table.Tr key={r.key} data-testid="conflict-row">
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
                    {value(r.key, r.theirs)}
                  </Table.Td>
                  <Table.Td bg={r.changedByMe ? 'teal.0' : undefined}>
                    {r.changedByMe ? (
                      value(r.key, r.mine)
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
      )}
      {mineCount > 0 && (
        <Text size="xs" c="dimmed">
          Highlighted values are what will be saved if you re-apply: your{' '}
          {mineCount === 1 ? 'edit goes' : 'edits go'} on top of their version, and fields you did
          not change keep their new values.
        </Text>
      )}
      <Group gap="sm">
        <Button onClick={onReapply} loading={busy} data-testid="conflict-reapply">
          {reapplyLabel}
        </Button>
        {onEditTheirs && (
          <Button variant="default" onClick={onEditTheirs} disabled={busy}>
            Edit their version
          </Button>
        )}
        <Button
          variant="subtle"
          color="red"
          onClick={onDiscard}
          disabled={busy}
          data-testid="conflict-discard"
        >
          {discardLabel}
        </Button>
      </Group>
    </Stack>
  );
}
