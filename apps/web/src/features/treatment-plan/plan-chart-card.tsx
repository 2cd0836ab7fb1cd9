import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { ClockIcon } from '../../ui/icons';
import { todayIn } from '../dashboard/review-due';
import { isClosedLifecycle, planStatusColor, planStatusLabel } from './plan-labels';
import { reviewClockPhrase, shortDate } from './review-clock';

export const TreatmentPlanChartCardFragment = graphql(`
  fragment TreatmentPlanChartCard_client on Client {
    id
    currentEpisode {
      id
      phase
      program {
        id
        timeZone
      }
      initialPlanDue {
        dueDate
        status
        reason
        daysUntilDue
        scheduledDate
      }
      currentTreatmentPlan {
        id
        versionNumber
        status
        reviewClock {
          dueDate
          status
          reason
          daysUntilDue
          scheduledDate
        }
        problems {
          id
          goals {
            id
            lifecycleStatus
            achievementStatus
            progress {
              id
              recordedOn
            }
          }
        }
      }
    }
  }
`);

/**
 * The plan at a glance on the client's chart — status, review clock, how the goals stand, when
 * progress was last recorded — and the way into it.
 */
export function TreatmentPlanChartCard(props: {
  client: FragmentType<typeof TreatmentPlanChartCardFragment>;
}) {
  const client = getFragmentData(TreatmentPlanChartCardFragment, props.client);
  const clientId = client.id;
  const episode = client.currentEpisode;
  if (!episode || episode.phase === 'PRE_ADMISSION') return null;

  const today = todayIn(episode.program.timeZone);
  const plan = episode.currentTreatmentPlan;
  const to = `/clients/${encodeURIComponent(clientId)}/plan`;
  const goals = plan?.problems.flatMap((p) => p.goals) ?? [];
  const open = goals.filter((g) => !isClosedLifecycle(g.lifecycleStatus));
  const worsening = open.filter((g) => g.achievementStatus === 'WORSENING').length;
  const lastProgress = goals
    .flatMap((g) => g.progress.map((p) => p.recordedOn))
    .sort()
    .at(-1);
  const clock = plan?.reviewClock ?? episode.initialPlanDue ?? null;
  const phrase = clock ? reviewClockPhrase(clock, today) : null;

  return (
    <Paper withBorder radius="md" p="lg" data-testid="plan-chart-card">
      <Group justify="space-between" wrap="wrap" gap="md">
        <Stack gap={6}>
          <Group gap="sm">
            <Title order={2} fz={18}>
              Treatment plan
            </Title>
            {plan ? (
              <>
                <Badge variant="light" color={planStatusColor(plan.status)} tt="none" fw={700}>
                  {planStatusLabel(plan.status)}
                </Badge>
                <Text size="sm" c="dimmed">
                  Version {plan.versionNumber}
                </Text>
              </>
            ) : (
              <Text size="sm" c="dimmed">
                Not started
              </Text>
            )}
          </Group>
          <Group gap="lg" style={{ rowGap: 4 }}>
            {phrase && (
              <Group gap={6} wrap="nowrap" c={`${phrase.color}.8`}>
                <ClockIcon size={14} />
                <Text size="sm" fw={600} c="inherit">
                  {phrase.text}
                </Text>
              </Group>
            )}
            {plan && (
              <Text size="sm">
                {goals.length === 1 ? '1 goal' : `${goals.length} goals`}, {open.length} open
                {worsening > 0 && (
                  <Text span c="red.8" fw={600}>
                    , {worsening} worsening
                  </Text>
                )}
              </Text>
            )}
            {plan && (
              <Text size="sm" c="dimmed">
                {lastProgress
                  ? `Progress last recorded ${shortDate(lastProgress, today)}`
                  : 'No progress recorded yet'}
              </Text>
            )}
          </Group>
        </Stack>
        <Button
          component={Link}
          to={to}
          variant={plan ? 'light' : 'filled'}
          data-testid="open-plan"
        >
          {plan ? 'Open treatment plan' : 'Start the treatment plan'}
        </Button>
      </Group>
    </Paper>
  );
}
