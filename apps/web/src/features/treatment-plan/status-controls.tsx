import { Badge, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { ConflictComparison, whoSaved } from '../../ui/conflict-comparison';
import { describeError } from '../../ui/error-message';
import { changedFieldsOf, mergeRows } from '../../ui/field-merge';
import { CloseGoalPanel } from './close-goal-panel';
import {
  achievementColor,
  achievementLabel,
  achievementOptions,
  isClosedLifecycle,
  lifecycleColor,
  lifecycleLabel,
  lifecycleOptions,
} from './plan-labels';
import { SavedNote } from './saved-note';
import { changeWords, type PendingStatus } from './status-change';
import { StatusConfirmPanel } from './status-confirm-panel';
import { useSavedFlash } from './use-saved-flash';
import {
  statusFields,
  useSetGoalStatusMutation,
  useSetObjectiveStatusMutation,
  type StatusResult,
  type StatusValues,
  type Tracked,
} from './use-status-mutations';

const statusNames: Record<string, string> = {
  lifecycleStatus: 'Lifecycle',
  achievementStatus: 'Achievement',
};

/** The two statuses as badges, each named: they are independent and read separately. */
export function StatusBadges({ item }: { item: StatusValues }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Badge variant="light" color={lifecycleColor(item.lifecycleStatus)} tt="none" fw={600}>
        {lifecycleLabel(item.lifecycleStatus)}
      </Badge>
      <Badge variant="dot" color={achievementColor(item.achievementStatus)} tt="none" fw={600}>
        {achievementLabel(item.achievementStatus)}
      </Badge>
    </Group>
  );
}

interface Conflict {
  base: StatusValues;
  mine: StatusValues;
  theirs: { version: number; values: StatusValues; savedBy: string | null };
}

interface StatusControlsProps {
  kind: 'GOAL' | 'OBJECTIVE';
  item: Tracked;
  /** "goal 2", for labels read aloud. */
  name: string;
  tracking: boolean;
}

/**
 * Lifecycle and achievement, each chosen with a select and then confirmed (with a reason to
 * cancel or to mark entered in error) before anything is saved; a goal can also be closed as
 * completed or cancelled with its outcome. If someone else changed the statuses first, their
 * version is shown beside mine to re-apply or discard. `controls` sit in the card's header row;
 * `panels` (the confirmation, closing, a conflict) below, full width.
 */
