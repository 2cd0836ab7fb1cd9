import { Button, DataList, Group, Paper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { PencilIcon } from '../../ui/icons';
import { useCurrentViewer } from '../auth/current-viewer';
import { directsProgram, preparesIntake } from './care-team';
import { CareTeamForm } from './care-team-form';

export const CareTeamCardFragment = graphql(`
  fragment CareTeamCard_episode on Episode {
    id
    version
    status
    phase
    program {
      id
      name
    }
    primaryClinician {
      id
      displayName
    }
    caseManager {
      id
      displayName
    }
  }
`);

function Member({ name }: { name: string | null | undefined }) {
  return name ? (
    <>{name}</>
  ) : (
    <Text span size="sm" c="dimmed">
      Not assigned
    </Text>
  );
}

/** Who looks after the client in this episode; the director assigns them (intake, the assessing clinician). */
export function CareTeamCard(props: {
  episode: FragmentType<typeof CareTeamCardFragment>;
  canEdit: boolean;
}) {
  const episode = getFragmentData(CareTeamCardFragment, props.episode);
  const viewer = useCurrentViewer();
  const [editing, setEditing] = useState(false);
  const canChange =
    props.canEdit &&
    episode.phase !== 'ENDED' &&
    (directsProgram(viewer, episode.program.id) ||
      (episode.phase === 'PRE_ADMISSION' && preparesIntake(viewer, episode.program.id)));

  return (
    <Paper withBorder radius="md" p="lg" data-testid="care-team-card">
      <Group justify="space-between" mb="md" wrap="nowrap">
        <Title order={2} fz={18}>
          Care team
        </Title>
        {canChange && !editing && (
          <Button
            variant="light"
            size="xs"
            leftSection={<PencilIcon size={14} />}
            onClick={() => setEditing(true)}
            data-testid="care-team-edit"
          >
            Change
          </Button>
        )}
      </Group>
      {editing ? (
        <CareTeamForm
          episode={{
            id: episode.id,
            version: episode.version,
            phase: episode.phase,
            programId: episode.program.id,
          }}
          base={{
            primaryClinicianId: episode.primaryClinician?.id ?? null,
            caseManagerId: episode.caseManager?.id ?? null,
          }}
          onClose={() => setEditing(false)}
        />
      ) : (
        <DataList labelWidth={140} gap="sm" data-testid="care-team-view">
          <DataList.Item>
            <DataList.ItemLabel>Primary clinician</DataList.ItemLabel>
            <DataList.ItemValue>
              <Member name={episode.primaryClinician?.displayName} />
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Case manager</DataList.ItemLabel>
            <DataList.ItemValue>
              <Member name={episode.caseManager?.displayName} />
            </DataList.ItemValue>
          </DataList.Item>
        </DataList>
      )}
    </Paper>
  );
}
