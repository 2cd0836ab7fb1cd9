import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { formatCountdown } from '../../ui/dates';

interface IdleSessionDialogProps {
  idleTimeoutMinutes: number;
  remainingMs: number;
  staying: boolean;
  onStay: () => void;
  onSignOut: () => void;
}

/** The question `IdleSessionWarning` asks a minute before the automatic logoff. */
export function IdleSessionDialog({
  idleTimeoutMinutes,
  remainingMs,
  staying,
  onStay,
  onSignOut,
}: IdleSessionDialogProps) {
  return (
    <Modal
      opened
      onClose={onStay}
      title="Are you still there?"
      centered
      closeOnClickOutside={false}
      data-testid="idle-warning"
    >
      <Stack gap="md">
        <Text size="sm">
          To protect client records, Waypoint signs you out after {idleTimeoutMinutes} minutes
          without activity. You will be signed out in{' '}
          <Text span fw={700} ff="monospace">
            {formatCountdown(remainingMs)}
          </Text>
          . Anything you are typing is kept in this tab.
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onSignOut}>
            Sign out now
          </Button>
          <Button onClick={onStay} loading={staying} data-autofocus>
            Stay signed in
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
