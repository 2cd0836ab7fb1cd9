import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { describeError } from '../../ui/error-message';
import { useReviewPlanMutation, type ReviewOutcome } from './use-review-mutations';

interface ReviewDialogProps {
  opened: boolean;
  onClose: () => void;
  plan: { id: string; version: number; versionNumber: number };
  initialOutcome: ReviewOutcome;
  reviewIntervalDays: number;
  /** A revision was started: open it. */
  onRevised: (revisionId: string) => void;
}

/**
 * The review of the plan in effect: continue it (the review is recorded and the clock restarts)
 * or revise it (the next version is created as a draft with the same content, to edit).
 */
export function ReviewDialog({
  opened,
  onClose,
  plan,
  initialOutcome,
  reviewIntervalDays,
  onRevised,
}: ReviewDialogProps) {
  const review = useReviewPlanMutation();
  const [outcome, setOutcome] = useState<ReviewOutcome>(initialOutcome);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    setProblem(null);
    if (!note.trim()) {
      setError('Say what was reviewed with the client and why');
      return;
    }
    if (note.trim().length > 4000) {
      setError('Use at most 4000 characters');
      return;
    }
    setSaving(true);
    const result = await review(plan, outcome, note);
    setSaving(false);
    switch (result.kind) {
      case 'saved':
        setNote('');
        onClose();
        if (outcome === 'REVISED' && result.data.revisionId) {
          notifications.show({
            color: 'teal',
            title: `Version ${plan.versionNumber + 1} started`,
            message: 'Edit the draft, then submit it for signature.',
          });
          onRevised(result.data.revisionId);
        } else {
          notifications.show({
            color: 'teal',
            title: 'Review recorded',
            message: `The next review is due in ${reviewIntervalDays} days.`,
          });
        }
        return;
      case 'invalid':
        setError(result.fields.note ?? 'Check the note and try again');
        return;
      case 'conflict':
        setProblem(
          outcome === 'REVISED'
            ? 'A revision of this plan is already being written. The plan has been refreshed: open the revision from the banner or the history.'
            : 'The plan changed meanwhile. It has been refreshed; check it and review again.',
        );
        return;
      case 'invalid-transition':
        setProblem(`${result.message}.`);
        return;
      case 'signed-out':
        return;
      case 'failed': {
        const d = describeError(result.error);
        setProblem(`${d.title}. ${d.message}`);
        return;
      }
      default:
        setProblem('The review was not recorded.');
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={`Review version ${plan.versionNumber}`}
      size="lg"
      centered
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md" data-testid="review-dialog">
          {problem && (
            <Alert color="red" variant="light" role="alert">
              {problem}
            </Alert>
          )}
          <Radio.Group
            value={outcome}
            onChange={(v) => setOutcome(v)}
            label="Outcome of the review"
          >
            <Stack gap="sm" mt="xs">
              <Radio
                value="CONTINUED"
                data-testid="review-continue"
                label="Continue the plan"
                description={`Nothing in it needs to change. The review is recorded and the next one is due in ${reviewIntervalDays} days.`}
              />
              <Radio
                value="REVISED"
                data-testid="review-revise"
                label="Revise the plan"
                description={`Something needs to change. Version ${plan.versionNumber + 1} is created as a draft with the same content for you to edit; this version stays in effect until the new one is signed. Signed content itself is never edited.`}
              />
            </Stack>
          </Radio.Group>
          <Textarea
            label="Review note"
            description="What was reviewed with the client, and why this outcome"
            autosize
            minRows={3}
            maxRows={10}
            value={note}
            onChange={(e) => {
              setNote(e.currentTarget.value);
              setError(null);
            }}
            error={error}
            disabled={saving}
            data-autofocus
            data-testid="review-note"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={saving}>
              Cancel
            </Button>
            <Button type="submit" loading={saving} data-testid="review-submit">
              {outcome === 'CONTINUED'
                ? 'Continue plan'
                : `Start version ${plan.versionNumber + 1}`}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            Reviews are part of the record and cannot be undone.
          </Text>
        </Stack>
      </form>
    </Modal>
  );
}
