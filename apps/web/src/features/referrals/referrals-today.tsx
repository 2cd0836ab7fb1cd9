import { useQuery } from '@apollo/client/react';
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { referralStatusLabel, type ReferralStatus } from '@waypoint/domain';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { ReferralWorkLine } from './referral-work-line';
import { ReferralWorklistQuery } from './referral-worklist-query';
import { STATUS_COLOR } from './referral-status';

/**
 * Today: my caseload's open referrals counted by state, then those that need me — past due,
 * lately closed for no response, or awaiting consent.
 */
export function ReferralsToday() {
  const { data, error } = useQuery(ReferralWorklistQuery, {
    variables: { mine: true, programIds: null, allOpen: true },
    fetchPolicy: 'cache-and-network',
  });
  if (error) return <QueryErrorAlert error={error} />;
  const items = data?.referralWorklist ?? [];
  if (!items.length) return null;
  const byState = new Map<ReferralStatus, number>();
  for (const { referral } of items) {
    const status = referral.status;
    if (status !== 'NO_RESPONSE') byState.set(status, (byState.get(status) ?? 0) + 1);
  }
  const needingMe = items.filter((i) => i.attention);
  return (
    <Paper withBorder radius="md" p="lg" data-testid="referrals-today">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          Referrals
        </Title>
        {byState.size > 0 && (
          <Group gap="xs" aria-label="My open referrals by state" data-testid="referrals-by-state">
            {[...byState].map(([status, count]) => (
              <Badge key={status} color={STATUS_COLOR[status]} variant="light">
                {referralStatusLabel(status)}: {count}
              </Badge>
            ))}
          </Group>
        )}
        {needingMe.length === 0 ? (
          <Text size="sm" c="dimmed">
            None needs you today.
          </Text>
        ) : (
          needingMe.map((item) => <ReferralWorkLine key={item.referral.id} item={item} />)
        )}
      </Stack>
    </Paper>
  );
}
