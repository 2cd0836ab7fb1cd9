import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Button,
  Group,
  List,
  Paper,
  Select,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { Link, useParams } from 'react-router-dom';
import { graphql } from '../../gql';
import '../../ui/print.css';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { sameLanguage } from '@waypoint/domain';
import { resourceListWords } from './resource-list-words';

const ClientResourceListQuery = graphql(`
  query ClientResourceList($clientId: ID!) {
    client(id: $clientId) {
      id
      firstName
      lastName
      preferredName
      preferredLanguage
      currentEpisode {
        id
        referrals {
          id
          status
          resource {
            id
            name
            services
            address
            phone
            hours
            languages
            cost
            eligibility
            acceptsMedicaid
          }
        }
      }
    }
  }
`);

export function ClientResourceListRoute() {
  const { clientId = '' } = useParams();
  return <ClientResourceListPage key={clientId} clientId={clientId} />;
}

/**
 * The resource list given to the client: each directory entry the current episode referred them
 * to (cancelled referrals left out), printable on its own. Printed in the client's preferred
 * language (or another chosen here); the entries that serve the client in it come first, and say
 * so.
 */
export function ClientResourceListPage({ clientId }: { clientId: string }) {
  const { data, error, loading, refetch } = useQuery(ClientResourceListQuery, {
    variables: { clientId },
  });
  const [chosen, setLanguage] = useState<string | null>(null);
  const client = data?.client;
  const language = chosen ?? client?.preferredLanguage ?? 'English';
  const referrals = client?.currentEpisode?.referrals ?? [];
  const resources = [
    ...new Map(
      referrals
        .filter((r) => r.status !== 'CANCELLED' && r.resource)
        .map((r) => [r.resource!.id, r.resource!]),
    ).values(),
  ];
  const servesInLanguage = (r: (typeof resources)[number]) =>
    r.languages.some((l) => sameLanguage(l, language));
  // Stable sort: the referral order stays within each half.
  resources.sort((a, b) => Number(servesInLanguage(b)) - Number(servesInLanguage(a)));
  const languages = [
    ...new Set(
      ['English', client?.preferredLanguage ?? '', ...resources.flatMap((r) => r.languages)].filter(
        Boolean,
      ),
    ),
  ];
  const words = resourceListWords(language);

  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/clients/${clientId}`} size="sm" data-print-hide>
        Back to the chart
      </Anchor>
      <Group align="end" gap="sm" data-print-hide>
        <Select
          label="Client’s language"
          data={languages}
          value={language}
          onChange={(v) => setLanguage(v ?? 'English')}
          allowDeselect={false}
        />
        <Button variant="default" onClick={() => window.print()}>
          Print for the client
        </Button>
      </Group>
      {error && (
        <QueryErrorAlert
          error={error}
          onRetry={() => void refetch().catch(() => undefined)}
          retrying={loading}
        />
      )}
      {!data && !error && <Skeleton height={200} />}
      {client && (
        <Paper withBorder radius="md" p="lg" data-print-sheet data-testid="client-resource-list">
          <Stack gap="md" lang={words.lang}>
            <Title order={1} size="h2">
              {words.title}
            </Title>
            <Text>{words.intro(client.preferredName ?? client.firstName)}</Text>
            {resources.length === 0 && <Text c="dimmed">{words.none}</Text>}
            <List listStyleType="none" spacing="lg">
              {resources.map((r) => (
                <List.Item key={r.id}>
                  <Title order={2} size="h4">
                    {r.name}
                  </Title>
                  {r.services && <Text size="sm">{r.services}</Text>}
                  {servesInLanguage(r) && (
                    <Text size="sm" fw={600}>
                      {words.servesYou(language)}
                    </Text>
                  )}
                  <Text size="sm">
                    {[
                      r.phone && `${words.phone}: ${r.phone}`,
                      r.hours && `${words.hours}: ${r.hours}`,
                      r.address && `${words.address}: ${r.address}`,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {[
                      words.cost[r.cost],
                      r.acceptsMedicaid && words.medicaid,
                      r.languages.length > 0 && `${words.languages}: ${r.languages.join(', ')}`,
                      r.eligibility && `${words.eligibility}: ${r.eligibility}`,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
