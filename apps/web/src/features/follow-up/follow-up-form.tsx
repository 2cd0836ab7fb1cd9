import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  Radio,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { INSTRUMENTS, type FollowUpStatus } from '@waypoint/domain';
import { useState } from 'react';
import { graphql } from '../../gql';
import { apiError, fieldErrors } from '../../ui/graphql-errors';
import { ChartDischargeQuery } from '../discharge/discharge-query';

const RecordFollowUpContact = graphql(`
  mutation RecordFollowUpContact($input: RecordFollowUpContactInput!) {
    recordFollowUpContact(input: $input) {
      __typename
      ... on FollowUpContact {
        id
        version
        status
      }
    }
  }
`);

const OUTCOMES = [
  { value: 'IN_RECOVERY', label: 'In recovery' },
  { value: 'USING', label: 'Using' },
  { value: 'READMITTED_ELSEWHERE', label: 'Re-admitted elsewhere' },
  { value: 'UNREACHABLE', label: 'Unreachable' },
];
const METHODS = [
  { value: 'PHONE', label: 'Phone' },
  { value: 'VIDEO', label: 'Video' },
  { value: 'IN_PERSON', label: 'In person' },
  { value: 'TEXT', label: 'Text message' },
];

/**
 * One follow-up contact recorded: reached (how, outcome, and the BAM asked then), tried without
 * reaching the client, or missed. The BAM items are radio groups, as on the measures form.
 */
export function FollowUpForm(props: {
  clientId: string;
  episodeId: string;
  contact: { id: string; version: number; dueOn: string };
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const [status, setStatus] = useState<FollowUpStatus>('DONE');
  const [method, setMethod] = useState<string | null>('PHONE');
  const [outcome, setOutcome] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RecordFollowUpContact, {
    refetchQueries: [{ query: ChartDischargeQuery, variables: { clientId: props.clientId } }],
    awaitRefetchQueries: true,
  });
  const reached = status === 'DONE';

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setProblems({});
    setNotice(null);
    try {
      const { data } = await record({
        variables: {
          input: {
            episodeId: props.episodeId,
            followUpId: props.contact.id,
            version: props.contact.version,
            status,
            method: status === 'MISSED' ? null : (method as 'PHONE'),
            outcome: (outcome as 'IN_RECOVERY' | null) ?? null,
            note,
            bamAnswers: reached && Object.keys(answers).length ? answers : null,
          },
        },
      });
      if (data?.recordFollowUpContact.__typename === 'FollowUpContactConflict') {
        setNotice('Someone recorded this contact first; the list has been reloaded.');
        return;
      }
      props.onDone('Follow-up contact saved.');
    } catch (error) {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) setProblems(fields);
      else setNotice(apiError(error)?.message ?? 'The contact could not be saved. Try again.');
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="follow-up-form">
      <Stack gap="md">
        {notice && (
          <Alert color="red" role="alert">
            {notice}
          </Alert>
        )}
        <Stack gap={4}>
          <Text size="sm" fw={500} id="follow-up-status-label">
            Contact
          </Text>
          <SegmentedControl
            aria-labelledby="follow-up-status-label"
            value={status}
            onChange={(v) => setStatus(v)}
            data={[
              { value: 'DONE', label: 'Reached' },
              { value: 'ATTEMPTED', label: 'Tried' },
              { value: 'MISSED', label: 'Missed' },
            ]}
          />
        </Stack>
        {status !== 'MISSED' && (
          <Select
            label="How"
            data={METHODS}
            value={method}
            onChange={setMethod}
            error={problems.method}
          />
        )}
        <Select
          label="Outcome"
          data={OUTCOMES}
          value={outcome}
          onChange={setOutcome}
          clearable
          error={problems.outcome}
        />
        <Textarea
          label="Note"
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        {reached && (
          <Stack gap="sm">
            <Text fw={600}>BAM</Text>
            <Text size="sm" c="dimmed">
              {INSTRUMENTS.BAM.lookBack}
            </Text>
            {INSTRUMENTS.BAM.items.map((item) => (
              <Radio.Group
                key={item.key}
                name={`bam-${item.key}`}
                label={`${item.key}. ${item.text}`}
                description={item.required ? undefined : 'Optional, not scored'}
                value={answers[item.key] === undefined ? null : String(answers[item.key])}
                onChange={(v) => setAnswers((a) => ({ ...a, [item.key]: Number(v) }))}
                error={problems[`bamAnswers.${item.key}`]}
                data-testid={`bam-item-${item.key}`}
              >
                <Group gap="sm" mt={4}>
                  {item.options.map((o) => (
                    <Radio
                      key={o.value}
                      value={String(o.value)}
                      label={`${o.label} (${o.value})`}
                    />
                  ))}
                </Group>
              </Radio.Group>
            ))}
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Save contact
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
