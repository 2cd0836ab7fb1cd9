import { Button, Collapse, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatDateTime } from '../../ui/dates';
import { ChevronIcon } from '../../ui/icons';
import { usePlanEditing } from './plan-context';
import { historyLine } from './status-change';

export const StatusHistoryFragment = graphql(`
  fragment StatusHistory_change on PlanStatusChange {
    id
    fromLifecycleStatus
    toLifecycleStatus
    fromAchievementStatus
    toAchievementStatus
    reason
    changedAt
    changedBy {
      id
      displayName
    }
  }
`);

interface StatusHistoryProps {
  changes: readonly FragmentType<typeof StatusHistoryFragment>[];
  /** "goal 2", for the toggle's name read aloud. */
  name: string;
}

/** Who changed the element's statuses, when, from what to what and why; newest first. */
export function StatusHistory({ name, ...props }: StatusHistoryProps) {
  const { timeZone } = usePlanEditing();
  const changes = props.changes.map((c) => getFragmentData(StatusHistoryFragment, c));
  const [open, setOpen] = useState(false);
  if (changes.length === 0) return null;
  return (
    <Stack gap={4} data-testid="status-history">
      <Button
        size="compact-xs"
        variant="subtle"
        color="gray"
        w="fit-content"
        rightSection={<ChevronIcon size={12} open={open} />}
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        aria-label={`Status history of ${name}: ${changes.length} ${changes.length === 1 ? 'change' : 'changes'}`}
        data-testid="status-history-toggle"
      >
        Status history ({changes.length})
      </Button>
      <Collapse expanded={open}>
        <List size="sm" spacing={4} listStyleType="none" pl={0}>
          {changes.map((change) => (
            <List.Item key={change.id} data-testid="status-history-entry">
              <Text size="sm" span fw={600}>
                {historyLine(change)}
              </Text>
              <Text size="sm" span c="dimmed">
                {' · '}
                {change.changedBy.displayName}, {formatDateTime(change.changedAt, timeZone)}
              </Text>
              {change.reason && (
                <Text size="sm" fs="italic">
                  “{change.reason}”
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      </Collapse>
    </Stack>
  );
}
