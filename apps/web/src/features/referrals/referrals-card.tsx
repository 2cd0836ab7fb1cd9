import { useQuery } from '@apollo/client/react';
import {
  Button,
  Grid,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { ReferralStatus } from '@waypoint/domain';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { todayIn } from '../../ui/dates';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import type { ConsentPrefill } from '../consents/consent-form';
import { ConsentDialog, ConsentsCard } from '../consents/consents-card';
import { ReferralForm } from './referral-form';
import { ReferralItem, type ChartReferral } from './referral-item';
import { ChartReferralsQuery } from './referrals-query';

/** The board's columns: where a referral stands in the closed loop. */
const COLUMNS: { title: string; statuses: ReferralStatus[] }[] = [
  { title: 'To send', statuses: ['DRAFT', 'PENDING_CONSENT', 'READY'] },
  { title: 'With the recipient', statuses: ['SENT', 'ACCEPTED', 'SCHEDULED'] },
  {
    title: 'Closed',
    statuses: ['COMPLETED', 'REJECTED', 'CANCELLED', 'CLIENT_DECLINED', 'NO_RESPONSE'],
  },
];

/**
 * Case management on the chart: the episode's referrals as a board, and its consents. A send
 * refused for want of consent opens the consent form with that recipient and purpose.
 */
export function ReferralsAndConsents(props: { clientId: string; canEdit: boolean }) {
  const { data, error, refetch, loading } = useQuery(ChartReferralsQuery, {
    variables: { clientId: props.clientId },
  });
  const [drafting, setDrafting] = useState(false);
  const [consentFor, setConsentFor] = useState<ConsentPrefill | null | undefined>(undefined);
  if (error) {
    return (
      <QueryErrorAlert
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
        retrying={loading}
      />
    );
  }
  if (!data) return <Skeleton height={200} radius="md" />;
  const episode = data.client?.currentEpisode;
  if (!episode) return null;
  const goals = (episode.currentTreatmentPlan?.problems ?? []).flatMap((p) => p.goals);
  const goalOf = (r: ChartReferral) =>
    goals.find((g) => g.lineageId === r.goalLineageId)?.description ?? null;
  const today = todayIn(episode.program.timeZone);
  const target = {
    clientId: props.clientId,
    episodeId: episode.id,
    timeZone: episode.program.timeZone,
  };

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Paper
          withBorder
          radius="md"
          p="lg"
          component="section"
          aria-labelledby="referrals-title"
          data-testid="referral-board"
        >
          <Group justify="space-between" mb="sm" wrap="wrap">
            <Title order={2} size="h3" id="referrals-title">
              Referrals
            </Title>
            <Group gap="xs">
              <Button
                size="xs"
                variant="subtle"
                component={Link}
                to={`/clients/${props.clientId}/disclosures`}
              >
                Accounting of disclosures
              </Button>
              <Button
                size="xs"
                variant="subtle"
                component={Link}
                to={`/clients/${props.clientId}/resource-list`}
              >
                Resource list for the client
              </Button>
              {props.canEdit && (
                <Button size="xs" variant="light" onClick={() => setDrafting(true)}>
                  New referral
                </Button>
              )}
            </Group>
          </Group>
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
            {COLUMNS.map((column) => {
              const list = episode.referrals.filter((r) => column.statuses.includes(r.status));
              return (
                <Stack key={column.title} gap="xs">
                  <Title order={3} size="h5">
                    {column.title} ({list.length})
                  </Title>
                  {list.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      None
                    </Text>
                  ) : (
                    <Stack
                      gap="xs"
                      component="ul"
                      style={{ listStyle: 'none', padding: 0, margin: 0 }}
                    >
                      {list.map((r) => (
                        <ReferralItem
                          key={r.id}
                          referral={r}
                          episodeId={episode.id}
                          clientId={props.clientId}
                          goal={goalOf(r)}
                          today={today}
                          canEdit={props.canEdit}
                          onDraftConsent={setConsentFor}
                        />
                      ))}
                    </Stack>
                  )}
                </Stack>
              );
            })}
          </SimpleGrid>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <ConsentsCard
          clientId={props.clientId}
          episode={episode}
          canEdit={props.canEdit}
          onDraft={setConsentFor}
        />
      </Grid.Col>
      <Modal opened={drafting} onClose={() => setDrafting(false)} title="New referral" size="lg">
        <ReferralForm
          clientId={props.clientId}
          episodeId={episode.id}
          programId={episode.program.id}
          goals={goals}
          onDone={() => setDrafting(false)}
        />
      </Modal>
      <ConsentDialog
        {...target}
        opened={consentFor !== undefined}
        programName={episode.program.name}
        prefill={consentFor ?? null}
        onClose={() => setConsentFor(undefined)}
      />
    </Grid>
  );
}
