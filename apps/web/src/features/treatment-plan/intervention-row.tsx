import { Group, Stack, Text } from '@mantine/core';
import type { ObjectiveCard_ObjectiveFragment } from '../../gql/graphql';
import { ElementForm } from './element-form';
import { ElementToolbar } from './element-toolbar';
import { valuesOf } from './element-specs';
import { usePlanEditing } from './plan-context';
import { interventionModalityLabel } from './plan-labels';
import { SavedNote } from './saved-note';
import { elementAnchor } from './signable';
import { useInlineEditor } from './use-inline-editor';
import {
  useRemoveInterventionMutation,
  useUpdateInterventionMutation,
} from './use-intervention-mutations';
import { usePlanStaff } from './use-plan-staff';
import { useSavedFlash } from './use-saved-flash';

/** An intervention as the objective's card selects it (inline, see TreatmentPlanViewQuery). */
export type InterventionData = ObjectiveCard_ObjectiveFragment['interventions'][number];

interface InterventionRowProps {
  intervention: InterventionData;
  objectiveId: string;
  number: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
}

/** What staff will do: modality, how often, who — one line, with details beneath if any. */
export function InterventionRow({
  intervention,
  objectiveId,
  number,
  count,
  onMove,
}: InterventionRowProps) {
  const ctx = usePlanEditing();
  const editor = useInlineEditor(
    'INTERVENTION',
    `intervention-edit:${intervention.id}`,
    ctx.editable,
  );
  const { staff, loading } = usePlanStaff(
    ctx.programId,
    !editor.session,
    intervention.responsibleStaff,
  );
  const update = useUpdateInterventionMutation();
  const remove = useRemoveInterventionMutation();
  const [saved, flash] = useSavedFlash();

  if (editor.session) {
    return (
      <ElementForm
        kind="INTERVENTION"
        editor={{ ...editor, session: editor.session }}
        admittedOn={ctx.admittedOn}
        onSave={(values, against) => update(intervention.id, against!, values)}
        onDone={(didSave) => didSave && flash()}
        staff={staff}
        staffLoading={loading}
        data-testid="intervention-form"
      />
    );
  }
  return (
    <Group
      id={elementAnchor(intervention.id)}
      gap="sm"
      wrap="nowrap"
      align="flex-start"
      justify="space-between"
      data-testid="intervention-row"
    >
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="sm">
          <Text span fw={600}>
            {interventionModalityLabel(intervention.modality)}
          </Text>
          <Text span c="dimmed">
            {' '}
            ·{' '}
          </Text>
          {intervention.frequency}
          <Text span c="dimmed">
            {' '}
            ·{' '}
          </Text>
          {intervention.responsibleStaff ? (
            intervention.responsibleStaff.displayName
          ) : (
            <Text span c="dimmed">
              no one assigned
            </Text>
          )}
        </Text>
        {intervention.description && (
          <Text size="xs" c="dimmed">
            {intervention.description}
          </Text>
        )}
      </Stack>
      <Group gap="xs" wrap="nowrap">
        <SavedNote visible={saved} />
        {ctx.editable && (
          <ElementToolbar
            kind="INTERVENTION"
            number={number}
            summary={interventionModalityLabel(intervention.modality)}
            canMoveUp={number > 1}
            canMoveDown={number < count}
            onMove={onMove}
            onEdit={() => {
              const values = valuesOf('INTERVENTION', intervention);
              editor.open({ baseVersion: intervention.version, base: values, initial: values });
            }}
            onRemove={() => remove(objectiveId, intervention)}
          />
        )}
      </Group>
    </Group>
  );
}
