import { Badge, Group, Stack, Text } from '@mantine/core';
import { referralStatusLabel } from '@waypoint/domain';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { STATUS_COLOR } from './referral-status';

export const GoalReferralsFragment = graphql(`
  fragment GoalReferrals_goal on PlanGoal {
    referrals {
      id
      recipientName
      status
      outcome
    }
  }
`);

/** The referrals made for a plan goal, with what came of them. */
export function GoalReferrals(props: { goal: FragmentType<typeof GoalReferralsFragment> }) {
  const { referrals } = getFragmentData(GoalReferralsFragment, props.goal);
  if (referrals.length === 0) return null;
  return (
    <Stack gap={4} mt={4} data-testid="goal-referrals">
      {referrals.map((r) => (
        <Group key={r.id} gap="xs" wrap="wrap">
          <Text size="sm">Referral to {r.recipientName}</Text>
          <Badge size="sm" variant="light" color={STATUS_COLOR[r.status]}>
            {referralStatusLabel(r.status)}
          </Badge>
          {r.outcome && (
            <Text size="sm" c="dimmed">
              Outcome: {r.outcome}
            </Text>
          )}
        </Group>
      ))}
    </Stack>
  );
}
