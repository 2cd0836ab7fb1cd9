import { Box, Stack, Text } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { AddElement } from './add-element';
import { valuesOf } from './element-specs';
import { GoalReferrals } from '../referrals/goal-referrals';
import { GoalProgressPanel } from './goal-progress';
import { ObjectiveCard } from './objective-card';
import { usePlanEditing } from './plan-context';
import { elementName, goalHorizonLabel, isClosedLifecycle } from './plan-labels';
import { moveBy } from './reorder';
import { shortDate } from './review-clock';
import { elementAnchor } from './signable';
import { useStatusControls } from './status-controls';
import { StatusHistory } from './status-history';
import { TrackedElement } from './tracked-element';
import { useEditFocus } from './use-edit-focus';
import { useRemoveGoalMutation, useUpdateGoalMutation } from './use-goal-mutations';
import { useInlineEditor } from './use-inline-editor';
import { useAddObjectiveMutation } from './use-objective-mutations';

export const GoalCardFragment = graphql(`
  fragment GoalCard_goal on PlanGoal {
    id
    version
    lineageId
    position
    description
    horizon
    targetDate
    lifecycleStatus
    achievementStatus
    updatedAt
    statusHistory {
      id
      ...StatusHistory_change
    }
    ...GoalReferrals_goal
    objectives {
      id
      lineageId
      description
      measure
      ...ObjectiveCard_objective
    }
    progress {
      id
      recordedOn
      rating
      measureValue
      note
      objectiveLineageId
      createdAt
      author {
        id
        displayName
      }
      status
      amendReason
      correctedBy {
        id
        author {
          id
          displayName
        }
        createdAt
        amendReason
      }
      voided {
        at
        reason
        by {
          id
          displayName
        }
      }
    }
  }
`);

interface GoalCardProps {
  goal: FragmentType<typeof GoalCardFragment>;
  problemId: string;
  number: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
}

/**
 * A goal: what the client is working towards, its horizon and target, its two statuses (kept
 * apart), where they are on it (progress), and the objectives that make it measurable.
 */
export function GoalCard({ problemId, number, count, onMove, ...props }: GoalCardProps) {
  const goal = getFragmentData(GoalCardFragment, props.goal);
  const ctx = usePlanEditing();
  const editor = useInlineEditor('GOAL', `goal-edit:${goal.id}`, ctx.editable);
  const update = useUpdateGoalMutation();
  const remove = useRemoveGoalMutation();
  const addObjective = useAddObjectiveMutation();
  const values = valuesOf('GOAL', goal);
  const openAt = (field?: string) =>
    editor.open({ baseVersion: goal.version, base: values, initial: values, focusField: field });
  useEditFocus(goal.id, openAt);
  const ids = goal.objectives.map((o) => o.id);
  const closed = isClosedLifecycle(goal.lifecycleStatus);
  const name = elementName('goal', number, goal.description);
  const status = useStatusControls({ kind: 'GOAL', item: goal, name, tracking: ctx.tracking });

  return (
    <Box
      id={elementAnchor(goal.id)}
      pl="md"
      py={4}
      style={{
        borderLeft: `3px solid var(--mantine-color-${closed ? 'gray-4' : 'teal-5'})`,
      }}
      data-testid="goal-card"
    >
      <TrackedElement
        kind="GOAL"
        title="Goal"
        number={number}
        summary={goal.description}
        count={count}
        onMove={onMove}
        gap="xs"
        label={
          <Text size="xs" c="dimmed">
            {goalHorizonLabel(goal.horizon)}
            {goal.targetDate
              ? ` · target ${shortDate(goal.targetDate, ctx.today)}`
              : ' · no target date'}
          </Text>
        }
        status={status}
        history={<StatusHistory changes={goal.statusHistory} name={name} />}
        editor={editor}
        onEdit={() => openAt()}
        onRemove={() => remove(problemId, goal)}
        removeWarning={
          ids.length
            ? `Its ${ids.length === 1 ? 'objective' : `${ids.length} objectives`} and their interventions go too. Progress already recorded is kept in the history.`
            : null
        }
        onSave={(v, against) => update(goal.id, against, v)}
        display={
          <Text fw={600} size="md" c={closed ? 'dimmed' : undefined} data-testid="goal-description">
            {goal.description}
          </Text>
        }
      >
        <GoalProgressPanel
          goalId={goal.id}
          goalName={name}
          progress={goal.progress}
          objectives={goal.objectives}
        />
        <GoalReferrals goal={goal} />
        <Stack gap="xs" mt={4}>
          {ids.length === 0 && (
            <Text size="sm" c={ctx.editable ? 'orange.8' : 'dimmed'}>
              No objective yet
              {ctx.editable ? ' — a goal needs a measurable objective to be signed' : ''}
            </Text>
          )}
          {goal.objectives.map((objective, i) => (
            <ObjectiveCard
              key={objective.id}
              objective={objective}
              goalId={goal.id}
              number={i + 1}
              count={ids.length}
              onMove={(delta) => {
                const order = moveBy(ids, objective.id, delta);
                if (order) ctx.reorder(goal.id, 'OBJECTIVE', order);
              }}
            />
          ))}
          <AddElement
            kind="OBJECTIVE"
            parentId={goal.id}
            onSave={(v) => addObjective(goal.id, v)}
          />
        </Stack>
      </TrackedElement>
    </Box>
  );
}
