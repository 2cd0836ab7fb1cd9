import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { EpisodePhase } from '@waypoint/domain';
import { useState } from 'react';
import { whoSaved } from '../../ui/conflict-comparison';
import { describeError } from '../../ui/error-message';
import { careTeamChanged, careTeamInput, validateCareTeam, type CareTeamValues } from './care-team';
import type { TheirEpisode } from './episode-conflict';
import { useAssignCareTeamMutation } from './use-assign-care-team-mutation';
import { useProgramStaff } from './use-program-staff';

interface CareTeamFormProps {
  episode: { id: string; version: number; phase: EpisodePhase; programId: string };
  /** The team as it was when editing began. */
  base: CareTeamValues;
  onClose: () => void;
}

type Problem =
  { kind: 'conflict'; theirs: TheirEpisode } | { kind: 'message'; title: string; message: string };

export function CareTeamForm({ episode, base: initialBase, onClose }: CareTeamFormProps) {
  const { assign, saving } = useAssignCareTeamMutation();
  const clinicians = useProgramStaff(episode.programId, 'CLINICIAN');
  const caseManagers = useProgramStaff(episode.programId, 'CASE_MANAGER');
  const [against, setAgainst] = useState({ version: episode.version, base: initialBase });
  const [problem, setProblem] = useState<Problem | null>(null);
  const form = useForm<CareTeamValues>({
    mode: 'controlled',
    initialValues: initialBase,
    validate: (values) => validateCareTeam(episode.phase, values),
  });

  const submit = async (values: CareTeamValues, target = against) => {
    setProblem(null);
    if (!careTeamChanged(target.base, values)) return onClose();
    const result = await assign(
      careTeamInput({ id: episode.id, version: target.version }, target.base, values),
    );
    switch (result.kind) {
      case 'saved':
        notifications.show({
          color: 'teal',
          title: 'Care team saved',
          message: 'The chart shows the new care team.',
        });
        return onClose();
      case 'invalid':
        return form.setErrors(result.fields);
      case 'conflict':
        return setProblem({ kind: 'conflict', theirs: result.theirs });
      case 'refused':
        return setProblem({
          kind: 'message',
          title: 'This episode has ended',
          message: 'Its care team no longer changes.',
        });
      case 'forbidden':
        return setProblem({
          kind: 'message',
          title: 'Not saved: you cannot change this episode',
          message: 'Only a director of the program assigns the care team.',
        });
      case 'signed-out':
        return;
      case 'failed': {
        const d = describeError(result.error);
        return setProblem({ kind: 'message', title: d.title, message: d.message });
      }
    }
  };

  const name = (id: string | null, list: typeof clinicians) =>
    id ? (list.nameOf(id) ?? 'someone no longer listed') : 'nobody';

  return (
    <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate data-testid="care-team-form">
      <Stack gap="md">
        {problem?.kind === 'conflict' && (
          <Alert
            color="yellow"
            variant="light"
            role="alert"
            title="Someone else changed this episode first"
          >
            <Text size="sm">
              {whoSaved(problem.theirs.savedBy)} saved a change. The care team is now: primary
              clinician <b>{name(problem.theirs.primaryClinicianId, clinicians)}</b>, case manager{' '}
              <b>{name(problem.theirs.caseManagerId, caseManagers)}</b>. Your choice was not saved.
            </Text>
            <Group gap="sm" mt="sm">
              <Button
                size="xs"
                loading={saving}
                onClick={() => {
                  const next = {
                    version: problem.theirs.version,
                    base: {
                      primaryClinicianId: problem.theirs.primaryClinicianId,
                      caseManagerId: problem.theirs.caseManagerId,
                    },
                  };
                  setAgainst(next);
                  void submit(form.values, next);
                }}
              >
                Save my choice over theirs
              </Button>
              <Button size="xs" variant="default" onClick={onClose} disabled={saving}>
                Keep theirs
              </Button>
            </Group>
          </Alert>
        )}
        {problem?.kind === 'message' && (
          <Alert color="red" variant="light" role="alert" title={problem.title}>
            {problem.message}
          </Alert>
        )}
        <Select
          label="Primary clinician"
          placeholder={clinicians.loading ? 'Loading…' : 'Choose a clinician'}
          data={clinicians.options}
          searchable
          clearable={episode.phase === 'PRE_ADMISSION'}
          nothingFoundMessage="No clinician by that name"
          comboboxProps={{ withinPortal: true }}
          data-testid="care-team-clinician"
          {...form.getInputProps('primaryClinicianId')}
        />
        <Select
          label="Case manager"
          placeholder={caseManagers.loading ? 'Loading…' : 'Not assigned'}
          data={caseManagers.options}
          searchable
          clearable
          nothingFoundMessage="No case manager by that name"
          comboboxProps={{ withinPortal: true }}
          data-testid="care-team-case-manager"
          {...form.getInputProps('caseManagerId')}
        />
        <Group gap="sm">
          <Button type="submit" loading={saving} disabled={problem?.kind === 'conflict'}>
            Save care team
          </Button>
          <Button variant="default" onClick={onClose} disabled={saving}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
