import { Button, Group, Modal, Stack, Text } from '@mantine/core';

/** The question `UnsavedWorkGuard` asks before leaving a page with unsaved work. */
export function LeaveUnsavedDialog({
  onStay,
  onLeave,
}: {
  onStay: () => void;
  onLeave: () => void;
}) {
  return (
    <Modal
      opened
      onClose={onStay}
      title="Leave with unsaved changes?"
      centered
      data-testid="unsaved-warning"
    >
      <Stack gap="md">
        <Text size="sm">
          Something you typed on this page has not been saved. It is kept as a draft in this tab:
          come back to this page to finish it.
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onLeave} data-testid="unsaved-leave">
            Leave the page
          </Button>
          <Button onClick={onStay} data-autofocus data-testid="unsaved-stay">
            Stay and finish
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
