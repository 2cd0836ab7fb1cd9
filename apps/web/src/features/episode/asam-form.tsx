import {
  Alert,
  Button,
  Divider,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { ASAM_DIMENSIONS, ASAM_LEVELS, asamLevelLabel } from '@waypoint/domain';
import { Fragment, useState } from 'react';
import type { FormDraft } from '../../ui/use-form-draft';
import {
  answerErrors,
  ASAM_DIMENSION_HINTS,
  ASAM_RATINGS,
  asamAnswers,
  asamRating,
  noteKey,
  type AsamKey,
  type AsamValues,
} from './assessment-forms';
import { useKeepDraft, useSaveAssessment, type EditSession } from './use-assessment-editor';

const ratingOptions = ASAM_RATINGS.map((r) => ({
  value: String(r.value),
  label: (
    <Stack gap={0} align="center">
      <Text fw={700} size="sm" lh={1.3}>
        {r.value}
      </Text>
      <Text size="xs" lh={1.2}>
        {r.label}
      </Text>
    </Stack>
  ),
}));

interface AsamFormProps {
  episodeId: string;
  session: EditSession<AsamValues>;
  draft: FormDraft<AsamValues>;
  onClose: () => void;
}

export function AsamForm({ episodeId, session, draft, onClose }: AsamFormProps) {
  const form = useForm<AsamValues>({
    mode: 'controlled',
    initialValues: session.initial,
    // The domain's check of the answers, the same one the API runs.
    validate: (values) => answerErrors('ASAM', asamAnswers(values)),
  });
  useKeepDraft(form.values, draft);
  const [notesOpen, setNotesOpen] = useState<ReadonlySet<AsamKey>>(
    () => new Set(ASAM_DIMENSIONS.filter((d) => session.initial[noteKey(d.key)]).map((d) => d.key)),
  );
  const close = () => {
    draft.clear();
    onClose();
  };
  const { save, saving, problem } = useSaveAssessment(episodeId, 'ASAM', draft, onClose);

  return (
    <form
      onSubmit={form.onSubmit((values) => void save(asamAnswers(values), form.setErrors))}
      noValidate
      data-testid="asam-form"
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Rate the risk in each dimension from 0 (none) to 4 (severe), from what the client told you
          and what you observed.
        </Text>
        {session.restored && (
          <Alert color="blue" variant="light" title="Your unsaved ratings were kept">
            You were signed out before saving. Review them and save, or cancel to discard them.
          </Alert>
        )}
        {problem && (
          <Alert color="red" variant="light" role="alert" title={problem.title}>
            {problem.message}
          </Alert>
        )}
        {ASAM_DIMENSIONS.map((d, i) => {
          const chosen = asamRating(form.values[d.key] === '' ? null : Number(form.values[d.key]));
          const error = form.errors[d.key];
          const note = noteKey(d.key);
          return (
            <Fragment key={d.key}>
              {i > 0 && <Divider />}
              <Stack gap={6} role="group" aria-labelledby={`asam-${d.key}-label`}>
                <div>
                  <Text size="sm" fw={600} id={`asam-${d.key}-label`}>
                    D{i + 1} · {d.label}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {ASAM_DIMENSION_HINTS[d.key]}
                  </Text>
                </div>
                <SegmentedControl
                  fullWidth
                  data={ratingOptions}
                  value={form.values[d.key]}
                  onChange={(value) => form.setFieldValue(d.key, value)}
                  color={chosen?.color ?? 'gray'}
                  disabled={saving}
                  data-testid={`asam-${d.key}`}
                />
                <Group justify="space-between" gap="xs" wrap="nowrap" mih={22}>
                  <Text size="xs" c={error ? 'red' : 'dimmed'} role={error ? 'alert' : undefined}>
                    {error ?? (chosen ? `${chosen.label}: ${chosen.description}` : 'Not rated yet')}
                  </Text>
                  {!notesOpen.has(d.key) && (
                    <Button
                      variant="subtle"
                      size="compact-xs"
                      onClick={() => setNotesOpen((s) => new Set(s).add(d.key))}
                    >
                      Add a note
                    </Button>
                  )}
                </Group>
                {notesOpen.has(d.key) && (
                  <Textarea
                    aria-label={`Note on D${i + 1}`}
                    placeholder="Optional: what this rating rests on"
                    autosize
                    minRows={1}
                    maxRows={6}
                    maxLength={4000}
                    disabled={saving}
                    data-testid={`asam-${note}`}
                    {...form.getInputProps(note)}
                  />
                )}
              </Stack>
            </Fragment>
          );
        })}
        <Divider />
        <Select
          label="Recommended level of care"
          description="From the six dimensions: the level this client needs. It becomes the episode's first level of care on admission."
          placeholder="Choose a level"
          data={ASAM_LEVELS.map((l) => ({ value: l.level, label: asamLevelLabel(l.level) }))}
          withAsterisk
          allowDeselect={false}
          disabled={saving}
          comboboxProps={{ withinPortal: true }}
          data-testid="asam-recommendedLevel"
          {...form.getInputProps('recommendedLevel')}
        />
        <Group gap="sm">
          <Button type="submit" loading={saving} data-testid="asam-save">
            Save ratings
          </Button>
          <Button variant="default" onClick={close} disabled={saving}>
            Cancel
          </Button>
          <Text size="xs" c="dimmed">
            Saved as a new rating; earlier ones stay on record.
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
