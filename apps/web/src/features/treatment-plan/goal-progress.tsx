import { Badge, Button, Collapse, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { GoalCard_GoalFragment } from '../../gql/graphql';
import { useFormDraft } from '../../ui/use-form-draft';
import { ChevronIcon, PlusIcon } from '../../ui/icons';
import { useCurrentViewer } from '../auth/current-viewer';
import { usePlanEditing } from './plan-context';
import { RatingSparkline } from './progress-chart';
import { ProgressHistory } from './progress-history';
import {
  changeWords,
  currentEntries,
  isProgressDraft,
  progressSummary,
  ratingColor,
  ratingSeries,
  startingRating,
} from './progress';
import { RecordProgressForm } from './record-progress-form';
import { shortDate } from './review-clock';
import { SavedNote } from './saved-note';
import { useSavedFlash } from './use-saved-flash';

type GoalData = GoalCard_GoalFragment;

interface GoalProgressPanelProps {
  goalId: string;
  /** "goal 2: Cut back…", so each goal's "Record progress" is named apart. */
  goalName: string;
  /** As the goal's card selects them (inline, see TreatmentPlanViewQuery). */
  progress: GoalData['progress'];
  objectives: readonly Pick<
    GoalData['objectives'][number],
    'id' | 'lineageId' | 'description' | 'measure'
  >[];
}

/**
 * Where the client is on this goal: the latest rating and its direction, a sparkline of the
 * ratings, "Record progress", and the dated history with a chart.
 */
export function GoalProgressPanel({
  goalId,
  goalName,
  progress,
  objectives,
}: GoalProgressPanelProps) {
  const ctx = usePlanEditing();
  const viewer = useCurrentViewer();
  const draft = useFormDraft(viewer.staff.id, `plan:progress:${goalId}`, isProgressDraft);
  const [recording, setRecording] = useState(() => ctx.recording && draft.restored !== null);
  const [showHistory, setShowHistory] = useState(false);
  const [saved, flash] = useSavedFlash();

  // Corrected and voided entries stay in the history; the trend reads the entries that count.
  const counting = currentEntries(progress);
  const summary = progressSummary(counting);
  const points = ratingSeries(counting);
  const change = changeWords(summary.change);
  if (!ctx.recording && progress.length === 0) return null;

  return (
    <Stack gap="xs" data-testid="goal-progress">
      <Group gap="sm" wrap="wrap" align="center">
        <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
          Progress
        </Text>
        {progress.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing recorded yet
          </Text>
        ) : (
          <>
            <RatingSparkline points={points} />
            {summary.lastRating && (
              <Group gap={6} wrap="nowrap" data-testid="progress-latest">
                <Badge
                  variant="light"
                  color={ratingColor(summary.lastRating.rating)}
                  tt="none"
                  fw={700}
                >
                  {summary.lastRating.rating}/10
                </Badge>
                <Text size="sm" c="dimmed">
                  {shortDate(summary.lastRating.recordedOn, ctx.today)}
                  {change && ` · ${change}`}
                </Text>
              </Group>
            )}
            <Button
              size="compact-xs"
              variant="subtle"
              color="gray"
              rightSection={<ChevronIcon size={12} open={showHistory} />}
              onClick={() => setShowHistory((o) => !o)}
              aria-expanded={showHistory}
              data-testid="progress-history-toggle"
            >
              {progress.length === 1 ? '1 entry' : `${progress.length} entries`}
            </Button>
          </>
        )}
        {ctx.recording && !recording && (
          <Button
            size="compact-xs"
            variant="light"
            leftSection={<PlusIcon size={12} />}
            onClick={() => setRecording(true)}
            aria-label={`Record progress on ${goalName}`}
            data-testid="record-progress"
          >
            Record progress
          </Button>
        )}
        <SavedNote visible={saved} />
      </Group>
      {recording && (
        <RecordProgressForm
          goalId={goalId}
          objectives={objectives}
          startRating={startingRating(counting)}
          draft={draft}
          onDone={(didSave) => {
            setRecording(false);
            if (didSave) {
              flash();
              setShowHistory(true);
            }
          }}
        />
      )}
      <Collapse expanded={showHistory}>
        {showHistory && (
          <ProgressHistory entries={progress} objectives={objectives} points={points} />
        )}
      </Collapse>
    </Stack>
  );
}
