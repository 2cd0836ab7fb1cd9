import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { AddElement } from './add-element';
import { ElementForm } from './element-form';
import { ElementToolbar } from './element-toolbar';
import { valuesOf } from './element-specs';
import { GoalCard } from './goal-card';
import { usePlanEditing } from './plan-context';
import { problemDomainLabel } from './plan-labels';
import { moveBy } from './reorder';
import { SavedNote } from './saved-note';
import { elementAnchor } from './signable';
import { useEditFocus } from './use-edit-focus';
import { useAddGoalMutation } from './use-goal-mutations';
import { useInlineEditor } from './use-inline-editor';
import { useRemoveProblemMutation, useUpdateProblemMutation } from './use-problem-mutations';
import { useSavedFlash } from './use-saved-flash';

export const ProblemCardFragment = graphql(`
  fragment ProblemCard_problem on PlanProblem {
    id
    version
    lineageId
    position
    domain
    clientWords
    strengths
    updatedAt
    goals {
      id
      ...GoalCard_goal
    }
  }
`);

interface ProblemCardProps {
  problem: FragmentType<typeof ProblemCardFragment>;
  planId: string;
  number: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
}

/** A problem the plan addresses, in the client's own words, with their strengths and its goals. */
export function ProblemCard({ planId, number, count, onMove, ...props }: ProblemCardProps) {
  const problem = getFragmentData(ProblemCardFragment, props.problem);
  const ctx = usePlanEditing();
  const editor = useInlineEditor('PROBLEM', `problem-edit:${problem.id}`, ctx.editable);
  const update = useUpdateProblemMutation();
  const remove = useRemoveProblemMutation();
  const addGoal = useAddGoalMutation();
  const [saved, flash] = useSavedFlash();
  const values = valuesOf('PROBLEM', problem);
  const openAt = (field?: string) =>
    editor.open({ baseVersion: problem.version, base: values, initial: values, focusField: field });
  useEditFocus(problem.id, openAt);
  const ids = problem.goals.map((g) => g.id);

  return (
    <Paper withBorder radius="md" p="lg" id={elementAnchor(problem.id)} data-testid="problem-card">
      <Stack gap="md">
        <Stack gap={6}>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Group gap="xs">
              <Text
                size="xs"
                c="dimmed"
                fw={700}
                tt="uppercase"
                style={{ letterSpacing: '0.04em' }}
              >
                Problem {number}
              </Text>
              <Badge variant="outline" color="gray" tt="none" fw={600}>
                {problemDomainLabel(problem.domain)}
              </Badge>
              <SavedNote visible={saved} />
            </Group>
            {ctx.editable && !editor.session && (
              <ElementToolbar
                kind="PROBLEM"
                number={number}
                summary={problem.clientWords}
                canMoveUp={number > 1}
                canMoveDown={number < count}
                onMove={onMove}
                onEdit={() => openAt()}
                onRemove={() => remove(planId, problem)}
                removeWarning={
                  ids.length
                    ? `Its ${ids.length === 1 ? 'goal' : `${ids.length} goals`} and everything under ${ids.length === 1 ? 'it' : 'them'} go too.`
                    : null
                }
              />
            )}
          </Group>
          {editor.session ? (
            <ElementForm
              kind="PROBLEM"
              editor={{ ...editor, session: editor.session }}
              admittedOn={ctx.admittedOn}
              onSave={(v, against) => update(problem.id, against!, v)}
              onDone={(didSave) => didSave && flash()}
              data-testid="problem-form"
            />
          ) : (
            <>
              <Text size="lg" lh={1.45} style={{ fontStyle: 'italic' }} data-testid="problem-words">
                “{problem.clientWords}”
              </Text>
              {problem.strengths && (
                <Text size="sm">
                  <Text span c="dimmed" size="sm" fw={600}>
                    Strengths{' '}
                  </Text>
                  {problem.strengths}
                </Text>
              )}
            </>
          )}
        </Stack>
        <Stack gap="lg">
          {ids.length === 0 && (
            <Text size="sm" c={ctx.editable ? 'orange.8' : 'dimmed'}>
              No goal yet
              {ctx.editable ? ' — every problem needs one before the plan can be signed' : ''}
            </Text>
          )}
          {problem.goals.map((goal, i) => (
            <GoalCard
              key={goal.id}
              goal={goal}
              problemId={problem.id}
              number={i + 1}
              count={ids.length}
              onMove={(delta) => {
                const order = moveBy(ids, goal.id, delta);
                if (order) ctx.reorder(problem.id, 'GOAL', order);
              }}
            />
          ))}
          <AddElement kind="GOAL" parentId={problem.id} onSave={(v) => addGoal(problem.id, v)} />
        </Stack>
      </Stack>
    </Paper>
  );
}
