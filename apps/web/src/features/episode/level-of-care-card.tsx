import {
  Alert,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { ASAM_LEVELS, asamLevelLabel, isAsamLevel, mayChangeLevelOfCare } from '@waypoint/domain';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatDateTime } from '../../ui/dates';
import { useCurrentViewer } from '../auth/current-viewer';
import { useChangeLevelOfCareMutation } from './use-change-level-of-care-mutation';

export const LevelOfCareCardFragment = graphql(`
  fragment LevelOfCareCard_episode on Episode {
    id
    version
    phase
    levelOfCare
    authorizedLevelOfCare
    levelOfCareChangedAt
    program {
      id
      timeZone
    }
    levelOfCareHistory {
      id
      clinicalLevel
      authorizedLevel
      levelChanged
      reason
      changedAt
      changedBy {
        id
        displayName
      }
    }
  }
`);

const levelOptions = ASAM_LEVELS.map((l) => ({ value: l.level, label: asamLevelLabel(l.level) }));

interface LevelValues {
  clinicalLevel: string | null;
  authorizedLevel: string | null;
  reason: string;
}

/**
 * The episode's level of care: clinical (recommended) and authorized, and every change with who,
 * when and why. A clinician or director changes it while the client is in treatment; only a real
 * change brings the plan review forward (a re-save is kept, marked as unchanged).
 */
export function LevelOfCareCard(props: {
  episode: FragmentType<typeof LevelOfCareCardFragment>;
  canEdit: boolean;
}) {
  const episode = getFragmentData(LevelOfCareCardFragment, props.episode);
  const viewer = useCurrentViewer();
  const roles = viewer.programRoles
    .filter((r) => r.program.id === episode.program.id)
    .map((r) => r.role);
  const canChange =
    props.canEdit && episode.phase === 'IN_TREATMENT' && mayChangeLevelOfCare(roles);
  const [editing, setEditing] = useState(false);
  if (!episode.levelOfCare && episode.levelOfCareHistory.length === 0) return null;
  const tz = episode.program.timeZone;

  return (
    <Paper withBorder radius="md" p="lg" data-testid="level-of-care-card">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} fz={18}>
          Level of care
        </Title>
        {canChange && !editing && (
          <Button variant="light" size="xs" onClick={() => setEditing(true)} data-testid="loc-edit">
            Change
          </Button>
        )}
      </Group>
      <Text size="sm" data-testid="loc-current">
        Clinical: <b>{episode.levelOfCare ? asamLevelLabel(episode.levelOfCare) : '—'}</b>
        {' · '}Authorized:{' '}
        <b>
          {episode.authorizedLevelOfCare
            ? asamLevelLabel(episode.authorizedLevelOfCare)
            : 'pending'}
        </b>
      </Text>
      {editing && <LevelOfCareForm episode={episode} onClose={() => setEditing(false)} />}
      <Table mt="sm" verticalSpacing={4} data-testid="loc-history">
        <Table.Tbody>
          {episode.levelOfCareHistory.map((h) => (
            <Table.Tr key={h.id}>
              <Table.Td>
                <Text size="sm">
                  {h.clinicalLevel} / {h.authorizedLevel ?? '—'}
                  {!h.levelChanged && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      (unchanged)
                    </Text>
                  )}
                </Text>
                <Text size="xs" c="dimmed">
                  {h.reason}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {formatDateTime(h.changedAt, tz)} · {h.changedBy.displayName}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function LevelOfCareForm({
  episode,
  onClose,
}: {
  episode: {
    id: string;
    version: number;
    levelOfCare?: string | null;
    authorizedLevelOfCare?: string | null;
  };
  onClose: () => void;
}) {
  const { change, saving } = useChangeLevelOfCareMutation();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<LevelValues>({
    mode: 'controlled',
    initialValues: {
      clinicalLevel: episode.levelOfCare ?? null,
      authorizedLevel: episode.authorizedLevelOfCare ?? null,
      reason: '',
    },
    validate: {
      clinicalLevel: (v) => (v && isAsamLevel(v) ? null : 'Choose the clinical level'),
      reason: (v) => (v.trim() ? null : 'Say why the level changes (or is confirmed)'),
    },
  });
  const submit = async (v: LevelValues) => {
    setProblem(null);
    const result = await change({
      episodeId: episode.id,
      version: episode.version,
      clinicalLevel: v.clinicalLevel ?? '',
      authorizedLevel: v.authorizedLevel,
      reason: v.reason.trim(),
    });
    switch (result.kind) {
      case 'saved':
        return onClose();
      case 'invalid':
        return form.setErrors(result.fields);
      case 'conflict':
        return setProblem(
          'The episode was changed by someone else. Reload the chart and try again.',
        );
      case 'refused':
        return setProblem('The level of care changes only while the client is in treatment.');
      case 'forbidden':
        return setProblem('A clinician or director of the program records the level of care.');
      case 'signed-out':
        return;
      case 'failed':
        return setProblem('The level of care could not be saved. Try again.');
    }
  };
  return (
    <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate data-testid="loc-form">
      <Stack gap="sm" mt="sm">
        {problem && (
          <Alert color="red" variant="light" role="alert">
            {problem}
          </Alert>
        )}
        <Group grow>
          <Select
            label="Clinical level"
            data={levelOptions}
            withAsterisk
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            data-testid="loc-clinical"
            {...form.getInputProps('clinicalLevel')}
          />
          <Select
            label="Authorized level"
            placeholder="Pending"
            data={levelOptions}
            clearable
            comboboxProps={{ withinPortal: true }}
            data-testid="loc-authorized"
            {...form.getInputProps('authorizedLevel')}
          />
        </Group>
        <Textarea
          label="Reason"
          withAsterisk
          autosize
          minRows={2}
          maxLength={2000}
          data-testid="loc-reason"
          {...form.getInputProps('reason')}
        />
        <Group gap="sm">
          <Button type="submit" loading={saving} data-testid="loc-save">
            Save level of care
          </Button>
          <Button variant="default" onClick={onClose} disabled={saving}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
