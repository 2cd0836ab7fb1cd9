import { Alert, Badge, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { INTAKE_SUMMARY_FIELDS } from '@waypoint/domain';
import type { FormDraft } from '../../ui/use-form-draft';
import {
  answerErrors,
  bpsAnswers,
  OWN_WORDS_FIELDS,
  type BpsKey,
  type BpsValues,
} from './assessment-forms';
import { useKeepDraft, useSaveAssessment, type EditSession } from './use-assessment-editor';

const hints: Record<BpsKey, string> = {
  presentingProblems: 'What brings the client to the program now, as intake understands it.',
  substanceUseHistory:
    'Substances, pattern and length of use, past treatment and periods of recovery.',
  strengths: 'Quote the client: what they are good at, who and what supports them.',
  problemAreas: 'Quote the client: what they find hardest, as they put it.',
};

interface BpsSummaryFormProps {
  episodeId: string;
  session: EditSession<BpsValues>;
  draft: FormDraft<BpsValues>;
  onClose: () => void;
}

export function BpsSummaryForm({ episodeId, session, draft, onClose }: BpsSummaryFormProps) {
  const form = useForm<BpsValues>({
    mode: 'controlled',
    initialValues: session.initial,
    // The domain's check of the answers, the same one the API runs.
    validate: (values) => answerErrors('INTAKE_BPS', bpsAnswers(values)),
  });
  useKeepDraft(form.values, draft);
  const close = () => {
    draft.clear();
    onClose();
  };
  const { save, saving, problem } = useSaveAssessment(episodeId, 'INTAKE_BPS', draft, onClose);

  return (
    <form
      onSubmit={form.onSubmit((values) => void save(bpsAnswers(values), form.setErrors))}
      noValidate
      data-testid="bps-form"
    >
      <Stack gap="md">
        {session.restored && (
          <Alert color="blue" variant="light" title="Your unsaved summary was kept">
            You were signed out before saving. Review it and save, or cancel to discard it.
          </Alert>
        )}
        {problem && (
          <Alert color="red" variant="light" role="alert" title={problem.title}>
            {problem.message}
          </Alert>
        )}
        {INTAKE_SUMMARY_FIELDS.map((f, i) => (
          <Textarea
            key={f.key}
            label={
              OWN_WORDS_FIELDS.has(f.key) ? (
                <>
                  {f.label}{' '}
                  <Badge size="xs" variant="light" color="teal" tt="none" component="span" ml={4}>
                    Client’s own words
                  </Badge>
                </>
              ) : (
                f.label
              )
            }
            description={hints[f.key]}
            withAsterisk
            autosize
            minRows={3}
            maxRows={12}
            maxLength={4000}
            disabled={saving}
            autoFocus={i === 0}
            data-testid={`bps-${f.key}`}
            {...form.getInputProps(f.key)}
          />
        ))}
        <Group gap="sm">
          <Button type="submit" loading={saving} data-testid="bps-save">
            Save summary
          </Button>
          <Button variant="default" onClick={close} disabled={saving}>
            Cancel
          </Button>
          <Text size="xs" c="dimmed">
            Saved as a new version; earlier versions stay on record.
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
