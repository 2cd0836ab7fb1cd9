import { Anchor, Badge, Group, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { ReferralWorklistQuery as Result } from '../../gql/graphql';
import { formatLocalDate } from '../../ui/dates';
import { ATTENTION_LABEL } from './referral-worklist-query';

type Item = Result['referralWorklist'][number];

/** One referral on a worklist: the client (linked to the chart), to whom, and why listed. */
export function ReferralWorkLine({ item }: { item: Item }) {
  const { referral: r, attention } = item;
  return (
    <Group justify="space-between" wrap="wrap" gap="xs">
      <div>
        <Anchor component={Link} to={`/clients/${r.client.id}`} fw={600}>
          {r.client.displayName}
        </Anchor>
        <Text size="sm">
          To {r.recipientName}
          {r.dueBy && ` · answer due ${formatLocalDate(r.dueBy)}`}
        </Text>
      </div>
      {attention && (
        <Badge color={attention === 'AWAITING_CONSENT' ? 'yellow' : 'red'} variant="light">
          {ATTENTION_LABEL[attention]}
        </Badge>
      )}
    </Group>
  );
}
