import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { describeError } from '../../ui/error-message';
import { reviewClockPhrase, type ClockReading } from './review-clock';
import { useCreateTreatmentPlanMutation } from './use-plan-lifecycle-mutations';

interface StartPlanPanelProps {
  episodeId: string;
  clientName: string;
  initialPlanDue: ClockReading | null;
  today: string;
  canEdit: boolean;
  inTreatment: boolean;
}

/** No plan yet: when the initial plan is due, and starting its first draft. */
export function StartPlanPanel({
  episodeId,
  clientName,
  initialPlanDue,
  today,
  canEdit,
  inTreatment,
}: StartPlanPanelProps) {
  const create = useCreateTreatmentPlanMutation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const phrase = initialPlanDue ? reviewClockPhrase(initialPlanDue, today, 'initial') : null;
  const start = async () => {
    setProblem(null);
    setBusy(true);
    const result = await create(episodeId);
    setBusy(false);
    if (result.kind === 'saved' || result.kind === 'signed-out') return;
    if (result.kind === 'conflict') setProblem('A plan was started meanwhile; it is shown now.');
    else if (result.kind === 'invalid-transition') setProblem(`${result.message}.`);
    else if (result.kind === 'failed') setProblem(describeError(result.error).message);
    else setProblem('The plan could not be started.');
  };
  return (
    <Paper withBorder radius="md" p="xl" maw={720} data-testid="plan-start">
      <Stack gap="md">
        <Title order={1} fz={24}>
          Treatment plan
        </Title>
        <Text>
          {clientName} has no treatment plan yet.
          {phrase && (
            <Text span fw={600} c={`${phrase.color}.8`} data-testid="initial-plan-due">
              {' '}
              {phrase.text}.
            </Text>
          )}
        </Text>
        {inTreatment ? (
          <Text size="sm" c="dimmed">
            Write it with the client: the problems in their own words, a goal for each, measurable
            objectives with target dates, and the interventions that support them. It takes effect
            once the client and you have signed it.
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            A plan is written while the client is in treatment (from orientation to discharge
            planning).
          </Text>
        )}
        {problem && (
          <Alert color="red" variant="light" role="alert">
            {problem}
          </Alert>
        )}
        {canEdit && inTreatment && (
          <Button
            w="fit-content"
            loading={busy}
            onClick={() => void start()}
            data-testid="create-plan"
          >
            Start the treatment plan
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