export function useStatusControls({ kind, item, name, tracking }: StatusControlsProps): {
  controls: ReactNode;
  panels: ReactNode;
} {
  const setGoal = useSetGoalStatusMutation();
  const setObjective = useSetObjectiveStatusMutation();
  const set = kind === 'GOAL' ? setGoal : setObjective;
  const [saving, setSaving] = useState(false);
  const [saved, flash] = useSavedFlash();
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [closing, setClosing] = useState(false);
  const [pending, setPending] = useState<PendingStatus | null>(null);
  const [reasonError, setReasonError] = useState<string | null>(null);

  if (!tracking) return { controls: <StatusBadges item={item} />, panels: null };

  const apply = async (
    target: Tracked,
    change: Partial<StatusValues>,
    reason?: string,
  ): Promise<boolean> => {
    const base = {
      lifecycleStatus: target.lifecycleStatus,
      achievementStatus: target.achievementStatus,
    };
    setSaving(true);
    const result: StatusResult = await set(target, change, reason);
    setSaving(false);
    switch (result.kind) {
      case 'saved':
        setConflict(null);
        setPending(null);
        setReasonError(null);
        flash();
        return true;
      case 'invalid':
        // The reason is the one field the server judges that the confirmation has not.
        setReasonError(result.fields.reason ?? Object.values(result.fields)[0] ?? null);
        return false;
      case 'conflict':
        setPending(null);
        if (result.theirs)
          setConflict({ base, mine: { ...base, ...change }, theirs: result.theirs });
        return false;
      case 'signed-out':
        return false;
      case 'invalid-transition':
        notifications.show({
          color: 'yellow',
          title: 'Status not changed',
          message: 'Statuses change on a draft or active plan only; the plan has been refreshed.',
        });
        return false;
      default:
        notifications.show({
          color: 'red',
          title: 'Status not changed',
          message:
            result.kind === 'failed'
              ? describeError(result.error).message
              : 'The change was not accepted. The plan has been refreshed.',
        });
        return false;
    }
  };

  // Choosing only opens the confirmation; choosing back what it is closes it again.
  const choose = (change: PendingStatus) => {
    const next = { ...pending, ...change };
    setReasonError(null);
    setPending(changeWords(item, next).length > 0 ? next : null);
  };

  const closed = isClosedLifecycle(item.lifecycleStatus);
  const noun = kind === 'GOAL' ? 'goal' : 'objective';
  const controls = (
    <Group gap={6} wrap="wrap" align="center" justify="flex-end">
      <Text size="xs" c="dimmed" component="span" aria-hidden>
        Lifecycle
      </Text>
      <NativeSelect
        size="xs"
        w={140}
        aria-label={`Lifecycle of ${name}`}
        data={lifecycleOptions}
        value={pending?.lifecycleStatus ?? item.lifecycleStatus}
        disabled={saving}
        onChange={(e) => choose({ lifecycleStatus: e.currentTarget.value })}
        data-testid={`${noun}-lifecycle-select`}
        styles={{
          input: {
            color: `var(--mantine-color-${lifecycleColor(item.lifecycleStatus)}-8)`,
            fontWeight: 600,
          },
        }}
      />
      <Text size="xs" c="dimmed" component="span" aria-hidden ml={4}>
        Achievement
      </Text>
      <NativeSelect
        size="xs"
        w={150}
        aria-label={`Achievement of ${name}`}
        data={achievementOptions}
        value={pending?.achievementStatus ?? item.achievementStatus}
        disabled={saving}
        onChange={(e) => choose({ achievementStatus: e.currentTarget.value })}
        data-testid={`${noun}-achievement-select`}
        styles={{
          input: {
            color: `var(--mantine-color-${achievementColor(item.achievementStatus)}-8)`,
            fontWeight: 600,
          },
        }}
      />
      {kind === 'GOAL' && !closed && !closing && (
        <Button
          size="compact-xs"
          variant="subtle"
          color="gray"
          fw={500}
          onClick={() => setClosing(true)}
          data-testid="close-goal"
        >
          Close goal…
        </Button>
      )}
      {saving ? (
        <Text size="xs" c="dimmed" role="status">
          Saving…
        </Text>
      ) : (
        <SavedNote visible={saved} />
      )}
    </Group>
  );
  const panels = (pending || closing || conflict) && (
    <Stack gap="xs">
      {pending && (
        <StatusConfirmPanel
          name={name}
          current={item}
          pending={pending}
          busy={saving}
          reasonError={reasonError}
          onConfirm={(reason) => void apply(item, pending, reason)}
          onCancel={() => {
            setPending(null);
            setReasonError(null);
          }}
        />
      )}
      {closing && (
        <CloseGoalPanel
          current={item.achievementStatus}
          busy={saving}
          onCancel={() => setClosing(false)}
          onClose={async (values, reason) => {
            if (await apply(item, values, reason)) setClosing(false);
          }}
        />
      )}
      {conflict && (
        <div data-testid="status-conflict">
          <ConflictComparison
            title={`Someone else changed this ${kind === 'GOAL' ? 'goal' : 'objective'}’s status first`}
            description={`${whoSaved(conflict.theirs.savedBy)} saved a change while you were looking at an older version. Yours has not been saved.`}
            rows={mergeRows(statusFields, conflict.base, conflict.mine, conflict.theirs.values).map(
              (r) => ({
                ...r,
                key: r.field,
                label: statusNames[r.field] ?? r.field,
              }),
            )}
            renderValue={(field, value) =>
              field === 'lifecycleStatus' ? lifecycleLabel(value) : achievementLabel(value)
            }
            busy={saving}
            onReapply={() => {
              const mine = changedFieldsOf(statusFields, conflict.base, conflict.mine);
              const change = Object.fromEntries(mine.map((f) => [f, conflict.mine[f]]));
              void apply(
                { id: item.id, version: conflict.theirs.version, ...conflict.theirs.values },
                change,
              );
            }}
            onDiscard={() => setConflict(null)}
            reapplyLabel="Re-apply my change"
            discardLabel="Keep theirs"
          />
        </div>
      )}
    </Stack>
  );
  return { controls, panels };
}
