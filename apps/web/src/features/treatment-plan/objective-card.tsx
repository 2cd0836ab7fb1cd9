import { Box, Group, Stack, Text } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatLocalDate } from '../../ui/dates';
import { AddElement } from './add-element';
import { valuesOf } from './element-specs';
import { InterventionRow } from './intervention-row';
import { usePlanEditing } from './plan-context';
import { elementName } from './plan-labels';
import { moveBy } from './reorder';
import { elementAnchor } from './signable';
import { useStatusControls } from './status-controls';
import { StatusHistory } from './status-history';
import { TrackedElement } from './tracked-element';
import { useEditFocus } from './use-edit-focus';
import { useInlineEditor } from './use-inline-editor';
import { useAddInterventionMutation } from './use-intervention-mutations';
import { useRemoveObjectiveMutation, useUpdateObjectiveMutation } from './use-objective-mutations';

export const ObjectiveCardFragment = graphql(`
  fragment ObjectiveCard_objective on PlanObjective {
    id
    version
    lineageId
    position
    description
    measure
    targetDate
    lifecycleStatus
    achievementStatus
    updatedAt
    statusHistory {
      id
      ...StatusHistory_change
    }
    interventions {
      id
      version
      lineageId
      position
      modality
      description
      frequency
      updatedAt
      responsibleStaff {
        id
        displayName
      }
    }
  }
`);

interface ObjectiveCardProps {
  objective: FragmentType<typeof ObjectiveCardFragment>;
  goalId: string;
  number: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
}

function Missing({ children }: { children: string }) {
  return (
    <Text span size="sm" c="orange.8" fw={500}>
      {children}
    </Text>
  );
}

/** A measurable objective: what, how it is measured, by when, its statuses and interventions. */
export function ObjectiveCard({ goalId, number, count, onMove, ...props }: ObjectiveCardProps) {
  const objective = getFragmentData(ObjectiveCardFragment, props.objective);
  const ctx = usePlanEditing();
  const editor = useInlineEditor('OBJECTIVE', `objective-edit:${objective.id}`, ctx.editable);
  const update = useUpdateObjectiveMutation();
  const remove = useRemoveObjectiveMutation();
  const addIntervention = useAddInterventionMutation();
  const values = valuesOf('OBJECTIVE', objective);
  const openAt = (field?: string) =>
    editor.open({
      baseVersion: objective.version,
      base: values,
      initial: values,
      focusField: field,
    });
  useEditFocus(objective.id, openAt);
  const ids = objective.interventions.map((i) => i.id);
  const name = elementName('objective', number, objective.description);
  const status = useStatusControls({
    kind: 'OBJECTIVE',
    item: objective,
    name,
    tracking: ctx.tracking,
  });

  return (
    <Box
      id={elementAnchor(objective.id)}
      p="sm"
      bg="gray.0"
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
      data-testid="objective-card"
    >
      <TrackedElement
        kind="OBJECTIVE"
        title="Objective"
        number={number}
        summary={objective.description}
        count={count}
        onMove={onMove}
        gap={6}
        status={status}
        history={<StatusHistory changes={objective.statusHistory} name={name} />}
        editor={editor}
        onEdit={() => openAt()}
        onRemove={() => remove(goalId, objective)}
        removeWarning={
          ids.length
            ? `Its ${ids.length === 1 ? 'intervention goes' : `${ids.length} interventions go`} too.`
            : null
        }
        onSave={(v, against) => update(objective.id, against, v)}
        display={
          <>
            <Text size="sm" fw={500}>
              {objective.description}
            </Text>
            <Group gap="lg" style={{ rowGap: 2 }}>
              <Text size="sm">
                <Text span c="dimmed" size="sm">
                  Measure{' '}
                </Text>
                {objective.measure ?? <Missing>not set — needed to sign</Missing>}
              </Text>
              <Text size="sm">
                <Text span c="dimmed" size="sm">
                  Target{' '}
                </Text>
                {objective.targetDate ? (
                  formatLocalDate(objective.targetDate)
                ) : (
                  <Missing>no date — needed to sign</Missing>
                )}
              </Text>
            </Group>
          </>
        }
      >
        <Stack
          gap={6}
          pl="sm"
          mt={2}
          style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }}
        >
          <Text size="xs" c="dimmed" fw={600}>
            Interventions
          </Text>
          {ids.length === 0 && (
            <Text size="sm" c={ctx.editable ? 'orange.8' : 'dimmed'}>
              None yet{ctx.editable ? ' — at least one is needed to sign' : ''}
            </Text>
          )}
          {objective.interventions.map((intervention, i) => (
            <InterventionRow
              key={intervention.id}
              intervention={intervention}
              objectiveId={objective.id}
              number={i + 1}
              count={ids.length}
              onMove={(delta) => {
                const order = moveBy(ids, intervention.id, delta);
                if (order) ctx.reorder(objective.id, 'INTERVENTION', order);
              }}
            />
          ))}
          <AddElement
            kind="INTERVENTION"
            parentId={objective.id}
            onSave={(v) => addIntervention(objective.id, v)}
          />
        </Stack>
      </TrackedElement>
    </Box>
  );
}
