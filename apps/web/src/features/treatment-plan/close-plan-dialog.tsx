import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { closeReasonSchema } from '@waypoint/domain';
import { useState } from 'react';
import { describeError } from '../../ui/error-message';
import { useCloseTreatmentPlanMutation } from './use-review-mutations';

interface ClosePlanDialogProps {
  opened: boolean;
  onClose: () => void;
  plan: { id: string; version: number; versionNumber: number };
  onClosed: () => void;
}

/** Abandoning a draft or a version pending signature: it never takes effect, and says why. */
export function ClosePlanDialog({ opened, onClose, plan, onClosed }: ClosePlanDialogProps) {
  const close = useCloseTreatmentPlanMutation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    if (!reason.trim()) return setError('Say why this version is abandoned');
    const checked = closeReasonSchema.safeParse(reason);
    if (!checked.success) return setError(checked.error.issues[0]!.message);
    setSaving(true);
    const result = await close(plan, reason);
    setSaving(false);
    if (result.kind === 'saved') {
      notifications.show({
        color: 'gray',
        message: `Version ${plan.versionNumber} was abandoned.`,
      });
      onClose();
      onClosed();
    } else if (result.kind === 'invalid') {
      setError(result.fields.reason ?? 'Check the reason');
    } else if (result.kind !== 'signed-out') {
      setProblem(
        result.kind === 'failed'
          ? describeError(result.error).message
          : result.kind === 'invalid-transition'
            ? `${result.message}.`
            : 'The plan changed meanwhile and has been refreshed.',
      );
    }
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={`Abandon version ${plan.versionNumber}?`}
      centered
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            It will never take effect and can no longer be edited. It stays in the plan’s history.
          </Text>
          {problem && (
            <Alert color="red" variant="light" role="alert">
              {problem}
            </Alert>
          )}
          <Textarea
            label="Reason"
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setError(null);
            }}
            error={error}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={saving}>
              Keep it
            </Button>
            <Button type="submit" color="red" loading={saving}>
              Abandon version {plan.versionNumber}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
