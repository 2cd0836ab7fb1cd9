import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  Badge,
  Card,
  Group,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { graphql } from '../../gql';
import { mayOnProgram, ResourceCategory, resourceCategoryLabel } from '@waypoint/domain';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { ResourceCsvExchange } from './resource-csv-exchange';

const MyProgramsQuery = graphql(`
  query ResourceDirectoryPrograms {
    me {
      programRoles {
        role
        program {
          id
          name
        }
      }
    }
  }
`);

const ResourceSearchQuery = graphql(`
  query ResourceSearch($programId: ID!, $filter: CommunityResourceFilter!) {
    communityResources(programId: $programId, filter: $filter) {
      id
      name
      category
      services
      phone
      hours
      languages
      cost
      acceptsMedicaid
      needsReverification
    }
  }
`);

const categoryLabel = (c: string) => resourceCategoryLabel(c as ResourceCategory);

/** The program's community resource directory: search by words, filter by category. */
export function ResourceDirectoryPage() {
  const programs = useQuery(MyProgramsQuery);
  const allRoles = programs.data?.me?.programRoles ?? [];
  const roles = allRoles.filter((r) => r.role !== 'ADMIN');
  const [programId, setProgramId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<string | null>(null);
  const chosen = programId ?? roles[0]?.program.id ?? null;
  const filter = {
    search: search.trim() || null,
    category: (category as ResourceCategory | null) ?? null,
    first: 50,
  };
  const results = useQuery(ResourceSearchQuery, {
    variables: { programId: chosen ?? '', filter },
    skip: !chosen,
  });
  const exchanges =
    chosen !== null &&
    mayOnProgram(
      allRoles.map((r) => ({ programId: r.program.id, role: r.role })),
      'EXCHANGE_RESOURCE_DIRECTORY',
      chosen,
    );

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        Community resources
      </Title>
      {exchanges && (
        <ResourceCsvExchange
          programId={chosen}
          filter={filter}
          onImported={() => void results.refetch().catch(() => undefined)}
        />
      )}
      <Group grow align="end" wrap="wrap">
        {roles.length > 1 && (
          <Select
            label="Program"
            data={roles.map((r) => ({ value: r.program.id, label: r.program.name }))}
            value={chosen}
            onChange={(v) => setProgramId(typeof v === 'string' ? v : null)}
          />
        )}
        <TextInput
          label="Search"
          placeholder="e.g. job training, Spanish, food"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        <Select
          label="Category"
          clearable
          data={Object.values(ResourceCategory).map((c) => ({ value: c, label: categoryLabel(c) }))}
          value={category}
          onChange={(v) => setCategory(typeof v === 'string' ? v : null)}
        />
      </Group>
      {results.error && (
        <QueryErrorAlert
          error={results.error}
          onRetry={() => void results.refetch().catch(() => undefined)}
          retrying={results.loading}
        />
      )}
      {!results.data && !results.error && <Skeleton height={200} />}
      {results.data?.communityResources.length === 0 && (
        <Text c="dimmed">No resource matches; try fewer words or another category.</Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {results.data?.communityResources.map((r) => (
          <Card key={r.id} withBorder component="article" aria-label={r.name}>
            <Title order={2} size="h4">
              {r.name}
            </Title>
            <Group gap="xs" mt={4}>
              <Badge variant="light">{categoryLabel(r.category)}</Badge>
              {r.acceptsMedicaid && <Badge variant="outline">Medicaid</Badge>}
              {r.needsReverification && (
                <Badge color="orange" variant="outline">
                  Check details
                </Badge>
              )}
            </Group>
            <Text size="sm" mt="xs">
              {r.services}
            </Text>
            <Text size="sm" c="dimmed">
              {[r.phone, r.hours, r.languages.join(', ')].filter(Boolean).join(' · ')}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
