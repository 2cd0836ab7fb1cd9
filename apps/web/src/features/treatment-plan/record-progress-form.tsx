import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Slider,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { describeError } from '../../ui/error-message';
import type { FormDraft } from '../../ui/use-form-draft';
import { usePlanEditing } from './plan-context';
import {
  blankProgress,
  progressInput,
  validateProgress,
  type ProgressFormValues,
} from './progress';
import { useRecordGoalProgressMutation } from './use-record-progress-mutation';

export interface ObjectiveChoice {
  id: string;
  lineageId: string;
  description: string;
  measure?: string | null;
}

interface RecordProgressFormProps {
  goalId: string;
  objectives: readonly ObjectiveChoice[];
  startRating: number;
  draft: FormDraft<ProgressFormValues>;
  onDone: (saved: boolean) => void;
}

const marks = [0, 2, 4, 6, 8, 10].map((value) => ({ value, label: String(value) }));

/**
 * A progress entry: the date it was addressed (today unless changed), the goal as a whole or one
 * objective, a 0–10 rating and/or the objective's measure, and a note. Enter in the note saves.
 */
export function RecordProgressForm({
  goalId,
  objectives,
  startRating,
  draft,
  onDone,
}: RecordProgressFormProps) {
  const ctx = usePlanEditing();
  const record = useRecordGoalProgressMutation();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<ProgressFormValues>({
    mode: 'controlled',
    initialValues: draft.restored ?? blankProgress(ctx.today, startRating),
    validate: (values) =>
      validateProgress(values, { today: ctx.today, admittedOn: ctx.admittedOn }),
  });

  const { save: saveDraft, clear: clearDraft } = draft;
  const touched = form.isDirty();
  useEffect(() => {
    if (touched) saveDraft(form.values);
  }, [touched, form.values, saveDraft]);

  const finish = (saved: boolean) => {
    clearDraft();
    onDone(saved);
  };

  const submit = async (values: ProgressFormValues) => {
    setProblem(null);
    setSaving(true);
    const objective = objectives.find((o) => o.id === values.objectiveId);
    const result = await record({
      goalId,
      ...progressInput(values),
      objectiveLineageId: objective?.lineageId ?? null,
    });
    setSaving(false);
    switch (result.kind) {
      case 'saved':
        return finish(true);
      case 'invalid':
        if (Object.keys(result.fields).length) form.setErrors(result.fields);
        else setProblem('The entry was not accepted. Check it and try again.');
        return;
      case 'signed-out':
        return;
      case 'invalid-transition':
        return setProblem(
          'Progress is recorded on a draft or active plan only. The plan has been refreshed.',
        );
      case 'not-found':
        return setProblem('This goal is no longer in the plan. The plan has been refreshed.');
      case 'failed': {
        const d = describeError(result.error);
        return setProblem(`${d.title}. ${d.message} Your entry is still here.`);
      }
      default:
        return setProblem('You cannot record progress on this plan.');
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      if (!saving) finish(false);
    }
  };
  const chosen = objectives.find((o) => o.id === form.values.objectiveId);

  return (
    <Paper withBorder radius="md" p="md" bg="gray.0" data-testid="progress-form">
      <form
        noValidate
        onSubmit={form.onSubmit((v) => void submit(v))}
        onKeyDown={onKeyDown}
        aria-label="Record progress"
      >
        <Stack gap="sm">
          {draft.restored && (
            <Alert color="blue" variant="light" data-testid="draft-restored">
              Your unsaved entry was kept while you were signed out. Check it, then save or cancel.
            </Alert>
          )}
          {problem && (
            <Alert color="red" variant="light" role="alert">
              {problem}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              type="date"
              label="Addressed on"
              max={ctx.today}
              min={ctx.admittedOn ?? undefined}
              disabled={saving}
              data-testid="progress-date"
              {...form.getInputProps('recordedOn')}
            />
            <NativeSelect
              label="About"
              disabled={saving}
              data={[
                { value: '', label: 'The goal as a whole' },
                ...objectives.map((o, i) => ({
                  value: o.id,
                  label: `Objective ${i + 1}: ${o.description.length > 60 ? `${o.description.slice(0, 59)}…` : o.description}`,
                })),
              ]}
              data-testid="progress-objective"
              {...form.getInputProps('objectiveId')}
            />
          </SimpleGrid>
          <Group align="flex-start" gap="xl" wrap="wrap">
            <Stack gap={6} style={{ flex: '1 1 260px' }}>
              <Checkbox
                label="Rating, 0 (none) to 10 (goal met)"
                disabled={saving}
                data-testid="progress-use-rating"
                {...form.getInputProps('useRating', { type: 'checkbox' })}
              />
              <Slider
                min={0}
                max={10}
                step={1}
                marks={marks}
                label={(v) => `${v}/10`}
                disabled={!form.values.useRating || saving}
                thumbLabel="Rating from 0 to 10"
                data-testid="progress-rating"
                mb="md"
                {...form.getInputProps('rating')}
              />
              {form.errors.rating && (
                <Text size="xs" c="red">
                  {form.errors.rating}
                </Text>
              )}
            </Stack>
            <TextInput
              label="Measure value"
              description={
                chosen?.measure ? `Measure: ${chosen.measure}` : 'Optional: the objective’s measure'
              }
              inputMode="decimal"
              w={220}
              disabled={saving}
              data-testid="progress-measure"
              {...form.getInputProps('measureValue')}
            />
          </Group>
          <Textarea
            label="Note"
            autosize
            minRows={2}
            maxRows={6}
            placeholder="What happened, in a sentence or two"
            disabled={saving}
            data-testid="progress-note"
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
            {...form.getInputProps('note')}
          />
          <Group gap="sm" justify="space-between">
            <Group gap="sm">
              <Button type="submit" size="xs" loading={saving} data-testid="progress-save">
                Save entry
              </Button>
              <Button size="xs" variant="default" onClick={() => finish(false)} disabled={saving}>
                Cancel
              </Button>
              {saving && (
                <Text size="xs" c="dimmed" role="status">
                  Saving…
                </Text>
              )}
            </Group>
            <Text size="xs" c="dimmed">
              Enter saves · Shift+Enter new line · Esc cancels
            </Text>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
