import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import {
  REFERRAL_COMPLETION_WINDOW_DAYS,
  referralStatusLabel,
  resourceCategoryLabel,
  type ResourceCategory,
} from '@waypoint/domain';
import { graphql } from '../../gql';
import { formatLocalDate } from '../../ui/dates';

const ReferralCompletionQuery = graphql(`
  query ReferralCompletion($filter: DashboardFilter) {
    referralCompletion(filter: $filter) {
      category
      completed
      ended
      percent
    }
  }
`);

const CompletionReferralsQuery = graphql(`
  query ReferralCompletionReferrals($filter: DashboardFilter, $category: ResourceCategory) {
    referralCompletionReferrals(filter: $filter, category: $category) {
      id
      status
      recipientName
      dueBy
      client {
        id
        displayName
      }
    }
  }
`);

type Filter = { programIds?: string[]; clinicianId?: string };
const AD_HOC = 'AD_HOC';
const labelOf = (category: string | null) =>
  category ? resourceCategoryLabel(category as ResourceCategory) : 'Ad-hoc providers';

/** The referrals behind one category's rate: each client linked to the chart. */
function CompletionReferrals({ filter, category }: { filter: Filter; category: string | null }) {
  const { data } = useQuery(CompletionReferralsQuery, {
    variables: { filter, category: category as ResourceCategory | null },
  });
  if (!data) return null;
  return (
    <Stack gap={4} mah={320} style={{ overflowY: 'auto' }} data-testid="completion-referrals">
      {data.referralCompletionReferrals.map((r) => (
        <Text size="sm" key={r.id}>
          <Anchor component={Link} to={`/clients/${r.client.id}`} fw={600}>
            {r.client.displayName}
          </Anchor>{' '}
          → {r.recipientName}: {referralStatusLabel(r.status)}
          {r.dueBy && ` (answer was due ${formatLocalDate(r.dueBy)})`}
        </Text>
      ))}
    </Stack>
  );
}

/**
 * Completion rate by resource category over the referrals that ended lately (cancelled ones
 * not counted), in the programs the director directs under the dashboard's filter; each row opens
 * the referrals behind it.
 */
export function ReferralCompletionSection({ filter }: { filter: Filter }) {
  const { data } = useQuery(ReferralCompletionQuery, {
    variables: { filter },
    fetchPolicy: 'cache-and-network',
  });
  const [open, setOpen] = useState<string | null>(null);
  const rows = data?.referralCompletion;
  if (!rows) return null;
  return (
    <Stack gap="xs" data-testid="referral-completion">
      <Title order={3} fz={14}>
        Completed, by kind of resource (last {REFERRAL_COMPLETION_WINDOW_DAYS} days)
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No referral ended in this period.
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Kind</Table.Th>
              <Table.Th ta="right">Completed</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const key = row.category ?? AD_HOC;
              return (
                <Table.Tr key={key}>
                  <Table.Td>
                    <Button
                      variant={open === key ? 'light' : 'subtle'}
                      size="compact-sm"
                      styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                      h="auto"
                      aria-pressed={open === key}
                      onClick={() => setOpen(open === key ? null : key)}
                    >
                      {labelOf(row.category)}
                    </Button>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {row.completed} of {row.ended}
                    <Text span fw={600} ml={6}>
                      {row.percent === null ? '—' : `${row.percent} %`}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {open && <CompletionReferrals filter={filter} category={open === AD_HOC ? null : open} />}
    </Stack>
  );
}
