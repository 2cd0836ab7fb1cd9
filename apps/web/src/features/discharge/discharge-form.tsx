import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import {
  FOLLOW_UP_CADENCE_LABELS,
  clientHasLeft,
  dischargeTypeLabel,
  goalAchievementStatusLabel,
  GoalAchievementStatus,
  type DischargeType,
  type FollowUpCadence,
} from '@waypoint/domain';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { ChartDischargeQuery as Data } from '../../gql/graphql';
import { apiError, fieldErrors } from '../../ui/graphql-errors';
import { ChartDischargeQuery } from './discharge-query';

const DischargeEpisode = graphql(`
  mutation DischargeEpisode($input: DischargeEpisodeInput!) {
    dischargeEpisode(input: $input) {
      __typename
      ... on Discharge {
        id
      }
      ... on EpisodeConflict {
        message
      }
    }
  }
`);

type Episode = NonNullable<NonNullable<Data['client']>['currentEpisode']>;

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

const FINAL_STATUSES: GoalAchievementStatus[] = [
  'ACHIEVED',
  'SUSTAINING',
  'IMPROVING',
  'NO_CHANGE',
  'WORSENING',
  'NOT_ACHIEVED',
  'NOT_ATTAINABLE',
];

/**
 * The discharge in one form, as Rule 6 asks: type and reason, each goal's outcome, then either
 * the aftercare plan and follow-up cadence (a planned discharge) or the attempt to reach a client
 * who left. The server drafts the summary from the chart; recommendations are written here.
 */
