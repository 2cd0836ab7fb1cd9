import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Skeleton,
  Stack,
  TagsInput,
  Text,
  Title,
} from '@mantine/core';
import { NOTE_DUE_HOURS, notePolicyProblems } from '@waypoint/domain';
import { useState } from 'react';
import { graphql } from '../../gql';
import { describeError } from '../../ui/error-message';
import { apiError, fieldErrors } from '../../ui/graphql-errors';
import { QueryErrorAlert } from '../../ui/query-error-alert';

const NotePolicyQuery = graphql(`
  query ProgramNotePolicy {
    managedPrograms {
      id
      notePolicy {
        programId
        dueHours
        cosignCredentials
        version
      }
    }
  }
`);

const UpdateNotePolicy = graphql(`
  mutation UpdateNotePolicy($input: UpdateNotePolicyInput!) {
    updateNotePolicy(input: $input) {
      programId
      dueHours
      cosignCredentials
      version
    }
  }
`);

interface Policy {
  dueHours: number;
  cosignCredentials: string[];
  version: number;
}

function NotePolicyForm(props: {
  programId: string;
  saved: Policy;
  onSaved: (saved: boolean) => void;
}) {
  const { programId, saved } = props;
  const [dueHours, setDueHours] = useState<number | string>(saved.dueHours);
  const [credentials, setCredentials] = useState<string[]>(saved.cosignCredentials);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateNotePolicy, {
    refetchQueries: [{ query: NotePolicyQuery }],
    awaitRefetchQueries: true,
  });

  const save = async () => {
    setProblem(null);
    props.onSaved(false);
    const policy = { dueHours: Number(dueHours), cosignCredentials: credentials };
    // The domain's rule, checked here first so the form answers at once.
    const problems = notePolicyProblems(policy);
    setErrors(Object.fromEntries(problems.map((p) => [p.field, p.message])));
    if (problems.length) return;
    try {
      await update({ variables: { input: { programId, version: saved.version, ...policy } } });
      props.onSaved(true);
    } catch (e) {
      setErrors(fieldErrors(e));
      const conflict = apiError(e)?.code === 'CONFLICT' ? apiError(e)?.message : undefined;
      setProblem(conflict ?? describeError(e).message);
    }
  };

  return (
    <Stack gap="sm">
      <NumberInput
        label="Notes due within (hours after the session)"
        description="An unsigned note past this is overdue on its author’s Today and the dashboard."
        min={NOTE_DUE_HOURS.min}
        max={NOTE_DUE_HOURS.max}
        allowDecimal={false}
        clampBehavior="none"
        maw={320}
        value={dueHours}
        onChange={setDueHours}
        error={errors.dueHours}
      />
      <TagsInput
        label="Credentials whose notes need a director’s co-signature"
        description="As written on staff records, e.g. CADC-T or ASW (trainees). Press Enter after each."
        value={credentials}
        onChange={setCredentials}
        error={errors.cosignCredentials}
        clearable
      />
      <Group gap="sm">
        <Button onClick={() => void save()} loading={loading}>
          Save note rules
        </Button>
      </Group>
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
    </Stack>
  );
}

/** The program's rules for progress notes: when they are due and whose need co-signature. */
export function NotePolicyCard({ programId }: { programId: string }) {
  const { data, error, loading, refetch } = useQuery(NotePolicyQuery);
  // Kept here: a save's new version starts the form afresh, and the confirmation outlives it.
  const [saved, setSaved] = useState(false);
  const policy = data?.managedPrograms.find((p) => p.id === programId)?.notePolicy;
  return (
    <Paper withBorder radius="md" p="lg" data-testid="note-policy-card">
      <Stack gap="md">
        <Title order={2} size="h3">
          Progress notes
        </Title>
        {error ? (
          <QueryErrorAlert
            error={error}
            onRetry={() => void refetch().catch(() => undefined)}
            retrying={loading}
          />
        ) : policy ? (
          // A new version (saved here or elsewhere) starts the form afresh from it.
          <NotePolicyForm
            key={policy.version}
            programId={programId}
            saved={policy}
            onSaved={setSaved}
          />
        ) : (
          <Skeleton height={160} />
        )}
        {saved && (
          <Text size="sm" c="teal.8" role="status">
            Note rules saved
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
