import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { amendReasonSchema } from '@waypoint/domain';
import { useState } from 'react';
import { describeError } from '../../ui/error-message';
import { usePlanEditing } from './plan-context';
import { validateProgress, type ProgressFormValues } from './progress';
import { useProgressAmendmentMutations } from './use-progress-amendment-mutations';

interface AmendedEntry {
  id: string;
  recordedOn: string;
  rating?: number | null;
  measureValue?: number | null;
  note?: string | null;
}

interface AmendProgressFormProps {
  entry: AmendedEntry;
  /** CORRECT: a new entry takes its place; VOID: it stops counting. Either way it stays listed. */
  mode: 'CORRECT' | 'VOID';
  onDone: () => void;
}

/** Correcting or voiding one progress entry: the values (to correct) and always the reason. */
export function AmendProgressForm({ entry, mode, onDone }: AmendProgressFormProps) {
  const ctx = usePlanEditing();
  const amend = useProgressAmendmentMutations();
  const [rating, setRating] = useState<number | string>(entry.rating ?? '');
  const [measure, setMeasure] = useState(
    entry.measureValue == null ? '' : String(entry.measureValue),
  );
  const [note, setNote] = useState(entry.note ?? '');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    setProblem(null);
    const found: Record<string, string> = {};
    const why = amendReasonSchema.safeParse(reason);
    if (!why.success) found.reason = why.error.issues[0]!.message;
    const values: ProgressFormValues = {
      recordedOn: entry.recordedOn,
      objectiveId: '',
      useRating: rating !== '',
      rating: typeof rating === 'number' ? rating : 0,
      measureValue: measure,
      note,
    };
    if (mode === 'CORRECT') {
      Object.assign(
        found,
        validateProgress(values, { today: ctx.today, admittedOn: ctx.admittedOn }),
      );
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    const result =
      mode === 'VOID'
        ? await amend.void(entry.id, reason)
        : await amend.correct({
            progressId: entry.id,
            recordedOn: entry.recordedOn,
            rating: values.useRating ? values.rating : null,
            measureValue: measure.trim() ? Number(measure.trim().replace(',', '.')) : null,
            note: note.trim() || null,
            reason,
          });
    setSaving(false);
    if (result.kind === 'saved') return onDone();
    if (result.kind === 'invalid') return setErrors(result.fields);
    if (result.kind === 'signed-out') return;
    setProblem(
      result.kind === 'failed'
        ? describeError(result.error).message
        : 'message' in result
          ? result.message
          : 'The entry was not changed.',
    );
  };

  return (
    <Paper withBorder radius="sm" p="sm" data-testid={`amend-progress-${mode.toLowerCase()}`}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="xs">
          {problem && (
            <Alert color="red" variant="light" role="alert">
              {problem}
            </Alert>
          )}
          {mode === 'CORRECT' && (
            <Group gap="sm" align="flex-start" wrap="wrap">
              <NumberInput
                size="xs"
                w={120}
                label="Rating (0–10)"
                min={0}
                max={10}
                value={rating}
                onChange={setRating}
                error={errors.rating}
                data-testid="amend-rating"
              />
              <TextInput
                size="xs"
                w={140}
                label="Measure value"
                value={measure}
                onChange={(e) => setMeasure(e.currentTarget.value)}
                error={errors.measureValue}
              />
              <TextInput
                size="xs"
                style={{ flex: 1, minWidth: 180 }}
                label="Note"
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
                error={errors.note}
              />
            </Group>
          )}
          <Textarea
            size="xs"
            label={mode === 'VOID' ? 'Why is this entry voided?' : 'Why is it corrected?'}
            autosize
            minRows={1}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
            data-testid="amend-reason"
          />
          <Group gap="xs">
            <Button
              type="submit"
              size="xs"
              color={mode === 'VOID' ? 'red' : undefined}
              loading={saving}
              data-testid="amend-save"
            >
              {mode === 'VOID' ? 'Void entry' : 'Save correction'}
            </Button>
            <Button size="xs" variant="default" onClick={onDone}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
