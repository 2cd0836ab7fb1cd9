import { Group, Text } from '@mantine/core';
import { CheckIcon } from '../../ui/icons';

/** A quiet "Saved" after a change is stored; announced to screen readers. */
export function SavedNote({ visible }: { visible: boolean }) {
  return (
    <Text span size="xs" c="teal.8" role="status" data-testid={visible ? 'saved-note' : undefined}>
      {visible && (
        <Group gap={4} wrap="nowrap" component="span">
          <CheckIcon size={12} />
          Saved
        </Group>
      )}
    </Text>
  );
}
