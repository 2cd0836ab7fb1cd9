import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import {
  ANALYTES,
  analyteLabel,
  screenMethodLabel,
  screenStatusLabel,
  type Analyte,
  type AnalyteResult,
  type ScreenMethod,
} from '@waypoint/domain';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { ChartMeasuresQuery as ChartMeasuresData } from '../../gql/graphql';
import { formatDateTime, localInputValue } from '../../ui/dates';
import { apiError, fieldErrors } from '../../ui/graphql-errors';
import { ChartMeasuresQuery } from './measures-query';

type Screen = NonNullable<
  NonNullable<ChartMeasuresData['client']>['currentEpisode']
>['drugScreens'][number];

const RecordDrugScreen = graphql(`
  mutation RecordDrugScreen($input: RecordDrugScreenInput!) {
    recordDrugScreen(input: $input) {
      id
      status
    }
  }
`);
const CompleteDrugScreen = graphql(`
  mutation CompleteDrugScreen($input: CompleteDrugScreenInput!) {
    completeDrugScreen(input: $input) {
      __typename
      ... on DrugScreen {
        id
        version
        status
      }
      ... on DrugScreenConflict {
        message
      }
    }
  }
`);

const METHODS: ScreenMethod[] = ['POINT_OF_CARE_CUP', 'LAB', 'BREATHALYZER', 'ORAL_FLUID'];
const RESULTS: { value: string; label: string }[] = [
  { value: '', label: 'Not tested' },
  { value: 'NEGATIVE', label: 'Negative' },
  { value: 'POSITIVE', label: 'Positive' },
  { value: 'INVALID', label: 'Invalid' },
  { value: 'PENDING', label: 'Pending (lab)' },
];
const STATUS_COLOR: Record<string, string> = {
  PENDING: 'gray',
  NEGATIVE: 'teal',
  EXPECTED_POSITIVE: 'blue',
  UNEXPECTED_POSITIVE: 'red',
};

function RecordScreenForm(props: { episodeId: string; clientId: string; onDone: () => void }) {
  const [collectedAt, setCollectedAt] = useState(localInputValue(new Date()));
  const [method, setMethod] = useState<ScreenMethod>('POINT_OF_CARE_CUP');
  const [observed, setObserved] = useState(true);
  const [results, setResults] = useState<Partial<Record<Analyte, AnalyteResult>>>({});
  const [expected, setExpected] = useState<Partial<Record<Analyte, boolean>>>({});
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RecordDrugScreen, {
    refetchQueries: [{ query: ChartMeasuresQuery, variables: { clientId: props.clientId } }],
    awaitRefetchQueries: true,
  });
  const panel = ANALYTES.flatMap((analyte) => {
    const result = results[analyte];
    return result ? [{ analyte, result, expected: expected[analyte] ?? false }] : [];
  });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!panel.length) {
      setProblems({ panel: 'Enter a result for at least one substance' });
      return;
    }
    try {
      await record({
        variables: {
          input: {
            episodeId: props.episodeId,
            collectedAt: new Date(collectedAt).toISOString(),
            method,
            observed,
            panel,
          },
        },
      });
      props.onDone();
    } catch (error) {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) setProblems(fields);
      else setNotice(apiError(error)?.message ?? 'The screen could not be saved. Try again.');
    }
  };

  const panelProblem = Object.entries(problems).find(([k]) => k.startsWith('panel'))?.[1];
  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="drug-screen-form">
      <Stack gap="sm">
        {notice && (
          <Alert color="red" role="alert">
            {notice}
          </Alert>
        )}
        <TextInput
          type="datetime-local"
          label="Collected at"
          value={collectedAt}
          onChange={(e) => setCollectedAt(e.currentTarget.value)}
          error={problems.collectedAt}
        />
        <Select
          label="Method"
          allowDeselect={false}
          data={METHODS.map((m) => ({ value: m, label: screenMethodLabel(m) }))}
          value={method}
          onChange={(v) => v && setMethod(v)}
        />
        <Checkbox
          label="Collection observed"
          checked={observed}
          onChange={(e) => setObserved(e.currentTarget.checked)}
        />
        <Text size="sm" fw={500}>
          Panel
        </Text>
        {panelProblem && (
          <Text size="sm" c="red.8" role="alert">
            {panelProblem}
          </Text>
        )}
        {ANALYTES.map((analyte) => (
          <Group key={analyte} gap="sm" wrap="wrap" align="end">
            <NativeSelect
              label={analyteLabel(analyte)}
              data={RESULTS}
              value={results[analyte] ?? ''}
              onChange={(e) => {
                const v = e.currentTarget.value as AnalyteResult | '';
                setResults((r) => ({ ...r, [analyte]: v || undefined }));
              }}
              style={{ flex: '1 1 160px' }}
            />
            <Checkbox
              label="Prescribed"
              aria-label={`${analyteLabel(analyte)} prescribed (a positive is expected)`}
              checked={expected[analyte] ?? false}
              onChange={(e) => {
                const checked = e.currentTarget.checked;
                setExpected((x) => ({ ...x, [analyte]: checked }));
              }}
              mb={8}
            />
          </Group>
        ))}
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            Save screen
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CompletePending({ screen, clientId }: { screen: Screen; clientId: string }) {
  const pending = screen.panel.filter((l) => l.result === 'PENDING');
  const [results, setResults] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [complete, { loading }] = useMutation(CompleteDrugScreen, {
    refetchQueries: [{ query: ChartMeasuresQuery, variables: { clientId } }],
    awaitRefetchQueries: true,
  });
  const chosen = pending.flatMap((l) =>
    results[l.analyte] ? [{ analyte: l.analyte, result: results[l.analyte] as AnalyteResult }] : [],
  );
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!chosen.length) return setNotice('Choose at least one result');
    try {
      const { data } = await complete({
        variables: { input: { id: screen.id, version: screen.version, results: chosen } },
      });
      if (data?.completeDrugScreen.__typename === 'DrugScreenConflict') {
        setNotice('Someone recorded results first; the timeline now shows theirs.');
      }
    } catch (error) {
      setNotice(apiError(error)?.message ?? 'The results could not be saved. Try again.');
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="complete-screen-form">
      <Group gap="sm" align="end" wrap="wrap">
        {pending.map((l) => (
          <NativeSelect
            key={l.analyte}
            label={`${analyteLabel(l.analyte)} (lab result)`}
            data={RESULTS.filter((r) => r.value !== 'PENDING').map((r) =>
              r.value ? r : { value: '', label: 'Still pending' },
            )}
            value={results[l.analyte] ?? ''}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setResults((r) => ({ ...r, [l.analyte]: v }));
            }}
          />
        ))}
        <Button type="submit" size="xs" loading={loading}>
          Record lab results
        </Button>
      </Group>
      {notice && (
        <Text size="sm" c="red.8" role="alert">
          {notice}
        </Text>
      )}
    </form>
  );
}

