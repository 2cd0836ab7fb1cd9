import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { dischargeTypeLabel, type DischargeType, type EpisodeStatus } from '@waypoint/domain';
import { useState } from 'react';
import { moveVerb, type MoveOption } from './episode-moves';
import { applyMoveResult, showRefusal, stillPossible, type MoveProblem } from './move-problem';
import { MoveProblemAlert } from './move-problem-alert';
import {
  checkMove,
  emptyTransitionValues,
  MAX_REASON_LENGTH,
  toTransitionInput,
} from './transition-form';
import { useEpisodeMove, type MoveContext } from './use-episode-move';

export interface EpisodeForMove {
  id: string;
  version: number;
  status: EpisodeStatus;
}

interface TransitionDialogProps {
  /** The move to make; the dialog is open while there is one. */
  move: MoveOption | null;
  episode: EpisodeForMove;
  context: MoveContext;
  /** Orientation items done, when starting treatment from orientation. */
  orientationDone?: Readonly<Record<string, unknown>>;
  onClose: () => void;
}

/** One move of the episode (not an admission decision): what it means, and a reason or note. */
export function TransitionDialog({ move, episode, onClose, ...rest }: TransitionDialogProps) {
  return (
    <Modal
      opened={move !== null}
      onClose={onClose}
      title={move ? moveVerb(episode.status, move.to) : ''}
      size="lg"
      centered
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {move && (
        <TransitionForm key={move.to} move={move} episode={episode} onClose={onClose} {...rest} />
      )}
    </Modal>
  );
}

function TransitionForm({
  move,
  episode,
  context,
  orientationDone,
  onClose,
}: Omit<TransitionDialogProps, 'move'> & { move: MoveOption }) {
  const { move: makeMove, moving } = useEpisodeMove(context);
  const [problem, setProblem] = useState<MoveProblem | null>(null);
  const dischargeTypes = move.dischargeTypes ?? [];
  const form = useForm<{ reason: string; dischargeType: DischargeType | null }>({
    mode: 'controlled',
    // A move with one possible type (a transfer) has it chosen already.
    initialValues: {
      reason: '',
      dischargeType: dischargeTypes.length === 1 ? dischargeTypes[0]! : null,
    },
  });
  const verb = moveVerb(episode.status, move.to);
  const controls = { setErrors: form.setErrors, setProblem, close: onClose };
  const possible = stillPossible(problem, move.to);

  const submit = async ({
    reason,
    dischargeType,
  }: {
    reason: string;
    dischargeType: DischargeType | null;
  }) => {
    setProblem(null);
    const values = { ...emptyTransitionValues, reason, dischargeType };
    const check = { from: episode.status, to: move.to, decisionMove: false, orientationDone };
    const refusal = checkMove(check, values);
    if (refusal) return showRefusal(refusal, `Not ready to ${verb.toLowerCase()}`, controls);
    const was = episode.status;
    const result = await makeMove(toTransitionInput(episode, move.to, values, false));
    applyMoveResult(result, was, controls);
  };

  return (
    <form
      onSubmit={form.onSubmit((v) => void submit(v))}
      noValidate
      data-testid="transition-dialog"
    >
      <Stack gap="md">
        <Text size="sm">{move.description}</Text>
        {problem && <MoveProblemAlert problem={problem} to={move.to} />}
        {dischargeTypes.length > 0 && (
          <Select
            label="Discharge type"
            description="How treatment ended; kept on the episode and with this move."
            placeholder="Choose a discharge type"
            data={dischargeTypes.map((t) => ({ value: t, label: dischargeTypeLabel(t) }))}
            withAsterisk
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            data-testid="transition-discharge-type"
            {...form.getInputProps('dischargeType')}
          />
        )}
        <Textarea
          label={
            dischargeTypes.length > 0
              ? 'Reason for discharge'
              : move.reasonRequired
                ? 'Reason'
                : 'Note'
          }
          description={
            move.reasonRequired
              ? 'Required. Kept with the episode’s history, for staff who can open this chart.'
              : 'Optional. Anything worth keeping with this move in the episode’s history.'
          }
          withAsterisk={move.reasonRequired}
          autosize
          minRows={3}
          maxRows={8}
          maxLength={MAX_REASON_LENGTH}
          data-autofocus
          data-testid="transition-reason"
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={moving}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={moving}
            disabled={!possible}
            data-testid="transition-submit"
          >
            {verb}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
