import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Radio, Select, Stack, Text } from '@mantine/core';
import { INSTRUMENTS, MEASURE_INSTRUMENTS, type MeasureInstrument } from '@waypoint/domain';
import { useState } from 'react';
import { graphql } from '../../gql';
import { apiError, fieldErrors } from '../../ui/graphql-errors';
import { ChartMeasuresQuery } from './measures-query';

const AdministerMeasure = graphql(`
  mutation AdministerMeasure($input: AdministerMeasureInput!) {
    administerMeasure(input: $input) {
      id
      scoreStatus
      totalScore
      severityBand
      flags
    }
  }
`);

interface MeasureFormProps {
  episodeId: string;
  clientId: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * The items of one instrument as radio groups: Tab moves between items, the arrow keys choose an
 * answer. An item left unanswered is sent as skipped, and the server then stores the measure as
 * incomplete (no total), as the scoring rule says.
 */
export function MeasureForm({ episodeId, clientId, onDone, onCancel }: MeasureFormProps) {
  const [instrument, setInstrument] = useState<MeasureInstrument>('PHQ9');
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [administer, { loading }] = useMutation(AdministerMeasure, {
    refetchQueries: [{ query: ChartMeasuresQuery, variables: { clientId } }, 'TodayWorklist'],
    awaitRefetchQueries: true,
  });
  const definition = INSTRUMENTS[instrument];

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      const { data } = await administer({
        variables: { input: { episodeId, instrument, answers } },
      });
      const saved = data?.administerMeasure;
      const score =
        saved?.scoreStatus === 'INCOMPLETE'
          ? 'incomplete (no total)'
          : saved?.totalScore != null
            ? `total ${saved.totalScore}`
            : 'scored';
      onDone(
        `${definition.name} saved: ${score}${saved?.flags.includes('SAFETY') ? '. Safety follow-up needed.' : ''}`,
      );
    } catch (error) {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) setProblems(fields);
      else setNotice(apiError(error)?.message ?? 'The measure could not be saved. Try again.');
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="measure-form">
      <Stack gap="md">
        {notice && (
          <Alert color="red" role="alert">
            {notice}
          </Alert>
        )}
        <Select
          label="Instrument"
          data={MEASURE_INSTRUMENTS.map((i) => ({ value: i, label: INSTRUMENTS[i].name }))}
          value={instrument}
          allowDeselect={false}
          onChange={(v) => {
            if (!v) return;
            setInstrument(v);
            setAnswers({});
            setProblems({});
          }}
        />
        <Text size="sm" c="dimmed">
          {definition.lookBack}
        </Text>
        {definition.items.map((item) => (
          <Radio.Group
            key={`${instrument}-${item.key}`}
            name={`item-${item.key}`}
            label={`${item.key}. ${item.text}`}
            description={item.required ? undefined : 'Optional, not scored'}
            value={answers[item.key] === undefined ? null : String(answers[item.key])}
            onChange={(v) => setAnswers((a) => ({ ...a, [item.key]: Number(v) }))}
            error={problems[`answers.${item.key}`]}
            data-testid={`measure-item-${item.key}`}
          >
            <Group gap="sm" mt={4}>
              {item.options.map((o) => (
                <Radio key={o.value} value={String(o.value)} label={`${o.label} (${o.value})`} />
              ))}
            </Group>
          </Radio.Group>
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Save {definition.name}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