export function DischargeForm(props: {
  clientId: string;
  episode: Episode;
  onDone: (message: string) => void;
  onCancel: () => void;
  /** The discharge types the episode's status allows (planned, or the client has left). */
  types: readonly DischargeType[];
}) {
  const { episode } = props;
  const [type, setType] = useState<DischargeType>(props.types[0]!);
  const [reason, setReason] = useState('');
  const goals = episode.currentTreatmentPlan?.problems.flatMap((p) =>
    p.goals.map((g) => ({ ...g, problem: p.clientWords })),
  );
  const [outcomes, setOutcomes] = useState<Record<string, GoalAchievementStatus>>({});
  // The program's default cadence; the client's own may differ.
  const [cadence, setCadence] = useState<FollowUpCadence>(episode.program.followUpCadence);
  const [triggers, setTriggers] = useState('');
  const [copingSteps, setCopingSteps] = useState('');
  const [crisisPlan, setCrisisPlan] = useState('');
  const [contactName, setContactName] = useState('');
  const [contactPhone, setContactPhone] = useState('');
  const [meetings, setMeetings] = useState('');
  const [medication, setMedication] = useState('');
  const [recommendations, setRecommendations] = useState('');
  const [attemptMethod, setAttemptMethod] = useState<string>('PHONE');
  const [attemptNote, setAttemptNote] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [discharge, { loading }] = useMutation(DischargeEpisode, {
    refetchQueries: [{ query: ChartDischargeQuery, variables: { clientId: props.clientId } }],
    awaitRefetchQueries: true,
  });
  const left = clientHasLeft(type);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setProblems({});
    setNotice(null);
    try {
      const { data } = await discharge({
        variables: {
          input: {
            episodeId: episode.id,
            version: episode.version,
            dischargeType: type,
            reason,
            goalOutcomes: Object.entries(outcomes).map(([goalId, achievementStatus]) => ({
              goalId,
              achievementStatus,
            })),
            followUpCadence: left ? null : cadence,
            aftercarePlan: left
              ? null
              : {
                  triggers: lines(triggers),
                  copingSteps: lines(copingSteps),
                  crisisPlan,
                  crisisContacts: [{ name: contactName, phone: contactPhone }],
                  mutualSupportMeetings: lines(meetings),
                  medicationContinuity: medication,
                  referralIds: [],
                },
            attemptedContact: left
              ? {
                  attemptedAt: new Date().toISOString(),
                  method: attemptMethod as 'PHONE',
                  note: attemptNote,
                }
              : null,
            summary: { recommendations },
          },
        },
      });
      if (data?.dischargeEpisode.__typename === 'EpisodeConflict') {
        setNotice('Someone changed this episode first. Reload the chart and try again.');
        return;
      }
      props.onDone('Discharged. The summary is drafted; follow-up contacts are scheduled.');
    } catch (error) {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) setProblems(fields);
      else setNotice(apiError(error)?.message ?? 'The discharge could not be saved. Try again.');
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="discharge-form">
      <Stack gap="md">
        {notice && (
          <Alert color="red" role="alert">
            {notice}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Discharge type"
            data={props.types.map((t) => ({ value: t, label: dischargeTypeLabel(t) }))}
            value={type}
            allowDeselect={false}
            onChange={(v) => v && setType(v)}
          />
          {!left && (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="cadence-label">
                Follow-up contacts
              </Text>
              <SegmentedControl
                aria-labelledby="cadence-label"
                value={cadence}
                onChange={(v) => setCadence(v)}
                data={[
                  { value: 'WEEKLY', label: FOLLOW_UP_CADENCE_LABELS.WEEKLY },
                  { value: 'BIWEEKLY', label: FOLLOW_UP_CADENCE_LABELS.BIWEEKLY },
                ]}
              />
            </Stack>
          )}
        </SimpleGrid>
        <Textarea
          label="Reason"
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={problems.reason}
        />
        {goals && goals.length > 0 && (
          <Stack gap="xs">
            <Text fw={600}>Goal outcomes</Text>
            {goals.map((g, i) => (
              <Select
                key={g.id}
                label={`${g.description} (“${g.problem}”)`}
                placeholder={goalAchievementStatusLabel(g.achievementStatus)}
                data={FINAL_STATUSES.map((s) => ({
                  value: s,
                  label: goalAchievementStatusLabel(s),
                }))}
                value={outcomes[g.id] ?? null}
                onChange={(v) => setOutcomes((o) => (v ? { ...o, [g.id]: v } : o))}
                error={problems[`goalOutcomes.${i}.goalId`]}
              />
            ))}
          </Stack>
        )}
        {left ? (
          <Stack gap="xs">
            <Text fw={600}>Attempt to reach the client</Text>
            <Select
              label="How"
              data={[
                { value: 'PHONE', label: 'Phone' },
                { value: 'TEXT', label: 'Text message' },
                { value: 'LETTER', label: 'Letter' },
                { value: 'IN_PERSON', label: 'In person' },
              ]}
              value={attemptMethod}
              allowDeselect={false}
              onChange={(v) => v && setAttemptMethod(v)}
            />
            <Textarea
              label="What happened"
              autosize
              minRows={2}
              value={attemptNote}
              onChange={(e) => setAttemptNote(e.currentTarget.value)}
              error={problems.attemptedContact ?? problems['attemptedContact.note']}
            />
          </Stack>
        ) : (
          <Stack gap="xs">
            <Text fw={600}>Aftercare plan</Text>
            <Text size="sm" c="dimmed">
              Triggers and coping steps in the client’s own words, one per line.
            </Text>
            <Textarea
              label="Triggers"
              autosize
              minRows={2}
              value={triggers}
              onChange={(e) => setTriggers(e.currentTarget.value)}
              error={problems['aftercarePlan.triggers'] ?? problems.aftercarePlan}
            />
            <Textarea
              label="Coping steps"
              autosize
              minRows={2}
              value={copingSteps}
              onChange={(e) => setCopingSteps(e.currentTarget.value)}
              error={problems['aftercarePlan.copingSteps']}
            />
            <Textarea
              label="Crisis plan"
              autosize
              minRows={2}
              value={crisisPlan}
              onChange={(e) => setCrisisPlan(e.currentTarget.value)}
              error={problems['aftercarePlan.crisisPlan']}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label="Crisis contact"
                value={contactName}
                onChange={(e) => setContactName(e.currentTarget.value)}
                error={problems['aftercarePlan.crisisContacts']}
              />
              <TextInput
                label="Crisis contact phone"
                type="tel"
                value={contactPhone}
                onChange={(e) => setContactPhone(e.currentTarget.value)}
              />
            </SimpleGrid>
            <Textarea
              label="Mutual-support meetings"
              description="One per line: which, when, where"
              autosize
              minRows={2}
              value={meetings}
              onChange={(e) => setMeetings(e.currentTarget.value)}
            />
            <TextInput
              label="Medication-assisted treatment continuity"
              value={medication}
              onChange={(e) => setMedication(e.currentTarget.value)}
            />
          </Stack>
        )}
        {problems.followUpCadence && (
          <Alert color="red" role="alert">
            Follow-up contacts: {problems.followUpCadence}
          </Alert>
        )}
        <Textarea
          label="Recommendations"
          description="Goes into the discharge summary; the rest is drafted from the chart."
          autosize
          minRows={2}
          value={recommendations}
          onChange={(e) => setRecommendations(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Discharge
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
