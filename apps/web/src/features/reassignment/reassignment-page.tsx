import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  EmptyState,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import type { CareTeamReassignmentsQuery as Data } from '../../gql/graphql';
import { apiErrorCode } from '../../ui/graphql-errors';
import { CheckIcon, LockIcon } from '../../ui/icons';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { CareTeamForm } from '../episode/care-team-form';

export const CareTeamReassignmentsQuery = graphql(`
  query CareTeamReassignments {
    careTeamReassignments {
      id
      version
      phase
      client {
        id
        displayName
      }
      program {
        id
        name
      }
      primaryClinician {
        id
        displayName
        active
      }
      caseManager {
        id
        displayName
        active
      }
    }
  }
`);

type Episode = Data['careTeamReassignments'][number];

function Seat({ label, member }: { label: string; member: Episode['primaryClinician'] }) {
  return (
    <Text size="sm">
      {label}: {member ? member.displayName : 'not assigned'}{' '}
      {member && !member.active && (
        <Badge color="red" variant="light" size="sm">
          Deactivated
        </Badge>
      )}
    </Text>
  );
}

function ReassignmentCard({ episode }: { episode: Episode }) {
  const [editing, setEditing] = useState(false);
  const { refetch } = useQuery(CareTeamReassignmentsQuery, { fetchPolicy: 'cache-only' });
  return (
    <Paper withBorder radius="md" p="lg" data-testid="reassignment-card">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <div>
            <Anchor component={Link} to={`/clients/${episode.client.id}`} fw={600}>
              {episode.client.displayName}
            </Anchor>
            <Text size="sm" c="dimmed">
              {episode.program.name}
            </Text>
          </div>
          {!editing && (
            <Button variant="light" onClick={() => setEditing(true)}>
              Reassign
            </Button>
          )}
        </Group>
        <Seat label="Primary clinician" member={episode.primaryClinician} />
        <Seat label="Case manager" member={episode.caseManager} />
        {editing && (
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
            onClose={() => {
              setEditing(false);
              void refetch().catch(() => undefined);
            }}
          />
        )}
      </Stack>
    </Paper>
  );
}

/** Directors: open episodes left by staff who were deactivated, to give a new care team. */
export function ReassignmentPage() {
  const { data, error, refetch, loading } = useQuery(CareTeamReassignmentsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const episodes = data?.careTeamReassignments;
  let body;
  if (!episodes && apiErrorCode(error) === 'FORBIDDEN') {
    body = (
      <Paper withBorder radius="md">
        <EmptyState
          py={48}
          icon={<LockIcon size={28} />}
          variant="light"
          title="For program directors"
          description="Directors reassign the clients of staff who have left."
        />
      </Paper>
    );
  } else if (!episodes && error) {
    body = (
      <QueryErrorAlert
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
        retrying={loading}
      />
    );
  } else if (!episodes) {
    body = <Skeleton h={160} radius="md" />;
  } else if (episodes.length === 0) {
    body = (
      <Alert color="teal" variant="light" icon={<CheckIcon size={18} />} role="status">
        Nothing to reassign: every open episode in your programs has an active care team.
      </Alert>
    );
  } else {
    body = (
      <Stack gap="md">
        {episodes.map((e) => (
          <ReassignmentCard key={e.id} episode={e} />
        ))}
      </Stack>
    );
  }
  return (
    <Stack gap="lg" maw={920}>
      <div>
        <Title order={1} fz={26}>
          Reassignment
        </Title>
        <Text c="dimmed" size="sm">
          Open episodes whose primary clinician or case manager has been deactivated.
        </Text>
      </div>
      {body}
    </Stack>
  );
}
