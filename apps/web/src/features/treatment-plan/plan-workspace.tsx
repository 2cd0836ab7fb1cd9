import { Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { localDate } from '@waypoint/domain';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type {
  PlanVersionsQuery as PlanVersionsData,
  TreatmentPlanViewQuery,
} from '../../gql/graphql';
import { todayIn } from '../dashboard/review-due';
import { PlanActions } from './plan-actions';
import { PlanContent } from './plan-content';
import { PlanEditingContext, type FocusRequest, type PlanEditing } from './plan-context';
import { PlanHeader } from './plan-header';
import { PlanHistory } from './plan-history';
import { PlanNotice } from './plan-notice';
import { revisionInProgress, versionInEffect } from './plan-versions';
import { ReadinessPanel } from './readiness-panel';
import { TreatmentPlanViewQuery as PlanViewDocument } from './plan-queries';
import { toLeanPlan } from './reorder';
import type { ClockReading } from './review-clock';
import { gapTarget, liveGaps, type GapItem } from './signable';
import { SigningPanel } from './signing-panel';
import { useReorderPlanElementsMutation } from './use-reorder-mutation';
import type { ReviewOutcome } from './use-review-mutations';

export type PlanView = 'plan' | 'history';

interface PlanWorkspaceProps {
  plan: TreatmentPlanViewQuery['treatmentPlan'];
  clientName: string;
  episode: {
    admittedAt?: string | null;
    program: {
      id: string;
      name: string;
      timeZone: string;
      planReviewIntervalDays: number;
      requiresSupervisorSignature: boolean;
    };
    initialPlanDue?: ClockReading | null;
  };
  versions: PlanVersionsData['episodeTreatmentPlans'];
  view: PlanView;
  onView: (view: PlanView) => void;
  onOpenVersion: (id: string | null) => void;
}

/** One version of the plan: its header and actions, signatures, the tree, and the history. */
export function PlanWorkspace({
  plan,
  clientName,
  episode,
  versions,
  view,
  onView,
  onOpenVersion,
}: PlanWorkspaceProps) {
  const { program } = episode;
  const today = todayIn(program.timeZone);
  const admittedOn = episode.admittedAt ? localDate(episode.admittedAt, program.timeZone) : null;
  // What may be done is decided by the API (planCapabilities) and only shown here.
  const can = plan.capabilities;
  const editable = can.canEdit.allowed;
  const tracking = can.canSetStatus.allowed;
  const recording = can.canRecordProgress.allowed;
  const amending = can.canAmendProgress.allowed;

  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [refused, setRefused] = useState(false);
  const [review, setReview] = useState<{ opened: boolean; outcome: ReviewOutcome }>({
    opened: false,
    outcome: 'CONTINUED',
  });

  const reorderMutation = useReorderPlanElementsMutation();
  // The order as shown now, read when a move is made (so the callback itself stays the same).
  const lean = useRef(toLeanPlan(plan));
  lean.current = toLeanPlan(plan);
  const reorder = useCallback(
    (parentId: string, kind: Parameters<PlanEditing['reorder']>[1], orderedIds: string[]) => {
      void reorderMutation(lean.current, parentId, kind, orderedIds).then((result) => {
        if (result.kind === 'saved' || result.kind === 'signed-out') return;
        notifications.show({
          color: 'yellow',
          title: 'Not moved',
          message:
            result.kind === 'conflict'
              ? 'The list changed meanwhile (someone added or removed an item). It has been refreshed; move it again if needed.'
              : 'The plan changed meanwhile and has been refreshed.',
        });
      });
    },
    [reorderMutation],
  );

  const context = useMemo<PlanEditing>(
    () => ({
      planId: plan.id,
      status: plan.status,
      editable,
      tracking,
      recording,
      amending,
      admittedOn,
      today,
      timeZone: program.timeZone,
      programId: program.id,
      reorder,
      focus,
      requestFocus: (target) => setFocus({ ...target, nonce: Date.now() }),
    }),
    [
      plan.id,
      plan.status,
      editable,
      tracking,
      recording,
      amending,
      admittedOn,
      today,
      program.timeZone,
      program.id,
      reorder,
      focus,
    ],
  );

  // Rule 4 runs here live as the draft changes; whether a revision changed anything at all is
  // the API's answer (it compares with the version in effect).
  const unchanged = plan.signable.missing.filter((m) => m.code === 'NO_CHANGE');
  const gaps = [...liveGaps(plan), ...unchanged];
  useAskAgainWhenEdited(plan.problems, unchanged.length > 0);
  const revision = revisionInProgress(versions, plan);
  const effective = versionInEffect(versions);
  const inEffect = effective && effective.id !== plan.id ? effective : null;
  const goTo = (item: GapItem) => {
    const target = gapTarget(item.path, plan);
    if (!target) return;
    onView('plan');
    context.requestFocus(target);
  };

  return (
    <PlanEditingContext.Provider value={context}>
      <Stack gap="md" id="plan-review" data-testid="plan-workspace">
        <PlanHeader
          plan={plan}
          clientName={clientName}
          programName={program.name}
          timeZone={program.timeZone}
          today={today}
          initialPlanDue={episode.initialPlanDue ?? null}
          inEffectVersion={inEffect?.versionNumber ?? null}
          actions={
            <PlanActions
              plan={{ ...plan, reviewStatus: plan.reviewClock?.status ?? null }}
              revision={revision}
              inEffect={inEffect}
              reviewIntervalDays={program.planReviewIntervalDays}
              review={review}
              onReview={setReview}
              onSubmitRefused={(items) => {
                onView('plan');
                setRefused(true);
                // The same rule runs here, so this is rare: say what the API found all the same.
                if (gaps.length === 0) {
                  notifications.show({
                    color: 'red',
                    title: 'Not submitted',
                    message: items.map((i) => i.message).join('; '),
                  });
                }
              }}
              onSubmitted={() => setRefused(false)}
              onOpenVersion={onOpenVersion}
            />
          }
        />
        <Tabs
          value={view}
          onChange={(v) => onView(v === 'history' ? 'history' : 'plan')}
          keepMounted={false}
        >
          <Tabs.List>
            <Tabs.Tab value="plan" data-testid="plan-tab-plan">
              Plan
            </Tabs.Tab>
            <Tabs.Tab value="history" data-testid="plan-tab-history">
              History
              <Text span size="xs" c="dimmed" ml={6}>
                {versions.length === 1 ? '1 version' : `${versions.length} versions`}
              </Text>
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="plan" pt="md">
            <Stack gap="md" id="plan-content">
              <SigningPanel plan={plan} timeZone={program.timeZone} />
              <PlanNotice
                status={plan.status}
                can={{
                  edit: can.canEdit,
                  setStatus: can.canSetStatus,
                  revise: can.canRevise,
                  returnToDraft: can.canReturnToDraft,
                }}
                revision={revision}
                inEffect={inEffect}
                onRevise={() => setReview({ opened: true, outcome: 'REVISED' })}
                onOpenVersion={onOpenVersion}
              />
              {editable && <ReadinessPanel gaps={gaps} tree={plan} refused={refused} onGo={goTo} />}
              <PlanContent planId={plan.id} problems={plan.problems} />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="history" pt="md">
            {view === 'history' && (
              <PlanHistory
                versions={versions}
                shownId={plan.id}
                timeZone={program.timeZone}
                onOpen={onOpenVersion}
              />
            )}
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </PlanEditingContext.Provider>
  );
}

/**
 * While the API says a revision has no change, the first edit may change that: the verdict is
 * asked for again when the content shown changes (element saves update only their own cards).
 */
function useAskAgainWhenEdited(content: unknown, unchanged: boolean) {
  const client = useApolloClient();
  const fingerprint = JSON.stringify(content);
  const first = useRef(fingerprint);
  useEffect(() => {
    if (!unchanged || fingerprint === first.current) return;
    first.current = fingerprint;
    void client.refetchQueries({ include: [PlanViewDocument] }).catch(() => undefined);
  }, [client, fingerprint, unchanged]);
}
