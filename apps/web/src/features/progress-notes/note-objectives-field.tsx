import { useQuery } from '@apollo/client/react';
import {
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { graphql } from '../../gql';
import { progressToSave, type NoteDraft } from './note-draft';

const NoteObjectivesQuery = graphql(`
  query NoteObjectives($episodeId: ID!) {
    episode(id: $episodeId) {
      id
      currentTreatmentPlan {
        id
        problems {
          id
          goals {
            id
            description
            objectives {
              id
              description
              measure
            }
          }
        }
      }
    }
  }
`);

interface Objective {
  id: string;
  description: string;
  measure?: string | null;
  goal: string;
}

/** The current plan's objectives, with their goal, in plan order. */
function useObjectives(episodeId: string) {
  const { data, loading, error } = useQuery(NoteObjectivesQuery, { variables: { episodeId } });
  const objectives: Objective[] =
    data?.episode.currentTreatmentPlan?.problems.flatMap((p) =>
      p.goals.flatMap((g) => g.objectives.map((o) => ({ ...o, goal: g.description }))),
    ) ?? [];
  return { objectives, loading, unavailable: !!error };
}

/**
 * The plan objectives addressed in the session, picked from the client's current plan, and for
 * each picked one the progress to record on the plan with this session (a rating 0–10, a note).
 */
export function NoteObjectivesField(props: {
  episodeId: string;
  draft: NoteDraft;
  onChange: (draft: NoteDraft) => void;
  errors: Record<string, string>;
  idPrefix: string;
}) {
  const { draft, onChange, errors } = props;
  const { objectives, loading, unavailable } = useObjectives(props.episodeId);
  if (loading) return <Skeleton height={60} radius="sm" />;
  if (unavailable || !objectives.length) {
    return (
      <Text size="sm" c="dimmed">
        {unavailable
          ? 'This client’s plan is not open to you: objectives cannot be linked from here.'
          : 'No plan objectives to link yet: write the client’s plan first.'}
      </Text>
    );
  }
  const entries = progressToSave(draft);
  const progressError = (objectiveId: string, field: string) => {
    const i = entries.findIndex((e) => e.objectiveId === objectiveId);
    return i < 0 ? undefined : errors[`progress.${i}.${field}`];
  };
  const setProgress = (id: string, change: Partial<NoteDraft['progress'][string]>) =>
    onChange({
      ...draft,
      progress: {
        ...draft.progress,
        [id]: { rating: '', note: '', ...draft.progress[id], ...change },
      },
    });

  return (
    <Checkbox.Group
      label="Plan objectives addressed"
      description="Pick those worked on in this session; record progress on any of them."
      value={draft.objectiveIds}
      onChange={(ids) => onChange({ ...draft, objectiveIds: ids })}
      error={errors.objectiveIds}
    >
      <Stack gap="xs" mt="xs">
        {objectives.map((o) => {
          const picked = draft.objectiveIds.includes(o.id);
          return (
            <Paper key={o.id} withBorder p="xs" radius="sm">
              <Checkbox
                value={o.id}
                label={o.description}
                description={`Goal: ${o.goal}${o.measure ? ` · ${o.measure}` : ''}`}
              />
              {picked && (
                <Group align="flex-start" gap="sm" mt="xs" pl={32} wrap="wrap">
                  <NumberInput
                    id={`${props.idPrefix}-rating-${o.id}`}
                    label="Progress (0–10)"
                    min={0}
                    max={10}
                    w={130}
                    allowDecimal={false}
                    value={draft.progress[o.id]?.rating ?? ''}
                    onChange={(v) => setProgress(o.id, { rating: String(v) })}
                    error={progressError(o.id, 'rating') ?? progressError(o.id, 'objectiveId')}
                  />
                  <TextInput
                    label="Progress note"
                    style={{ flex: '1 1 180px' }}
                    value={draft.progress[o.id]?.note ?? ''}
                    onChange={(e) => setProgress(o.id, { note: e.currentTarget.value })}
                    error={progressError(o.id, 'note')}
                  />
                </Group>
              )}
            </Paper>
          );
        })}
      </Stack>
    </Checkbox.Group>
  );
}

/** The objectives a signed note addressed, by their description. */
export function AddressedObjectives(props: { episodeId: string; objectiveIds: readonly string[] }) {
  const { objectives } = useObjectives(props.episodeId);
  if (!props.objectiveIds.length) return null;
  const named = objectives.filter((o) => props.objectiveIds.includes(o.id));
  return (
    <div>
      <Text size="sm" fw={600}>
        Plan objectives addressed
      </Text>
      {named.length ? (
        named.map((o) => (
          <Text key={o.id} size="sm">
            • {o.description}
          </Text>
        ))
      ) : (
        <Text size="sm" c="dimmed">
          {props.objectiveIds.length} objective(s) of an earlier plan version
        </Text>
      )}
    </div>
  );
}
