import { useQuery } from '@apollo/client/react';
import { Paper, Stack, Title } from '@mantine/core';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { ReferralWorkLine } from './referral-work-line';
import { ReferralWorklistQuery } from './referral-worklist-query';

/** Today: referrals on my caseload past due, lately closed for no response, or awaiting consent. */
export function ReferralsToday() {
  const { data, error } = useQuery(ReferralWorklistQuery, {
    variables: { mine: true, programIds: null },
    fetchPolicy: 'cache-and-network',
  });
  if (error) return <QueryErrorAlert error={error} />;
  const items = data?.referralWorklist ?? [];
  if (!items.length) return null;
  return (
    <Paper withBorder radius="md" p="lg" data-testid="referrals-today">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          Referrals
        </Title>
        {items.map((item) => (
          <ReferralWorkLine key={item.referral.id} item={item} />
        ))}
      </Stack>
    </Paper>
  );
}
