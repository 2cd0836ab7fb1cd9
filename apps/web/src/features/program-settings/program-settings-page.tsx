import { useQuery } from '@apollo/client/react';
import { Anchor, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router-dom';
import { getFragmentData } from '../../gql';
import { apiErrorCode } from '../../ui/graphql-errors';
import { NotFoundPage } from '../../ui/not-found-page';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { ManagedProgramsQuery, ProgramSettingsFormFragment } from './program-queries';
import { NotePolicyCard } from './note-policy-card';
import { NotForYou } from './programs-page';
import { SettingsForm } from './settings-form';
import { formValuesOf } from './settings-values';
import { SettingsHistory } from './settings-history';

/** One program's settings and their history, for its directors and for administrators. */
export function ProgramSettingsPage() {
  const { programId = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(ManagedProgramsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const programs = data?.managedPrograms;

  if (!programs && apiErrorCode(error) === 'FORBIDDEN') return <NotForYou />;
  if (!programs && error) {
    return (
      <QueryErrorAlert
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
        retrying={loading}
      />
    );
  }
  if (!programs) return <Skeleton height={400} />;
  const program = programs.find((p) => p.id === programId);
  if (!program) return <NotFoundPage />;
  const settings = getFragmentData(ProgramSettingsFormFragment, program);

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to="/programs" size="sm">
          All programs
        </Anchor>
        <Title order={1} size="h2" mt={4}>
          {program.name}
        </Title>
        <Text c="dimmed" size="sm">
          Program settings · {program.code}
        </Text>
      </div>
      {/* A new version (saved here or elsewhere) starts the form afresh from it. */}
      <SettingsForm
        key={`${program.id}:${settings.version}`}
        programId={program.id}
        version={settings.version}
        saved={formValuesOf(settings)}
      />
      <NotePolicyCard programId={program.id} />
      <SettingsHistory programId={program.id} />
    </Stack>
  );
}
