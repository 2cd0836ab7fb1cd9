import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../gql';
import { useGroupMutations } from './use-group-mutations';

const EnrolChoicesQuery = graphql(`
  query EnrolChoices($programId: ID!, $search: String) {
    clients(first: 20, filter: { programId: $programId, search: $search, phases: [IN_TREATMENT] }) {
      edges {
        node {
          id
          displayName
          currentEpisode {
            id
          }
        }
      }
    }
  }
`);

/**
 * Enrol a client in treatment: a place when there is one; when the group is full the API says
 * so and this offers the waitlist instead (never joined silently).
 */
export function EnrolClientPanel({ groupId, programId }: { groupId: string; programId: string }) {
  const [search, setSearch] = useState('');
  const [episodeId, setEpisodeId] = useState<string | null>(null);
  const [full, setFull] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const mutations = useGroupMutations();
  const { data } = useQuery(EnrolChoicesQuery, {
    variables: { programId, search: search.trim() || null },
  });
  const choices = (data?.clients.edges ?? [])
    .filter((e) => e.node.currentEpisode)
    .map((e) => ({ value: e.node.currentEpisode!.id, label: e.node.displayName }));

  const enrol = async (joinWaitlist: boolean) => {
    if (!episodeId) return;
    const name = choices.find((c) => c.value === episodeId)?.label ?? 'The client';
    const result = await mutations.enrollClient(groupId, episodeId, joinWaitlist);
    setFull(null);
    if (result.kind === 'saved') {
      setMessage({
        ok: true,
        text: `${name} ${joinWaitlist ? 'is on the waitlist' : 'was enrolled'}.`,
      });
      setEpisodeId(null);
    } else if (result.kind === 'full') setFull(result.message);
    else if (result.kind === 'invalid')
      setMessage({ ok: false, text: Object.values(result.fields)[0] ?? result.message });
    else if (result.kind === 'failed') setMessage({ ok: false, text: result.message });
  };

  return (
    <Stack gap="sm" data-testid="enrol-client">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label="Client in treatment"
          placeholder="Search by name"
          searchable
          clearable
          style={{ flex: '1 1 220px' }}
          data={choices}
          value={episodeId}
          onChange={(v) => {
            setEpisodeId(v);
            setFull(null);
            setMessage(null);
          }}
          onSearchChange={setSearch}
          nothingFoundMessage="No client in treatment by that name"
        />
        <Button
          onClick={() => void enrol(false)}
          disabled={!episodeId}
          loading={mutations.enrolling}
          data-testid="enrol-submit"
        >
          Enrol
        </Button>
      </Group>
      {full && (
        <Alert color="orange" role="alert" title="The group is full">
          <Stack gap="xs">
            <Text size="sm">{full}</Text>
            <Group>
              <Button size="xs" onClick={() => void enrol(true)} loading={mutations.enrolling}>
                Add to waitlist
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {message && (
        <Text size="sm" c={message.ok ? 'teal.9' : 'red.9'} role="status">
          {message.text}
        </Text>
      )}
    </Stack>
  );
}
