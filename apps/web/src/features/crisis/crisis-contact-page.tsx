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

// Any client of the program in treatment or aftercare, not only the on-call clinician's own.
const CrisisCallerMatchesQuery = graphql(`
  query CrisisCallerMatches($programId: ID!, $search: String!) {
    crisisCallerMatches(programId: $programId, search: $search) {
      clientId
      episodeId
      displayName
      dateOfBirth
      episodeStatus
      primaryClinician
    }
  }
`);

interface CallerOption {
  value: string;
  label: string;
  /** Born, where the episode stands, whose client: two clients of one name told apart. */
  detail: string;
}

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
  const [picked, setPicked] = useState<CallerOption | null>(null);
  const term = search.trim();
  const { data } = useQuery(CrisisCallerMatchesQuery, {
    variables: { programId, search: term },
    // Picking a client puts their name in the box: that is not a new search.
    skip: !programId || term.length < 2 || term === picked?.label,
  });
  const [log, { loading }] = useMutation(LogCrisisContactMutation);

  if (!programs.length) {
    return (
      <Alert color="gray" title="Crisis contacts">
        Crisis-line contacts are logged by the program’s clinical staff.
      </Alert>
    );
  }

  const choices: CallerOption[] = (data?.crisisCallerMatches ?? []).map((m) => ({
    value: m.episodeId,
    label: m.displayName,
    detail: [`born ${m.dateOfBirth}`, m.episodeStatus, m.primaryClinician]
      .filter(Boolean)
      .join(' · '),
  }));
  if (picked && !choices.some((c) => c.value === picked.value)) choices.unshift(picked);
  const pick = (value: string | null) => {
    setEpisodeId(value);
    setPicked(choices.find((c) => c.value === value) ?? null);
  };

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
      pick(null);
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
                pick(null);
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
            description="Any client of the program in treatment or aftercare"
            placeholder="Search by name"
            searchable
            clearable
            size="md"
            data={choices}
            // The API matched first, last and preferred names: show all it found.
            filter={({ options }) => options}
            renderOption={({ option }) => (
              <Stack gap={0}>
                <Text size="sm">{option.label}</Text>
                <Text size="xs" c="dimmed">
                  {choices.find((c) => c.value === option.value)?.detail}
                </Text>
              </Stack>
            )}
            value={episodeId}
            onChange={pick}
            onSearchChange={setSearch}
            nothingFoundMessage={
              term.length < 2
                ? 'Type two letters of the name or more'
                : 'No client of this program in treatment or aftercare by that name'
            }
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
