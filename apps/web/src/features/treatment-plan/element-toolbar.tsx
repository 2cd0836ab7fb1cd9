import { ActionIcon, Button, Group, Popover, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { describeError } from '../../ui/error-message';
import { ArrowDownIcon, ArrowUpIcon, PencilIcon, TrashIcon } from '../../ui/icons';
import { kindNoun, type ElementKind } from './element-specs';
import { elementName } from './plan-labels';

/** How a removal went, as any element kind's remove hook answers. */
export type RemoveOutcome =
  | { kind: 'saved' | 'conflict' | 'signed-out' | 'not-found' | 'invalid-transition' | 'invalid' }
  | { kind: 'forbidden'; message: string }
  | { kind: 'failed'; error: unknown };

interface ElementToolbarProps {
  kind: ElementKind;
  /** As staff number it: "goal 2". */
  number: number;
  /** The element's own words, so each control's name is unique on the page. */
  summary?: string | null;
  onMove: (delta: -1 | 1) => void;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onEdit: () => void;
  onRemove: () => Promise<RemoveOutcome>;
  /** What goes with it, e.g. "Its 2 objectives and their interventions go too." */
  removeWarning?: string | null;
}

function tellRemoveOutcome(result: RemoveOutcome, noun: string) {
  switch (result.kind) {
    case 'saved':
    case 'signed-out':
      return;
    case 'conflict':
      notifications.show({
        color: 'yellow',
        title: `Not removed: someone changed this ${noun}`,
        message: 'It now shows their version. Check it, and remove it again if you still mean to.',
      });
      return;
    case 'not-found':
      notifications.show({ color: 'gray', message: `This ${noun} had already been removed.` });
      return;
    case 'invalid-transition':
      notifications.show({
        color: 'yellow',
        title: 'Not removed: the plan is no longer a draft',
        message: 'It was submitted or signed meanwhile; revise the plan to change it.',
      });
      return;
    default: {
      const d = result.kind === 'failed' ? describeError(result.error) : null;
      notifications.show({
        color: 'red',
        title: `The ${noun} was not removed`,
        message: d?.message ?? 'You cannot change this plan.',
      });
    }
  }
}

/** Move up, move down, edit, remove (with a confirmation): every action reachable by keyboard. */
export function ElementToolbar({
  kind,
  number,
  summary,
  onMove,
  canMoveUp,
  canMoveDown,
  onEdit,
  onRemove,
  removeWarning,
}: ElementToolbarProps) {
  const noun = kindNoun[kind];
  const name = elementName(noun, number, summary);
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const remove = async () => {
    setRemoving(true);
    const result = await onRemove();
    setRemoving(false);
    setConfirming(false);
    tellRemoveOutcome(result, noun);
  };
  const icon = (
    label: string,
    onClick: () => void,
    child: React.ReactNode,
    disabled = false,
    testId?: string,
  ) => (
    <Tooltip label={label} openDelay={400} withArrow>
      <ActionIcon
        variant="subtle"
        color="gray"
        size="sm"
        aria-label={label}
        onClick={onClick}
        disabled={disabled}
        data-testid={testId}
      >
        {child}
      </ActionIcon>
    </Tooltip>
  );
  return (
    <Group gap={2} wrap="nowrap" data-testid={`${noun}-toolbar`}>
      {icon(`Move ${name} up`, () => onMove(-1), <ArrowUpIcon size={14} />, !canMoveUp, 'move-up')}
      {icon(
        `Move ${name} down`,
        () => onMove(1),
        <ArrowDownIcon size={14} />,
        !canMoveDown,
        'move-down',
      )}
      {icon(`Edit ${name}`, onEdit, <PencilIcon size={14} />, false, `edit-${noun}`)}
      <Popover
        opened={confirming}
        onChange={setConfirming}
        position="bottom-end"
        withArrow
        trapFocus
        returnFocus
        shadow="md"
      >
        <Popover.Target>
          <Tooltip label={`Remove ${name}`} openDelay={400} withArrow>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label={`Remove ${name}`}
              onClick={() => setConfirming((o) => !o)}
              data-testid={`remove-${noun}`}
            >
              <TrashIcon size={14} />
            </ActionIcon>
          </Tooltip>
        </Popover.Target>
        <Popover.Dropdown maw={300}>
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              Remove {name}?
            </Text>
            {removeWarning && (
              <Text size="xs" c="dimmed">
                {removeWarning}
              </Text>
            )}
            <Group gap="xs">
              <Button
                size="xs"
                color="red"
                loading={removing}
                onClick={() => void remove()}
                data-testid="confirm-remove"
              >
                Remove
              </Button>
              <Button
                size="xs"
                variant="default"
                disabled={removing}
                onClick={() => setConfirming(false)}
              >
                Keep it
              </Button>
            </Group>
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Group>
  );
}
