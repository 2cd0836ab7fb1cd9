import {
  Button,
  Group,
  NativeSelect,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { STATUS_CHANGE_REASON_LIMIT } from '@waypoint/domain';
import { useState } from 'react';
import {
  closingAchievementOptions,
  defaultClosingAchievement,
  type ClosingLifecycle,
} from './plan-labels';
import { pendingNeedsReason, reasonIssue } from './status-change';
import type { StatusValues } from './use-status-mutations';

interface CloseGoalPanelProps {
  current: string;
  busy: boolean;
  /** The reason is required to cancel (the domain rule), optional on completing. */
  onClose: (values: StatusValues, reason: string) => Promise<void>;
  onCancel: () => void;
}

/**
 * Closing a goal names how it ended (completed or cancelled), where the client got to and, for a
 * cancelled goal, why.
 */
export function CloseGoalPanel({ current, busy, onClose, onCancel }: CloseGoalPanelProps) {
  const [lifecycle, setLifecycle] = useState<ClosingLifecycle>('COMPLETED');
  const [achievement, setAchievement] = useState(defaultClosingAchievement('COMPLETED', current));
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const values = { lifecycleStatus: lifecycle, achievementStatus: achievement };
  const issue = checked ? reasonIssue(values, reason) : null;
  return (
    <Paper withBorder radius="md" p="sm" bg="gray.0" maw={520} data-testid="close-goal-panel">
      {/* noValidate: the form says why under the field; the browser's check would stop it first. */}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setChecked(true);
          if (reasonIssue(values, reason)) return;
          void onClose(values, reason);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onCancel();
          }
        }}
      >
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            Close this goal
          </Text>
          <Group gap="sm" align="flex-end">
            <SegmentedControl
              size="xs"
              value={lifecycle}
              onChange={(v) => {
                const next = v;
                setLifecycle(next);
                setAchievement(defaultClosingAchievement(next, achievement));
              }}
              data={[
                { value: 'COMPLETED', label: 'Completed' },
                { value: 'CANCELLED', label: 'Cancelled' },
              ]}
            />
            <NativeSelect
              size="xs"
              label="Outcome"
              data={closingAchievementOptions(lifecycle)}
              value={achievement}
              onChange={(e) => setAchievement(e.currentTarget.value)}
              data-testid="close-goal-outcome"
            />
          </Group>
          <Textarea
            label={pendingNeedsReason(values) ? 'Reason' : 'Reason (optional)'}
            required={pendingNeedsReason(values)}
            autosize
            minRows={2}
            maxLength={STATUS_CHANGE_REASON_LIMIT}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={issue}
            data-testid="close-goal-reason"
          />
          <Text size="xs" c="dimmed">
            The goal stays in the plan, marked as closed; it can be reopened by setting it active
            again.
          </Text>
          <Group gap="xs">
            <Button type="submit" size="xs" loading={busy} data-testid="close-goal-confirm">
              Close goal
            </Button>
            <Button size="xs" variant="default" onClick={onCancel} disabled={busy}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
