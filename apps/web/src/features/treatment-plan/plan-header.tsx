import { Badge, Divider, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatInstantDate } from '../../ui/dates';
import { CheckIcon, ClockIcon } from '../../ui/icons';
import { isClosedLifecycle, planStatusColor, planStatusLabel } from './plan-labels';
import { versionDates } from './plan-versions';
import { reviewClockPhrase, type ClockReading } from './review-clock';
import { requiredOnly, signatureRows } from './signing';

export const PlanHeaderFragment = graphql(`
  fragment PlanHeader_plan on TreatmentPlan {
    id
    version
    versionNumber
    status
    createdAt
    activatedAt
    lastReviewedAt
    endedAt
    endReason
    createdBy {
      id
      displayName
    }
    reviewClock {
      dueDate
      status
      reason
      daysUntilDue
      scheduledDate
    }
    requiredSigners
    signatures {
      id
      signer
      signedName
      signedAt
      signedBy {
        id
        displayName
      }
    }
    reviews {
      id
      outcome
      note
      reviewedAt
      reviewedBy {
        id
        displayName
      }
    }
    problems {
      id
      goals {
        id
        lifecycleStatus
        achievementStatus
      }
    }
  }
`);

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text
        component="dt"
        size="xs"
        c="dimmed"
        fw={600}
        tt="uppercase"
        style={{ letterSpacing: '0.04em' }}
      >
        {label}
      </Text>
      <Text component="dd" m={0} mt={4} size="sm">
        {children}
      </Text>
    </div>
  );
}

interface PlanHeaderProps {
  plan: FragmentType<typeof PlanHeaderFragment>;
  clientName: string;
  programName: string;
  timeZone: string;
  today: string;
  /** The episode's initial-plan clock, while no version has taken effect. */
  initialPlanDue: ClockReading | null;
  /** The version in effect, when this is a revision of it. */
  inEffectVersion: number | null;
  actions: ReactNode;
}

function ClockLine({ clock, today }: { clock: ClockReading; today: string }) {
  const phrase = reviewClockPhrase(clock, today);
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="nowrap" c={`${phrase.color}.8`} data-testid="review-clock">
        <ClockIcon size={16} />
        <Text size="sm" fw={600} c="inherit">
          {phrase.text}
        </Text>
      </Group>
      {phrase.broughtForwardFrom && (
        <Text size="xs" c="dimmed">
          Brought forward from {phrase.broughtForwardFrom}
        </Text>
      )}
    </Stack>
  );
}

/** The version and its status, the review clock, signatures and where the goals stand. */
export function PlanHeader(props: PlanHeaderProps) {
  const plan = getFragmentData(PlanHeaderFragment, props.plan);
  const { timeZone, today } = props;
  const goals = plan.problems.flatMap((p) => p.goals);
  const open = goals.filter((g) => !isClosedLifecycle(g.lifecycleStatus));
  const achieved = goals.filter((g) => g.achievementStatus === 'ACHIEVED');
  const worsening = goals.filter(
    (g) => g.achievementStatus === 'WORSENING' && !isClosedLifecycle(g.lifecycleStatus),
  );
  const lastReview = plan.reviews[0];

  let review: ReactNode;
  if (plan.reviewClock) {
    review = <ClockLine clock={plan.reviewClock} today={today} />;
  } else if (
    props.inEffectVersion !== null &&
    (plan.status === 'DRAFT' || plan.status === 'PENDING_SIGNATURE')
  ) {
    review = (
      <Text size="sm" c="dimmed">
        Not in effect yet: version {props.inEffectVersion} stays in effect until this one is signed.
      </Text>
    );
  } else if (props.initialPlanDue) {
    review = <ClockLine clock={props.initialPlanDue} today={today} />;
  } else if (plan.endedAt) {
    review = (
      <Text size="sm" c="dimmed">
        Ended {formatInstantDate(plan.endedAt, timeZone)}
      </Text>
    );
  } else {
    review = (
      <Text size="sm" c="dimmed">
        No review due while it is being written
      </Text>
    );
  }

  return (
    <Paper withBorder radius="md" p="lg" data-testid="plan-header">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Stack gap={4}>
          <Group gap="sm" align="center">
            <Title order={1} fz={24}>
              Treatment plan
            </Title>
            <Badge
              size="lg"
              variant="light"
              color={planStatusColor(plan.status)}
              tt="none"
              fw={700}
              data-testid="plan-status"
            >
              {planStatusLabel(plan.status)}
            </Badge>
            <Text c="dimmed" size="sm" data-testid="plan-version">
              Version {plan.versionNumber}
            </Text>
          </Group>
          <Text size="sm" c="dimmed">
            {props.clientName} · {props.programName} · {versionDates(plan, timeZone)}
          </Text>
        </Stack>
        <Group gap="sm">{props.actions}</Group>
      </Group>
      <Divider my="md" />
      <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="lg" m={0}>
        <Fact label={plan.status === 'ACTIVE' ? 'Next review' : 'Review'}>
          {review}
          {lastReview && (
            <Text size="xs" c="dimmed" mt={4} span display="block">
              Last reviewed {formatInstantDate(lastReview.reviewedAt, timeZone)} by{' '}
              {lastReview.reviewedBy.displayName} —{' '}
              {lastReview.outcome === 'CONTINUED' ? 'continued' : 'revised'}
            </Text>
          )}
        </Fact>
        <Fact label="Signatures">
          <Stack gap={2} component="span" data-testid="plan-signatures">
            {signatureRows(plan.signatures, requiredOnly(plan.requiredSigners))
              .filter((r) => r.required || r.signature)
              .map((r) => (
                <Group key={r.signer} gap={6} wrap="nowrap" component="span">
                  <Text span c={r.signature ? 'teal.8' : 'gray.5'} display="flex">
                    <CheckIcon size={14} />
                  </Text>
                  <Text span size="sm" c={r.signature ? undefined : 'dimmed'}>
                    {r.label}
                    {r.signature
                      ? ` · ${r.signer === 'CLIENT' ? (r.signature.signedName ?? '') : r.signature.signedBy.displayName} · ${formatInstantDate(r.signature.signedAt, timeZone)}`
                      : ' — not signed'}
                  </Text>
                </Group>
              ))}
          </Stack>
        </Fact>
        <Fact label="Goals">
          {goals.length === 0 ? (
            <Text span size="sm" c="dimmed">
              None yet
            </Text>
          ) : (
            <Text span size="sm" data-testid="plan-goal-summary">
              {goals.length === 1 ? '1 goal' : `${goals.length} goals`} · {open.length} open
              {achieved.length > 0 && ` · ${achieved.length} achieved`}
              {worsening.length > 0 && (
                <Text span c="red.8" fw={600}>
                  {' '}
                  · {worsening.length} worsening
                </Text>
              )}
            </Text>
          )}
        </Fact>
      </SimpleGrid>
    </Paper>
  );
}
