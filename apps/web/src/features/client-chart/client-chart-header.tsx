import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ageOn } from '@waypoint/domain';
import type { ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatInstantDate, formatLocalDate, todayIn } from '../../ui/dates';
import { EpisodeStatusBadge } from '../../ui/episode-status-badge';

export const ClientChartHeaderFragment = graphql(`
  fragment ClientChartHeader_client on Client {
    id
    displayName
    firstName
    lastName
    preferredName
    pronouns
    dateOfBirth
    currentEpisode {
      id
      status
      admittedAt
      openedAt
      program {
        id
        name
        timeZone
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
  }
`);

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text
        component="dt"
        size="xs"
        c="dimmed"
        fw={600}
        tt="uppercase"
        style={{ letterSpacing: '0.04em' }}
      >
        {label}
      </Text>
      <Text component="dd" m={0} mt={2} size="sm">
        {children}
      </Text>
    </div>
  );
}

function Missing({ children }: { children: string }) {
  return (
    <Text span size="sm" c="dimmed">
      {children}
    </Text>
  );
}

export function ClientChartHeader(props: {
  client: FragmentType<typeof ClientChartHeaderFragment>;
}) {
  const client = getFragmentData(ClientChartHeaderFragment, props.client);
  const episode = client.currentEpisode;
  const legalFirst =
    client.preferredName?.trim() && client.preferredName.trim() !== client.firstName;
  return (
    <Paper withBorder radius="md" p="lg" data-testid="chart-header">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Group gap="sm" align="baseline">
              <Title order={1} fz={28} data-testid="chart-client-name">
                {client.displayName}
              </Title>
              {client.pronouns && (
                <Text c="dimmed" size="md">
                  {client.pronouns}
                </Text>
              )}
            </Group>
            <Text size="sm" c="dimmed" mt={4}>
              {ageOn(client.dateOfBirth, todayIn(episode?.program.timeZone))} years · born{' '}
              {formatLocalDate(client.dateOfBirth)}
              {legalFirst && ` · legal name ${client.firstName} ${client.lastName}`}
            </Text>
          </div>
          {episode ? (
            <div data-testid="chart-status" style={{ flexShrink: 0 }}>
              <EpisodeStatusBadge status={episode.status} />
            </div>
          ) : (
            <Missing>No episode</Missing>
          )}
        </Group>
        <SimpleGrid
          component="dl"
          cols={{ base: 2, md: 4 }}
          spacing="lg"
          verticalSpacing="sm"
          m={0}
        >
          <Fact label="Program">{episode ? episode.program.name : <Missing>—</Missing>}</Fact>
          <Fact label="Primary clinician">
            {episode?.primaryClinician ? (
              episode.primaryClinician.displayName
            ) : (
              <Missing>Not assigned</Missing>
            )}
          </Fact>
          <Fact label="Case manager">
            {episode?.caseManager ? (
              episode.caseManager.displayName
            ) : (
              <Missing>Not assigned</Missing>
            )}
          </Fact>
          <Fact label="Admitted">
            {episode?.admittedAt ? (
              formatInstantDate(episode.admittedAt, episode.program.timeZone)
            ) : (
              <Missing>Not admitted</Missing>
            )}
          </Fact>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
