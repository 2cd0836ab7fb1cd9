import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { findEpisodeTransition } from '@waypoint/domain';
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
  // Every discharge goes through this form (Rule 6): planned ones from discharge planning, and a
  // client who walked out or cannot be reached from treatment, with the attempt to reach them.
  const types = findEpisodeTransition(episode.status, 'DISCHARGED')?.dischargeTypes ?? [];
  const canDischarge = types.length > 0 && !episode.discharge;
  if (!canDischarge && !episode.discharge) return null;

  return (
    <Stack gap="lg" data-testid="discharge-section">
      {message && (
        <Alert color="teal" role="status" withCloseButton onClose={() => setMessage(null)}>
          {message}
        </Alert>
      )}
      {canDischarge && (planning || props.canEdit) && (
        <Paper withBorder radius="md" p="lg">
          <Stack gap="md">
            <Group justify="space-between">
              <Title order={3}>{planning ? 'Discharge' : 'Client left treatment?'}</Title>
              {props.canEdit && !open && (
                <Button variant={planning ? 'filled' : 'default'} onClick={() => setOpen(true)}>
                  {planning ? 'Discharge…' : 'Discharge without planning…'}
                </Button>
              )}
            </Group>
            {!open && (
              <Text size="sm" c="dimmed">
                {planning
                  ? 'Record the discharge type, each goal’s outcome and the aftercare plan; the summary is drafted from the chart and follow-up contacts are scheduled.'
                  : 'A client who left against advice or cannot be reached is discharged here, with the reason and your attempt to reach them.'}
              </Text>
            )}
            {open && (
              <DischargeForm
                clientId={client.id}
                episode={episode}
                types={types}
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
