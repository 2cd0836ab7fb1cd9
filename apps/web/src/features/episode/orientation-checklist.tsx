import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Loader,
  Paper,
  Progress,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatDateTime } from '../../ui/dates';
import { describeError } from '../../ui/error-message';
import { ArrowRightIcon } from '../../ui/icons';
import type { MoveOption } from './episode-moves';
import { startTreatmentMove } from './orientation';
import {
  completedAfterToggle,
  doneItems,
  orientationProgress,
  toggleLabel,
  type OrientationToggle,
} from './orientation';
import { TransitionDialog } from './transition-dialog';
import type { MoveContext } from './use-episode-move';
import { useUpdateOrientationMutation } from './use-update-orientation-mutation';

export const OrientationChecklistFragment = graphql(`
  fragment OrientationChecklist_episode on Episode {
    id
    version
    status
    program {
      id
      timeZone
    }
    orientationChecklist {
      key
      label
      doneAt
    }
  }
`);

interface OrientationChecklistProps {
  episode: FragmentType<typeof OrientationChecklistFragment>;
  canEdit: boolean;
  context: MoveContext;
}

type Problem =
  | { kind: 'conflict'; toggle: OrientationToggle }
  | { kind: 'message'; title: string; message: string };

/** Orientation to the program, item by item; treatment starts once every item is done. */
export function OrientationChecklist(props: OrientationChecklistProps) {
  const episode = getFragmentData(OrientationChecklistFragment, props.episode);
  const { update } = useUpdateOrientationMutation();
  // The tick being saved, shown at once (and undone if the save fails).
  const [pending, setPending] = useState<OrientationToggle | null>(null);
  const savingKey = pending?.key ?? null;
  const [problem, setProblem] = useState<Problem | null>(null);
  const [starting, setStarting] = useState<MoveOption | null>(null);
  const done = doneItems(episode.orientationChecklist);
  const progress = orientationProgress(done);
  // The same move the API offers (its availableTransitions are this table).
  const startMove = startTreatmentMove(episode.status);
  const tz = episode.program.timeZone;

  const save = async (toggle: OrientationToggle) => {
    setProblem(null);
    setPending(toggle);
    const result = await update({
      episodeId: episode.id,
      version: episode.version,
      completedItems: completedAfterToggle(done, toggle.key, toggle.checked),
    });
    setPending(null);
    switch (result.kind) {
      case 'saved':
      case 'signed-out':
        return;
      case 'conflict':
        return setProblem({ kind: 'conflict', toggle });
      case 'refused':
        return setProblem({
          kind: 'message',
          title: 'Orientation is over',
          message: 'The episode has moved on from orientation, so the checklist no longer changes.',
        });
      case 'forbidden':
        return setProblem({
          kind: 'message',
          title: 'Not saved: you cannot change this chart',
          message: 'Ask the client’s clinician or the program director to update the checklist.',
        });
      case 'failed': {
        const d = describeError(result.error);
        return setProblem({ kind: 'message', title: d.title, message: d.message });
      }
    }
  };

  return (
    <Paper withBorder radius="md" p="lg" id="orientation" data-testid="orientation-checklist">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} fz={18}>
              Orientation
            </Title>
            <Text size="sm" c="dimmed" mt={2}>
              Go through each item with the client. Treatment starts once all are done.
            </Text>
          </div>
          <Text size="sm" fw={600} data-testid="orientation-progress" aria-live="polite">
            {progress.done} of {progress.total} done
          </Text>
        </Group>
        <Progress value={(progress.done / progress.total) * 100} size="sm" aria-hidden />
        {problem?.kind === 'conflict' && (
          <Alert
            color="yellow"
            variant="light"
            role="alert"
            title="Someone else updated the checklist"
          >
            <Text size="sm">
              Their version is shown below. Your change ({toggleLabel(problem.toggle)}) was not
              saved.
            </Text>
            <Group gap="sm" mt="sm">
              <Button size="xs" onClick={() => void save(problem.toggle)}>
                Re-apply my change
              </Button>
              <Button size="xs" variant="default" onClick={() => setProblem(null)}>
                Keep theirs
              </Button>
            </Group>
          </Alert>
        )}
        {problem?.kind === 'message' && (
          <Alert color="red" variant="light" role="alert" title={problem.title}>
            {problem.message}
          </Alert>
        )}
        <Stack gap="sm">
          {episode.orientationChecklist.map((item) => (
            <Checkbox
              key={item.key}
              checked={pending?.key === item.key ? pending.checked : Boolean(item.doneAt)}
              onChange={(e) => void save({ key: item.key, checked: e.currentTarget.checked })}
              disabled={!props.canEdit || savingKey !== null}
              label={
                <Group gap={6} wrap="nowrap">
                  {item.label}
                  {savingKey === item.key && <Loader size={12} aria-label="Saving" />}
                </Group>
              }
              description={
                item.key === 'EMERGENCY_CONTACTS' ? (
                  <>
                    {item.doneAt && `Done ${formatDateTime(item.doneAt, tz)} · `}
                    {/* They are kept on the client record, not here. */}
                    <Anchor href="#emergency-contacts" size="xs">
                      Record them on the emergency and crisis contacts card
                    </Anchor>
                  </>
                ) : item.doneAt ? (
                  `Done ${formatDateTime(item.doneAt, tz)}`
                ) : undefined
              }
              data-testid={`orientation-item-${item.key}`}
            />
          ))}
        </Stack>
        {props.canEdit && startMove && (
          <Group justify="flex-end">
            <Tooltip
              label={`Tick every item first (${progress.total - progress.done} to go)`}
              disabled={progress.complete}
              withArrow
            >
              <div>
                <Button
                  disabled={!progress.complete || savingKey !== null}
                  onClick={() => setStarting(startMove)}
                  rightSection={<ArrowRightIcon size={14} />}
                  data-testid="start-treatment"
                >
                  Start treatment
                </Button>
              </div>
            </Tooltip>
          </Group>
        )}
      </Stack>
      <TransitionDialog
        move={starting}
        episode={episode}
        context={props.context}
        orientationDone={done}
        onClose={() => setStarting(null)}
      />
    </Paper>
  );
}
