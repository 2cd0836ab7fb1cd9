import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { FollowUpCard } from '../follow-up/follow-up-card';
import { ChartDischargeQuery } from './discharge-query';
import { DischargeForm } from './discharge-form';
import { DischargeSummaryCard } from './discharge-summary-card';

/**
 * Discharge on the chart: from discharge planning, the discharge form; after it, the summary,
 * the aftercare plan and the follow-up contacts. Nothing shows for an episode in any other state.
 */
export function DischargeSection(props: { clientId: string; canEdit: boolean }) {
  const { data, error } = useQuery(ChartDischargeQuery, {
    variables: { clientId: props.clientId },
  });
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  if (error) return <QueryErrorAlert error={error} />;
  const client = data?.client;
  const episode = client?.currentEpisode;
  if (!client || !episode) return null;
  const planning = episode.status === 'DISCHARGE_PLANNING';
  if (!planning && !episode.discharge) return null;

  return (
    <Stack gap="lg" data-testid="discharge-section">
      {message && (
        <Alert color="teal" role="status" withCloseButton onClose={() => setMessage(null)}>
          {message}
        </Alert>
      )}
      {planning && (
        <Paper withBorder radius="md" p="lg">
          <Stack gap="md">
            <Group justify="space-between">
              <Title order={3}>Discharge</Title>
              {props.canEdit && !open && <Button onClick={() => setOpen(true)}>Discharge…</Button>}
            </Group>
            {!open && (
              <Text size="sm" c="dimmed">
                Record the discharge type, each goal’s outcome and the aftercare plan; the summary
                is drafted from the chart and follow-up contacts are scheduled.
              </Text>
            )}
            {open && (
              <DischargeForm
                clientId={client.id}
                episode={episode}
                onCancel={() => setOpen(false)}
                onDone={(m) => {
                  setOpen(false);
                  setMessage(m);
                }}
              />
            )}
          </Stack>
        </Paper>
      )}
      {episode.discharge && (
        <DischargeSummaryCard
          clientId={client.id}
          clientName={client.displayName}
          episode={episode}
          discharge={episode.discharge}
          canEdit={props.canEdit}
        />
      )}
      {episode.followUps.length > 0 && (
        <FollowUpCard
          clientId={client.id}
          episode={episode}
          canEdit={props.canEdit}
          onSaved={setMessage}
        />
      )}
    </Stack>
  );
}
