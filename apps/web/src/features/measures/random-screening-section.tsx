import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { getFragmentData, graphql } from '../../gql';
import type { RandomScreeningPick_PickFragment as Pick } from '../../gql/graphql';
import { formatDateTime, formatLocalDate } from '../../ui/dates';
import { apiError } from '../../ui/graphql-errors';
import { DashboardSection } from '../dashboard/dashboard-section';

const RandomScreeningPickQuery = graphql(`
  query RandomScreeningPick($programId: ID!) {
    randomScreeningPick(programId: $programId) {
      ...RandomScreeningPick_pick
    }
  }
`);

const RandomScreeningPickFragment = graphql(`
  fragment RandomScreeningPick_pick on RandomScreeningPick {
    id
    weekOf
    sharePercent
    poolSize
    pickedAt
    pickedBy {
      id
      displayName
    }
    picked {
      id
      client {
        id
        displayName
      }
    }
  }
`);

const RunRandomScreeningPick = graphql(`
  mutation RunRandomScreeningPick($input: RandomScreeningPickInput!) {
    runRandomScreeningPick(input: $input) {
      ...RandomScreeningPick_pick
    }
  }
`);

/** Per-program share picked unless the director says otherwise. */
const DEFAULT_SHARE_PERCENT = 20;

function ProgramPick({ program }: { program: { id: string; name: string } }) {
  const variables = { programId: program.id };
  const { data, loading } = useQuery(RandomScreeningPickQuery, { variables });
  const [share, setShare] = useState<number | string>(DEFAULT_SHARE_PERCENT);
  const [run, running] = useMutation(RunRandomScreeningPick, {
    refetchQueries: [{ query: RandomScreeningPickQuery, variables }],
    awaitRefetchQueries: true,
  });
  if (loading && !data) return null;
  const pick = getFragmentData(RandomScreeningPickFragment, data?.randomScreeningPick);
  const problem = running.error ? apiError(running.error)?.message : null;

  return (
    <Stack gap={6} data-testid="random-pick-program">
      <Text size="sm" fw={600}>
        {program.name}
      </Text>
      {pick ? (
        <>
          <Text size="sm" c="dimmed">
            {pickSummary(pick)}
          </Text>
          <Group gap="xs" wrap="wrap" data-testid="random-pick-clients">
            {pick.picked.map((e) => (
              <Anchor key={e.id} component={Link} to={`/clients/${e.client.id}`} size="sm">
                {e.client.displayName}
              </Anchor>
            ))}
          </Group>
        </>
      ) : (
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NumberInput
            label="Share of clients in treatment"
            suffix="%"
            min={1}
            max={100}
            w={200}
            size="xs"
            value={share}
            onChange={setShare}
          />
          <Button
            size="xs"
            loading={running.loading}
            disabled={typeof share !== 'number'}
            onClick={() =>
              void run({
                variables: { input: { programId: program.id, sharePercent: Number(share) } },
              }).catch(() => undefined)
            }
          >
            Pick this week’s clients
          </Button>
        </Group>
      )}
      {problem && (
        <Text size="sm" c="red.8" role="alert">
          {problem}
        </Text>
      )}
    </Stack>
  );
}

function pickSummary(pick: Pick): string {
  return (
    `Week of ${formatLocalDate(pick.weekOf)}: ${pick.picked.length} of ${pick.poolSize} ` +
    `in treatment (${pick.sharePercent}%), picked by ${pick.pickedBy.displayName} on ` +
    `${formatDateTime(pick.pickedAt)}.`
  );
}

/**
 * The week's random drug-screening pick per program (Rule 7's schedule): a fair draw the
 * director runs once a week; running it again answers the same pick, so nobody can redraw.
 */
export function RandomScreeningSection({
  programs,
}: {
  programs: readonly { id: string; name: string }[];
}) {
  if (!programs.length) return null;
  return (
    <DashboardSection
      title="Random drug screens"
      description="This week’s clients picked at random for an observed screen, per program. The pick is made once a week and cannot be redrawn."
      data-testid="random-screening-section"
    >
      <Stack gap="md">
        {programs.map((p) => (
          <ProgramPick key={p.id} program={p} />
        ))}
      </Stack>
    </DashboardSection>
  );
}
