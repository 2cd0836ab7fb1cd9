import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { referralStatusLabel, type ReferralStatus } from '@waypoint/domain';
import { ReferralWorkLine } from './referral-work-line';
import { ReferralWorklistQuery } from './referral-worklist-query';
import { STATUS_COLOR } from './referral-status';
import { ReferralCompletionSection } from './referral-completion-section';

/** Everything but a status: the figure of referrals past due (whatever their status). */
const OVERDUE = 'OVERDUE';
/** Waiting for the client's consent, past due or not (so it may also count as past due). */
const AWAITING_CONSENT = 'PENDING_CONSENT';

/**
 * The director's referrals: open ones by status and those past due, each figure a button that
 * lists the referrals behind it (the drill-down).
 */
export function ReferralsDashboardSection({
  programIds,
  clinicianId = null,
}: {
  programIds: readonly string[];
  clinicianId?: string | null;
}) {
  const { data } = useQuery(ReferralWorklistQuery, {
    variables: {
      mine: false,
      programIds: programIds.length ? [...programIds] : null,
      clinicianId,
    },
    fetchPolicy: 'cache-and-network',
  });
  const filter = {
    ...(programIds.length ? { programIds: [...programIds] } : {}),
    ...(clinicianId ? { clinicianId } : {}),
  };
  const [open, setOpen] = useState<string | null>(null);
  const items = data?.referralWorklist;
  if (!items) return null;
  const live = items.filter((i) => i.referral.status !== 'NO_RESPONSE');
  const byStatus = new Map<string, number>();
  for (const i of live) byStatus.set(i.referral.status, (byStatus.get(i.referral.status) ?? 0) + 1);
  const overdue = live.filter((i) => i.attention === 'OVERDUE').length;
  const awaiting = byStatus.get(AWAITING_CONSENT) ?? 0;
  const shown = live.filter((i) =>
    open === OVERDUE ? i.attention === 'OVERDUE' : i.referral.status === open,
  );
  const figure = (key: string, label: string, count: number, color: string) => (
    <Button
      key={key}
      variant={open === key ? 'light' : 'default'}
      size="xs"
      aria-pressed={open === key}
      onClick={() => setOpen(open === key ? null : key)}
      rightSection={
        <Badge color={color} variant="light" size="sm">
          {count}
        </Badge>
      }
    >
      {label}
    </Button>
  );
  return (
    <Paper withBorder radius="md" component="section" aria-labelledby="referrals-open" p="lg">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} fz={15} id="referrals-open">
          Referrals
        </Title>
        <Anchor component={Link} to="/disclosures" size="sm">
          Disclosures of the program
        </Anchor>
      </Group>
      {live.length === 0 ? (
        <Text size="sm" c="dimmed">
          No referral is open.
        </Text>
      ) : (
        <Stack gap="sm" data-testid="referrals-dashboard">
          <Group gap="xs">
            {figure(OVERDUE, 'Past due', overdue, overdue ? 'red' : 'teal')}
            {figure(AWAITING_CONSENT, 'Awaiting consent', awaiting, awaiting ? 'yellow' : 'teal')}
            {[...byStatus]
              .filter(([status]) => status !== AWAITING_CONSENT)
              .map(([status, count]) =>
                figure(
                  status,
                  referralStatusLabel(status as ReferralStatus),
                  count,
                  STATUS_COLOR[status as ReferralStatus],
                ),
              )}
          </Group>
          {open && (
            <Stack gap="xs" mah={420} style={{ overflowY: 'auto' }}>
              {shown.map((i) => (
                <ReferralWorkLine key={i.referral.id} item={i} />
              ))}
            </Stack>
          )}
        </Stack>
      )}
      <Divider my="sm" />
      <ReferralCompletionSection filter={filter} />
    </Paper>
  );
}
