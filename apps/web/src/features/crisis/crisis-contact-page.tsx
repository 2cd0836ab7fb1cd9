import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Chip,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  CrisisAction,
  crisisActionLabel,
  type CrisisCaller,
  type CrisisRiskLevel,
} from '@waypoint/domain';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import { fieldErrors } from '../../ui/graphql-errors';
import { useCurrentViewer } from '../auth/current-viewer';

const CrisisClientChoicesQuery = graphql(`
  query CrisisClientChoices($programId: ID!, $search: String) {
    clients(first: 10, filter: { programId: $programId, search: $search }) {
      edges {
        node {
          id
          displayName
          currentEpisode {
            id
          }
        }
      }
    }
  }
`);

const LogCrisisContactMutation = graphql(`
  mutation LogCrisisContact($input: LogCrisisContactInput!) {
    logCrisisContact(input: $input) {
      id
      riskLevel
      followUpDueOn
    }
  }
`);

const LOGGING_ROLES = new Set(['DIRECTOR', 'CLINICIAN', 'CASE_MANAGER']);

/** "2026-11-10T21:40" in the device's clock, what a datetime-local field shows. */
function localNow(now = new Date()): string {
  const shifted = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/**
 * Logging a crisis-line call, made to take under a minute on a phone: who called and the risk
 * are two taps each, what was done is a row of large chips, the client (if known) is one search,
 * and the time is now unless changed. With a client it lands on the primary clinician's Today.
 */
export function CrisisContactPage() {
  const viewer = useCurrentViewer();
  const programs = [
    ...new Map(
      viewer.programRoles
        .filter((r) => LOGGING_ROLES.has(r.role))
        .map((r) => [r.program.id, r.program]),
    ).values(),
  ];
  const [programId, setProgramId] = useState(programs[0]?.id ?? '');
  const [search, setSearch] = useState('');
  const [episodeId, setEpisodeId] = useState<string | null>(null);
  const [caller, setCaller] = useState<CrisisCaller>('CLIENT');
  const [riskLevel, setRiskLevel] = useState<CrisisRiskLevel>('LOW');
  const [actions, setActions] = useState<string[]>([]);
  const [notes, setNotes] = useState('');
  const [occurredAt, setOccurredAt] = useState(localNow);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { data } = useQuery(CrisisClientChoicesQuery, {
    variables: { programId, search: search.trim() || null },
    skip: !programId,
  });
  const [log, { loading }] = useMutation(LogCrisisContactMutation);

  if (!programs.length) {
    return (
      <Alert color="gray" title="Crisis contacts">
        Crisis-line contacts are logged by the program’s clinical staff.
      </Alert>
    );
  }

  const choices = (data?.clients.edges ?? [])
    .filter((e) => e.node.currentEpisode)
    .map((e) => ({ value: e.node.currentEpisode!.id, label: e.node.displayName }));

  const submit = async () => {
    setErrors({});
    try {
      const result = await log({
        variables: {
          input: {
            programId,
            episodeId,
            occurredAt: new Date(occurredAt).toISOString(),
            caller,
            riskLevel,
            actions: actions as CrisisAction[],
            notes,
          },
        },
      });
      const saved = result.data?.logCrisisContact;
      notifications.show({
        color: 'teal',
        message: saved?.followUpDueOn
          ? 'Crisis contact logged; the primary clinician will see it on Today.'
          : 'Crisis contact logged.',
      });
      setEpisodeId(null);
      setActions([]);
      setNotes('');
      setRiskLevel('LOW');
      setCaller('CLIENT');
      setOccurredAt(localNow());
    } catch (err) {
      const fields = fieldErrors(err);
      setErrors(
        Object.keys(fields).length ? fields : { form: 'The contact was not saved; try again.' },
      );
    }
  };

  return (
    <Stack gap="md" maw={560}>
      <div>
        <Title order={1} fz={26}>
          Log a crisis contact
        </Title>
        <Text c="dimmed" size="sm">
          A call to the 24/7 line. High risk brings the client’s plan review forward.{' '}
          <Anchor component={Link} to="/crisis/roster">
            On-call roster
          </Anchor>
        </Text>
      </div>
      <Paper
        withBorder
        radius="md"
        p="md"
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          {programs.length > 1 && (
            <Select
              label="Program"
              data={programs.map((p) => ({ value: p.id, label: p.name }))}
              value={programId}
              onChange={(v) => {
                setProgramId(v ?? programs[0]!.id);
                setEpisodeId(null);
              }}
              allowDeselect={false}
            />
          )}
          <Stack gap={4}>
            <Text component="label" id="crisis-caller-label" size="sm" fw={500}>
              Who called
            </Text>
            <SegmentedControl
              aria-labelledby="crisis-caller-label"
              fullWidth
              size="md"
              value={caller}
              onChange={(v) => setCaller(v)}
              data={[
                { value: 'CLIENT', label: 'Client' },
                { value: 'FAMILY', label: 'Family' },
                { value: 'OTHER', label: 'Other' },
              ]}
            />
          </Stack>
          <Select
            label="Client (optional)"
            placeholder="Search by name"
            searchable
            clearable
            size="md"
            data={choices}
            value={episodeId}
            onChange={setEpisodeId}
            onSearchChange={setSearch}
            nothingFoundMessage="No client by that name on your list"
            error={errors.episodeId}
            data-testid="crisis-client"
          />
          <Stack gap={4}>
            <Text component="label" id="crisis-risk-label" size="sm" fw={500}>
              Risk
            </Text>
            <SegmentedControl
              aria-labelledby="crisis-risk-label"
              fullWidth
              size="md"
              value={riskLevel}
              onChange={(v) => setRiskLevel(v)}
              color={riskLevel === 'HIGH' ? 'red' : riskLevel === 'MODERATE' ? 'orange' : 'teal'}
              data={[
                { value: 'LOW', label: 'Low' },
                { value: 'MODERATE', label: 'Moderate' },
                { value: 'HIGH', label: 'High' },
              ]}
              data-testid="crisis-risk"
            />
          </Stack>
          <Stack gap={6}>
            <Text id="crisis-actions-label" size="sm" fw={500}>
              What was done
            </Text>
            <Chip.Group multiple value={actions} onChange={setActions}>
              <Group gap="xs" role="group" aria-labelledby="crisis-actions-label">
                {Object.values(CrisisAction).map((a) => (
                  <Chip key={a} value={a} size="md" radius="sm">
                    {crisisActionLabel(a)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            {errors.actions && (
              <Text size="sm" c="red.8" role="alert">
                What was done: {errors.actions}
              </Text>
            )}
          </Stack>
          <TextInput
            type="datetime-local"
            label="When"
            size="md"
            value={occurredAt}
            onChange={(e) => setOccurredAt(e.currentTarget.value)}
            error={errors.occurredAt}
          />
          <Textarea
            label="Notes (optional)"
            autosize
            minRows={2}
            maxRows={6}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            error={errors.notes}
          />
          {errors.form && (
            <Text size="sm" c="red.8" role="alert">
              {errors.form}
            </Text>
          )}
          <Button
            type="submit"
            size="lg"
            fullWidth
            loading={loading}
            color="red"
            data-testid="crisis-submit"
          >
            Log contact
          </Button>
        </Stack>
      </Paper>
    </Stack>
  );
}
