import { useQuery } from '@apollo/client/react';
import {
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
import { apiErrorCode } from '../../ui/graphql-errors';
import { LockIcon } from '../../ui/icons';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { useCurrentViewer } from '../auth/current-viewer';
import { hasRole } from '../auth/viewer-roles';
import { NewProgramForm } from './new-program-form';
import { ManagedProgramsQuery } from './program-queries';

const populationLabel = { ADULT: 'Adults', ADOLESCENT: 'Adolescents' } as const;

export function NotForYou() {
  return (
    <Paper withBorder radius="md" data-testid="programs-forbidden">
      <EmptyState
        py={48}
        icon={<LockIcon size={28} />}
        variant="light"
        title="For directors and administrators"
        description="Program settings are changed by the program's directors and by administrators."
      />
    </Paper>
  );
}

/** The programs whose settings the viewer may change; administrators also create programs here. */
export function ProgramsPage() {
  const viewer = useCurrentViewer();
  const isAdmin = hasRole(viewer, 'ADMIN');
  const [creating, setCreating] = useState(false);
  const { data, error, loading, refetch } = useQuery(ManagedProgramsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const programs = data?.managedPrograms;

  if (!programs && apiErrorCode(error) === 'FORBIDDEN') return <NotForYou />;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            Programs
          </Title>
          <Text c="dimmed" size="sm">
            {isAdmin ? 'Every program of this installation.' : 'The programs you direct.'}
          </Text>
        </div>
        {isAdmin && !creating && (
          <Button onClick={() => setCreating(true)} data-testid="new-program">
            New program
          </Button>
        )}
      </Group>
      {creating && <NewProgramForm onClose={() => setCreating(false)} />}
      {!programs && error && (
        <QueryErrorAlert
          error={error}
          onRetry={() => void refetch().catch(() => undefined)}
          retrying={loading}
        />
      )}
      {!programs && !error && <Skeleton height={120} />}
      {programs?.length === 0 && (
        <Text c="dimmed">No programs yet{isAdmin ? ': create the first one.' : '.'}</Text>
      )}
      {programs && programs.length > 0 && (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {programs.map((p) => (
            <li key={p.id} data-testid="program-row">
              <Paper withBorder radius="md" p="md">
                <Group justify="space-between" wrap="wrap" gap="sm">
                  <div>
                    <Anchor component={Link} to={`/programs/${p.id}`} fw={600}>
                      {p.name}
                    </Anchor>
                    <Group gap="xs" mt={4}>
                      <Badge variant="light" color="gray" tt="none">
                        {p.code}
                      </Badge>
                      <Text size="sm" c="dimmed">
                        {populationLabel[p.population]} · {p.timeZone}
                      </Text>
                    </Group>
                  </div>
                  <Button
                    component={Link}
                    to={`/programs/${p.id}`}
                    variant="default"
                    size="sm"
                    aria-label={`Settings of ${p.name}`}
                  >
                    Settings
                  </Button>
                </Group>
              </Paper>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
