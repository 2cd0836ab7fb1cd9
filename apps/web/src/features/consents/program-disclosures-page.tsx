import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Group, Paper, Select, Skeleton, Stack, Text, Title } from '@mantine/core';
import { graphql } from '../../gql';
import { formatLocalDate } from '../../ui/dates';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { useCurrentViewer } from '../auth/current-viewer';
import { DisclosurePeriodFields, useDisclosurePeriod } from './disclosure-period';
import { DisclosuresTable } from './disclosures-table';

const ProgramDisclosuresQuery = graphql(`
  query ProgramDisclosures($programId: ID!, $from: LocalDate!, $to: LocalDate!) {
    programDisclosures(programId: $programId, from: $from, to: $to) {
      id
      disclosedAt
      recipientName
      purpose
      informationDisclosed
      disclosedBy {
        id
        displayName
      }
      client {
        id
        firstName
        lastName
        preferredName
      }
    }
  }
`);

/**
 * The director's accounting of disclosures for the whole program: every disclosure made with a
 * client's consent in the period, newest first, each client linked to their chart. Reading it is
 * audited like reading each disclosure in a chart.
 */
export function ProgramDisclosuresPage() {
  const viewer = useCurrentViewer();
  const directed = viewer.programRoles.filter((r) => r.role === 'DIRECTOR');
  const [programId, setProgramId] = useState<string | null>(null);
  const chosen = programId ?? directed[0]?.program.id ?? null;
  const period = useDisclosurePeriod();
  const { data, error, loading, refetch } = useQuery(ProgramDisclosuresQuery, {
    variables: { programId: chosen ?? '', from: period.from, to: period.to },
    skip: !chosen || !period.valid,
  });
  const rows = data?.programDisclosures;

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        Disclosures of the program
      </Title>
      <Text>
        Every disclosure of client records made with consent (42 CFR Part 2)
        {period.valid && `, from ${formatLocalDate(period.from)} to ${formatLocalDate(period.to)}`}.
      </Text>
      {!chosen && <Text c="dimmed">You direct no program, so there is nothing to show.</Text>}
      <Group align="end" gap="sm" wrap="wrap">
        {directed.length > 1 && (
          <Select
            label="Program"
            data={directed.map((r) => ({ value: r.program.id, label: r.program.name }))}
            value={chosen}
            onChange={(v) => setProgramId(v)}
            allowDeselect={false}
          />
        )}
        <DisclosurePeriodFields period={period} />
      </Group>
      {error && (
        <QueryErrorAlert
          error={error}
          onRetry={() => void refetch().catch(() => undefined)}
          retrying={loading}
        />
      )}
      {chosen && period.valid && !data && !error && <Skeleton height={160} />}
      {rows && rows.length === 0 && <Text c="dimmed">No disclosure was made in this period.</Text>}
      {rows && rows.length > 0 && (
        <Paper withBorder radius="md" p="md" data-testid="program-disclosures">
          <Text size="sm" c="dimmed" mb="xs">
            {rows.length} {rows.length === 1 ? 'disclosure' : 'disclosures'}
          </Text>
          <DisclosuresTable rows={rows} />
        </Paper>
      )}
    </Stack>
  );
}
