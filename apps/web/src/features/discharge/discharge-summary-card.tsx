import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { dischargeTypeLabel } from '@waypoint/domain';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { ChartDischargeQuery as Data } from '../../gql/graphql';
import { formatDateTime, formatInstantDate } from '../../ui/dates';
import { apiError } from '../../ui/graphql-errors';
import { ChartDischargeQuery } from './discharge-query';
import classes from './discharge-summary.module.css';

const SignDischargeSummary = graphql(`
  mutation SignDischargeSummary($input: SignDischargeSummaryInput!) {
    signDischargeSummary(input: $input) {
      __typename
      ... on Discharge {
        id
        version
        summarySignedAt
      }
    }
  }
`);

type Episode = NonNullable<NonNullable<Data['client']>['currentEpisode']>;
type Discharge = NonNullable<Episode['discharge']>;

const SECTIONS: [keyof Discharge['summary'], string][] = [
  ['courseOfTreatment', 'Course of treatment'],
  ['progressByProblem', 'Progress on each problem'],
  ['measures', 'Measures at admission and now'],
  ['lastScreens', 'Last drug screens'],
  ['attendance', 'Attendance'],
  ['levelOfCare', 'Level of care at discharge'],
  ['recommendations', 'Recommendations'],
];

function AftercarePlanView({ plan }: { plan: NonNullable<Discharge['aftercarePlan']> }) {
  const list = (label: string, items: string[]) =>
    items.length > 0 && (
      <div className={classes.section}>
        <Text fw={600} size="sm">
          {label}
        </Text>
        <Text size="sm">{items.map((i) => `• ${i}`).join('\n')}</Text>
      </div>
    );
  return (
    <Stack gap="xs">
      <Title order={4}>Aftercare plan</Title>
      {list('Triggers', plan.triggers)}
      {list('Coping steps', plan.copingSteps)}
      <div className={classes.section}>
        <Text fw={600} size="sm">
          Crisis plan
        </Text>
        <Text size="sm">{plan.crisisPlan}</Text>
        <Text size="sm">
          {plan.crisisContacts.map((c) => `${c.name}: ${c.phone}`).join(' · ')} · 988 Suicide &amp;
          Crisis Lifeline
        </Text>
      </div>
      {list('Mutual-support meetings', plan.mutualSupportMeetings)}
      {plan.medicationContinuity && (
        <div className={classes.section}>
          <Text fw={600} size="sm">
            Medication-assisted treatment
          </Text>
          <Text size="sm">{plan.medicationContinuity}</Text>
        </div>
      )}
    </Stack>
  );
}

/** The discharge summary as it will print: signed like a note, then fixed. */
export function DischargeSummaryCard(props: {
  clientId: string;
  clientName: string;
  episode: Episode;
  discharge: Discharge;
  canEdit: boolean;
}) {
  const { discharge: d, episode } = props;
  const [notice, setNotice] = useState<string | null>(null);
  const [sign, { loading }] = useMutation(SignDischargeSummary, {
    refetchQueries: [{ query: ChartDischargeQuery, variables: { clientId: props.clientId } }],
    awaitRefetchQueries: true,
  });
  const signNow = async () => {
    setNotice(null);
    try {
      const { data } = await sign({
        variables: { input: { episodeId: episode.id, version: d.version } },
      });
      if (data?.signDischargeSummary.__typename === 'DischargeConflict')
        setNotice('Someone changed the summary first; it has been reloaded.');
    } catch (error) {
      setNotice(apiError(error)?.message ?? 'The summary could not be signed.');
    }
  };
  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      className={classes.printable}
      data-testid="discharge-summary"
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3}>Discharge summary</Title>
            <Text size="sm">
              {props.clientName} · {episode.program.name} · discharged{' '}
              {formatInstantDate(d.dischargedAt, episode.program.timeZone)} (
              {dischargeTypeLabel(d.dischargeType)})
            </Text>
          </div>
          {d.summarySignedAt ? (
            <Badge color="teal" variant="light">
              Signed
            </Badge>
          ) : (
            <Badge color="yellow" variant="light">
              Unsigned
            </Badge>
          )}
        </Group>
        {notice && (
          <Alert color="red" role="alert" className={classes.noPrint}>
            {notice}
          </Alert>
        )}
        <Text size="sm">Reason: {d.reason}</Text>
        {SECTIONS.map(([key, label]) => (
          <div key={key} className={classes.section}>
            <Text fw={600} size="sm">
              {label}
            </Text>
            <Text size="sm">{d.summary[key] || '—'}</Text>
          </div>
        ))}
        {d.aftercarePlan && <AftercarePlanView plan={d.aftercarePlan} />}
        {d.attemptedContact && (
          <Text size="sm">
            Attempt to reach the client ({d.attemptedContact.method.toLowerCase()}):{' '}
            {d.attemptedContact.note}
          </Text>
        )}
        {d.summarySignedAt && (
          <Text size="sm">
            Signed by {d.summarySignedBy?.displayName ?? 'staff'},{' '}
            {formatDateTime(d.summarySignedAt, episode.program.timeZone)}
          </Text>
        )}
        <Group justify="flex-end" className={classes.noPrint}>
          <Button variant="default" onClick={() => window.print()}>
            Print
          </Button>
          {props.canEdit && !d.summarySignedAt && (
            <Button onClick={() => void signNow()} loading={loading}>
              Sign summary
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
