import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { SafetyRiskLevel } from '../../gql/graphql';
import { formatDateTime } from '../../ui/dates';
import { apiError, fieldErrors } from '../../ui/graphql-errors';
import { ChartMeasuresQuery } from './measures-query';

const RecordSafetyFollowUp = graphql(`
  mutation RecordSafetyFollowUp($input: RecordSafetyFollowUpInput!) {
    recordSafetyFollowUp(input: $input) {
      id
      safetyFollowUp {
        id
        riskLevel
      }
    }
  }
`);

const RISK_LEVELS: { value: SafetyRiskLevel; label: string }[] = [
  { value: 'LOW', label: 'Low' },
  { value: 'MODERATE', label: 'Moderate' },
  { value: 'HIGH', label: 'High' },
];

function FollowUpForm({ assessmentId, clientId }: { assessmentId: string; clientId: string }) {
  const [riskLevel, setRiskLevel] = useState<SafetyRiskLevel>('LOW');
  const [riskAssessment, setRiskAssessment] = useState('');
  const [plan, setPlan] = useState('');
  const [whoWasTold, setWhoWasTold] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [save, { loading }] = useMutation(RecordSafetyFollowUp, {
    refetchQueries: [{ query: ChartMeasuresQuery, variables: { clientId } }, 'TodayWorklist'],
    awaitRefetchQueries: true,
  });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!riskAssessment.trim()) missing.riskAssessment = 'Describe the risk as assessed';
    if (!plan.trim()) missing.plan = 'Write the safety plan';
    if (!whoWasTold.trim()) missing.whoWasTold = 'Say who was told';
    setProblems(missing);
    if (Object.keys(missing).length) return;
    try {
      await save({
        variables: { input: { assessmentId, riskLevel, riskAssessment, plan, whoWasTold } },
      });
    } catch (error) {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) setProblems(fields);
      else setNotice(apiError(error)?.message ?? 'The follow-up could not be saved. Try again.');
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="safety-follow-up-form">
      <Stack gap="sm" mt="sm">
        {notice && (
          <Text c="red.8" role="alert">
            {notice}
          </Text>
        )}
        <div>
          <Text size="sm" fw={500} id={`risk-${assessmentId}`}>
            Risk level
          </Text>
          <SegmentedControl
            aria-labelledby={`risk-${assessmentId}`}
            data={RISK_LEVELS}
            value={riskLevel}
            onChange={(v) => setRiskLevel(v)}
          />
        </div>
        <Textarea
          label="Risk assessed"
          required
          autosize
          minRows={2}
          value={riskAssessment}
          onChange={(e) => setRiskAssessment(e.currentTarget.value)}
          error={problems.riskAssessment}
        />
        <Textarea
          label="Safety plan"
          required
          autosize
          minRows={2}
          value={plan}
          onChange={(e) => setPlan(e.currentTarget.value)}
          error={problems.plan}
        />
        <Textarea
          label="Who was told"
          required
          autosize
          minRows={1}
          value={whoWasTold}
          onChange={(e) => setWhoWasTold(e.currentTarget.value)}
          error={problems.whoWasTold}
        />
        <Group>
          <Button type="submit" color="red" loading={loading}>
            Record safety follow-up
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * A PHQ-9 answered above 0 on item 9 stays on top of the chart until a clinician records the
 * follow-up: the banner cannot be dismissed, only answered.
 */
export function SafetyBanner({ clientId, canEdit }: { clientId: string; canEdit: boolean }) {
  const { data } = useQuery(ChartMeasuresQuery, { variables: { clientId } });
  const episode = data?.client?.currentEpisode;
  const flags = episode?.openSafetyFlags ?? [];
  const [open, setOpen] = useState<string | null>(null);
  if (!flags.length) return null;
  return (
    <Stack gap="sm" id="safety-follow-up" data-testid="safety-banner">
      {flags.map((flag) => {
        const item9 = flag.answers['9'];
        return (
          <Alert
            key={flag.id}
            color="red"
            variant="light"
            title="Safety follow-up needed"
            role="alert"
          >
            <Text size="sm">
              PHQ-9 of {formatDateTime(flag.administeredAt, episode?.program.timeZone)}: item 9
              (self-harm) answered {String(item9)}.
            </Text>
            {canEdit &&
              (open === flag.id ? (
                <FollowUpForm assessmentId={flag.id} clientId={clientId} />
              ) : (
                <Button mt="xs" size="xs" color="red" onClick={() => setOpen(flag.id)}>
                  Record safety follow-up
                </Button>
              ))}
          </Alert>
        );
      })}
    </Stack>
  );
}