/** The episode's drug screens, newest first; recording one; completing a pending lab panel. */
export function DrugScreensCard({ clientId, canEdit }: { clientId: string; canEdit: boolean }) {
  const { data } = useQuery(ChartMeasuresQuery, { variables: { clientId } });
  const [recording, setRecording] = useState(false);
  const episode = data?.client?.currentEpisode;
  if (!episode || episode.phase === 'PRE_ADMISSION' || episode.phase === 'ENDED') return null;
  const timeZone = episode.program.timeZone;
  return (
    <Paper withBorder radius="md" p="lg" id="drug-screens" data-testid="drug-screens-card">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h4">
            Drug screens
          </Title>
          {canEdit && (
            <Button size="xs" onClick={() => setRecording(true)}>
              Record a screen
            </Button>
          )}
        </Group>
        {episode.drugScreens.length === 0 && (
          <Text size="sm" c="dimmed">
            No screens in this episode yet.
          </Text>
        )}
        <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {episode.drugScreens.map((s) => (
            <li key={s.id} data-testid="drug-screen">
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={600}>
                  {formatDateTime(s.collectedAt, timeZone)}
                </Text>
                <Badge color={STATUS_COLOR[s.status]} variant="light">
                  {screenStatusLabel(s.status)}
                </Badge>
                <Text size="sm" c="dimmed">
                  {screenMethodLabel(s.method)} · {s.observed ? 'observed' : 'not observed'}
                  {s.randomPick ? ' · random pick' : ''}
                </Text>
              </Group>
              <Text size="sm">
                {s.panel
                  .map(
                    (l) =>
                      `${analyteLabel(l.analyte)} ${l.result.toLowerCase()}${l.expected ? ' (prescribed)' : ''}`,
                  )
                  .join(', ')}
              </Text>
              {canEdit && s.panel.some((l) => l.result === 'PENDING') && (
                <CompletePending screen={s} clientId={clientId} />
              )}
            </li>
          ))}
        </Stack>
      </Stack>
      <Modal
        opened={recording}
        onClose={() => setRecording(false)}
        title="Record a drug screen"
        size="lg"
      >
        <RecordScreenForm
          episodeId={episode.id}
          clientId={clientId}
          onDone={() => setRecording(false)}
        />
      </Modal>
    </Paper>
  );
}
