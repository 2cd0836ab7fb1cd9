import { Paper, Stack, Text } from '@mantine/core';
import type { FragmentType } from '../../gql';
import { AddElement } from './add-element';
import { usePlanEditing } from './plan-context';
import { ProblemCard, type ProblemCardFragment } from './problem-card';
import { moveBy } from './reorder';
import { useAddProblemMutation } from './use-problem-mutations';

interface PlanContentProps {
  planId: string;
  problems: readonly ({ id: string } & FragmentType<typeof ProblemCardFragment>)[];
}

/** The plan's tree: problems → goals → objectives → interventions, and adding a problem. */
export function PlanContent({ planId, problems }: PlanContentProps) {
  const ctx = usePlanEditing();
  const addProblem = useAddProblemMutation();
  const ids = problems.map((p) => p.id);
  return (
    <Stack gap="md" data-testid="plan-content">
      {ids.length === 0 && (
        <Paper withBorder radius="md" p="xl" data-testid="plan-empty">
          <Text fw={600}>No problems yet</Text>
          <Text size="sm" c="dimmed" mt={4}>
            {ctx.editable
              ? 'Start with what brought the client here, in their own words. Each problem then gets goals, measurable objectives and the interventions that support them.'
              : 'This version has no content.'}
          </Text>
        </Paper>
      )}
      {problems.map((problem, i) => (
        <ProblemCard
          key={problem.id}
          problem={problem}
          planId={planId}
          number={i + 1}
          count={ids.length}
          onMove={(delta) => {
            const order = moveBy(ids, problem.id, delta);
            if (order) ctx.reorder(planId, 'PROBLEM', order);
          }}
        />
      ))}
      {ctx.editable && (
        <Paper withBorder radius="md" p="md" style={{ borderStyle: 'dashed' }}>
          <AddElement kind="PROBLEM" parentId={planId} onSave={(v) => addProblem(planId, v)} />
        </Paper>
      )}
    </Stack>
  );
}
