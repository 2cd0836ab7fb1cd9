import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { STATUS_CHANGE_REASON_LIMIT } from '@waypoint/domain';
import { useState } from 'react';
import { changeWords, pendingNeedsReason, reasonIssue, type PendingStatus } from './status-change';
import type { StatusValues } from './use-status-mutations';

interface StatusConfirmPanelProps {
  /** "goal 2". */
  name: string;
  current: StatusValues;
  pending: PendingStatus;
  busy: boolean;
  /** The server's word on the reason, if it refused it. */
  reasonError: string | null;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

/**
 * The second step of a status change: the status chosen in a select is only sent once confirmed
 * here, with a reason when it cancels the element or marks it entered in error (the domain rule).
 */
export function StatusConfirmPanel({
  name,
  current,
  pending,
  busy,
  reasonError,
  onConfirm,
  onCancel,
}: StatusConfirmPanelProps) {
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const needsReason = pendingNeedsReason(pending);
  const issue = (checked ? reasonIssue(pending, reason) : null) ?? reasonError;
  const words = changeWords(current, pending);

  return (
    <Paper withBorder radius="md" p="sm" bg="gray.0" maw={560} data-testid="status-confirm">
      {/* noValidate: the browser's own check of `required` would stop the submit silently, before
          the form can say why (the domain's message under the field). */}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setChecked(true);
          if (reasonIssue(pending, reason)) return;
          onConfirm(reason);
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
            Change the {words.join(' and the ')} of {name}?
          </Text>
          <Textarea
            label={needsReason ? 'Reason' : 'Reason (optional)'}
            description="Kept in the status history with your name and the time."
            required={needsReason}
            autosize
            minRows={2}
            maxLength={STATUS_CHANGE_REASON_LIMIT}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={issue}
            data-autofocus
            autoFocus
            data-testid="status-reason"
          />
          <Group gap="xs">
            <Button type="submit" size="xs" loading={busy} data-testid="status-confirm-button">
              Change status
            </Button>
            <Button size="xs" variant="default" onClick={onCancel} disabled={busy}>
              Keep as it is
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
