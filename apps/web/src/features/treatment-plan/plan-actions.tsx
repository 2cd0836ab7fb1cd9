import { Button, Menu, Popover, Stack, Text, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { describeError } from '../../ui/error-message';
import { ChevronIcon } from '../../ui/icons';
import { ClosePlanDialog } from './close-plan-dialog';
import { ReviewDialog } from './review-dialog';
import type { GapItem } from './signable';
import {
  useReturnPlanToDraftMutation,
  useSubmitPlanForSignatureMutation,
} from './use-plan-lifecycle-mutations';
import type { ReviewOutcome } from './use-review-mutations';

interface Allowed {
  allowed: boolean;
}

export interface PlanActionTarget {
  id: string;
  version: number;
  versionNumber: number;
  status: string;
  reviewStatus: string | null;
  /** Decided by the API (planCapabilities); shown as they are. */
  capabilities: {
    canSubmit: Allowed;
    canReturnToDraft: Allowed;
    canReview: Allowed;
    canClose: Allowed;
  };
}

interface PlanActionsProps {
  plan: PlanActionTarget;
  /** A revision being written beside this (active) version. */
  revision: { id: string; versionNumber: number } | null;
  /** The version in effect, when another one is shown. */
  inEffect: { id: string; versionNumber: number } | null;
  reviewIntervalDays: number;
  review: { opened: boolean; outcome: ReviewOutcome };
  onReview: (state: { opened: boolean; outcome: ReviewOutcome }) => void;
  onSubmitRefused: (items: GapItem[]) => void;
  onSubmitted: () => void;
  onOpenVersion: (id: string | null) => void;
}

/** What the API allows with the version shown: submit, return, review, abandon or close. */
export function PlanActions(props: PlanActionsProps) {
  const { plan, revision, inEffect } = props;
  const can = plan.capabilities;
  const submit = useSubmitPlanForSignatureMutation();
  const returnToDraft = useReturnPlanToDraftMutation();
  const [busy, setBusy] = useState(false);
  const [abandoning, setAbandoning] = useState(false);
  const [confirmReturn, setConfirmReturn] = useState(false);

  const failed = (title: string, result: { kind: string; error?: unknown; message?: string }) =>
    notifications.show({
      color: 'red',
      title,
      message:
        result.kind === 'failed'
          ? describeError(result.error).message
          : result.kind === 'forbidden'
            ? (result.message ?? 'You cannot change this plan.')
            : 'The plan changed meanwhile and has been refreshed. Check it and try again.',
    });

  const doSubmit = async () => {
    setBusy(true);
    const result = await submit(plan);
    setBusy(false);
    if (result.kind === 'saved') {
      notifications.show({
        color: 'teal',
        title: 'Submitted for signature',
        message: 'Its content is now frozen for signing.',
      });
      props.onSubmitted();
    } else if (result.kind === 'invalid-transition' && result.missing.length > 0) {
      props.onSubmitRefused(result.missing);
    } else if (result.kind !== 'signed-out') {
      failed('Not submitted', result);
    }
  };

  const doReturn = async () => {
    setBusy(true);
    const result = await returnToDraft(plan);
    setBusy(false);
    setConfirmReturn(false);
    if (result.kind === 'saved') {
      notifications.show({
        color: 'gray',
        message: 'Returned to draft. Signatures given so far no longer count.',
      });
    } else if (result.kind !== 'signed-out') {
      failed('Not returned to draft', result);
    }
  };

  const openEffective = inEffect && inEffect.id !== plan.id && (
    <Button variant="default" size="sm" onClick={() => props.onOpenVersion(inEffect.id)}>
      Go to version {inEffect.versionNumber} (in effect)
    </Button>
  );

  const abandonMenu = can.canClose.allowed && (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          size="sm"
          rightSection={<ChevronIcon size={14} />}
          aria-label="More actions"
        >
          More
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item color="red" onClick={() => setAbandoning(true)}>
          {plan.status === 'ACTIVE' ? 'Close this plan…' : 'Abandon this version…'}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );

  const dialogs = (
    <>
      <ClosePlanDialog
        opened={abandoning}
        onClose={() => setAbandoning(false)}
        plan={plan}
        onClosed={() => props.onOpenVersion(null)}
      />
      <ReviewDialog
        key={`${props.review.outcome}-${String(props.review.opened)}`}
        opened={props.review.opened}
        onClose={() => props.onReview({ ...props.review, opened: false })}
        plan={plan}
        initialOutcome={props.review.outcome}
        reviewIntervalDays={props.reviewIntervalDays}
        onRevised={(id) => props.onOpenVersion(id)}
      />
    </>
  );

  const anything =
    can.canSubmit.allowed ||
    can.canReturnToDraft.allowed ||
    can.canReview.allowed ||
    can.canClose.allowed ||
    (plan.status === 'ACTIVE' && revision !== null);
  if (!anything) return openEffective || null;

  return (
    <>
      {plan.status !== 'ACTIVE' && openEffective}
      {can.canSubmit.allowed && (
        <Button
          size="sm"
          loading={busy}
          onClick={() => void doSubmit()}
          data-testid="submit-for-signature"
        >
          Submit for signature
        </Button>
      )}
      {can.canReturnToDraft.allowed && (
        <Popover
          opened={confirmReturn}
          onChange={setConfirmReturn}
          position="bottom-end"
          withArrow
          trapFocus
        >
          <Popover.Target>
            <Button
              variant="default"
              size="sm"
              onClick={() => setConfirmReturn((o) => !o)}
              data-testid="return-to-draft"
            >
              Return to draft
            </Button>
          </Popover.Target>
          <Popover.Dropdown maw={300}>
            <Stack gap="xs">
              <Text size="sm">
                Signatures given so far will no longer count; the plan is signed again after the
                changes.
              </Text>
              <Group gap="xs">
                <Button size="xs" loading={busy} onClick={() => void doReturn()}>
                  Return to draft
                </Button>
                <Button size="xs" variant="default" onClick={() => setConfirmReturn(false)}>
                  Cancel
                </Button>
              </Group>
            </Stack>
          </Popover.Dropdown>
        </Popover>
      )}
      {plan.status === 'ACTIVE' && revision ? (
        <Button
          size="sm"
          variant="light"
          onClick={() => props.onOpenVersion(revision.id)}
          data-testid="open-revision"
        >
          Open version {revision.versionNumber} (being revised)
        </Button>
      ) : (
        can.canReview.allowed && (
          <Button
            size="sm"
            variant={plan.reviewStatus && plan.reviewStatus !== 'NOT_DUE' ? 'filled' : 'light'}
            onClick={() => props.onReview({ opened: true, outcome: 'CONTINUED' })}
            data-testid="review-plan"
          >
            Review plan
          </Button>
        )
      )}
      {abandonMenu}
      {dialogs}
    </>
  );
}
